/**
 * `npm run bench:compare -- <build A> <build B>`: two builds of the app
 * (folders made by `node ace build` with their production dependencies
 * installed) on one kept benchmark database, to tell whether a change made
 * a page faster.
 *
 * Why not two runs of `npm run bench`: this machine's speed drifts by 10–50 %
 * within minutes (the plain node:http server measured 24,000 and 44,000
 * req/s in one hour), more than most changes gain. Here both builds run at
 * once and each route is loaded in short turns, A B B A repeated, so drift
 * falls on both alike. It prints, per route, requests per second and the CPU
 * time per request of the server process and of PostgreSQL, for A and B and
 * as B/A.
 *
 * Environment: BENCH_REUSE=<database> (required: a database kept with
 * BENCH_KEEP=1 npm run bench), BENCH_ONLY (label substrings, comma-separated),
 * BENCH_ROUNDS (4: each round is A B B A), BENCH_SECONDS (3 per turn),
 * BENCH_CONNECTIONS (32).
 */
import { resolve } from 'node:path'
import autocannon from 'autocannon'
import { useExistingBuild } from '#tests/helpers/production/built_app'
import { openDatabase } from '#tests/helpers/production/database'
import { smtpEnv, startInstance, type Instance } from '#tests/helpers/production/instance'
import { firstLoginOverHttp, HttpClient } from '#tests/helpers/production/login'
import { startSmtpServer } from '#tests/helpers/smtp_server'
import { cpuSampler, type CpuSample } from './cpu_time.js'
import { benchRoutes } from './routes.js'
import { BENCH_CUSTOMER, BENCH_STAFF, resetBenchPeople } from './seed_at_scale.js'

const [folderA, folderB] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))
const reuse = process.env.BENCH_REUSE
if (!folderA || !folderB || !reuse) {
  console.error('usage: BENCH_REUSE=<kept database> npm run bench:compare -- <build A> <build B>')
  process.exit(2)
}
const rounds = Number(process.env.BENCH_ROUNDS || 4)
const seconds = Number(process.env.BENCH_SECONDS || 3)
const connections = Number(process.env.BENCH_CONNECTIONS || 32)
const only = process.env.BENCH_ONLY?.split(',').filter(Boolean)
const log = (message: string) => console.log(`[compare] ${message}`)

type Variant = { name: 'A' | 'B'; instance: Instance; sample: () => CpuSample }
type Totals = { answered: number; seconds: number; server: number; database: number }

/** One turn of load on one build: what it answered and the CPU it and PostgreSQL used. */
async function turn(variant: Variant, path: string, headers: Record<string, string>) {
  const before = variant.sample()
  const result = await autocannon({
    url: new URL(path, variant.instance.url).href,
    headers,
    connections,
    duration: seconds,
    timeout: 10,
  })
  const after = variant.sample()
  if (result.non2xx + result.errors + result.timeouts > 0)
    throw new Error(`${variant.name} ${path}: requests failed under load`)
  return {
    answered: result['2xx'],
    seconds,
    server: after.server - before.server,
    database: after.database - before.database,
  }
}

useExistingBuild()
const database = await openDatabase(reuse)
const smtp = await startSmtpServer()
const instances: Instance[] = []
try {
  await resetBenchPeople(database.query)
  const env = { ...database.env, ...smtpEnv(smtp), LOG_LEVEL: 'warn' }
  const variants: Variant[] = []
  for (const [name, folder] of [
    ['A', folderA],
    ['B', folderB],
  ] as const) {
    const instance = await startInstance(`compare-${name}`, env, { root: resolve(folder) })
    instances.push(instance)
    const sample = cpuSampler(instance.pid())
    if (!sample) throw new Error('CPU time needs /proc (Linux)')
    variants.push({ name, instance, sample })
  }
  // One login serves both: same database and app key.
  const customer = new HttpClient()
  await firstLoginOverHttp(customer, smtp, BENCH_CUSTOMER, { requestOn: variants[0].instance.url })
  const staff = new HttpClient()
  await firstLoginOverHttp(staff, smtp, BENCH_STAFF, { requestOn: variants[0].instance.url })

  const routes = (await benchRoutes(database.query, customer, staff, '')).filter(
    ([label, , , base]) =>
      base === undefined &&
      (!only || label.startsWith('cheapest') || only.some((part) => label.includes(part)))
  )
  const rows: string[][] = []
  for (const [label, path, headers] of routes) {
    const totals: Record<string, Totals> = {
      A: { answered: 0, seconds: 0, server: 0, database: 0 },
      B: { answered: 0, seconds: 0, server: 0, database: 0 },
    }
    for (const variant of variants) await turn(variant, path, headers) // warm-up, not counted
    for (let round = 0; round < rounds; round++) {
      for (const variant of [variants[0], variants[1], variants[1], variants[0]]) {
        const used = await turn(variant, path, headers)
        const sum = totals[variant.name]
        sum.answered += used.answered
        sum.seconds += used.seconds
        sum.server += used.server
        sum.database += used.database
      }
    }
    const perSecond = (sum: Totals) => sum.answered / sum.seconds
    const perRequest = (sum: Totals, ms: number) => ms / sum.answered
    const ratio = (a: number, b: number) => `${((b / a) * 100).toFixed(0)} %`
    const [a, b] = [totals.A, totals.B]
    rows.push([
      label,
      perSecond(a).toFixed(0),
      perSecond(b).toFixed(0),
      ratio(perSecond(a), perSecond(b)),
      perRequest(a, a.server).toFixed(2),
      perRequest(b, b.server).toFixed(2),
      ratio(perRequest(a, a.server), perRequest(b, b.server)),
      perRequest(a, a.database).toFixed(2),
      perRequest(b, b.database).toFixed(2),
    ])
    log(`${label}: A ${rows.at(-1)![1]} req/s, B ${rows.at(-1)![2]} req/s`)
  }
  const header = [
    'route',
    'A req/s',
    'B req/s',
    'B/A',
    'A server CPU ms/req',
    'B server CPU ms/req',
    'B/A',
    'A PostgreSQL CPU ms/req',
    'B PostgreSQL CPU ms/req',
  ]
  console.log(
    `\nA = ${folderA}, B = ${folderB}; ${rounds} rounds of A B B A, ${seconds} s per turn, ${connections} connections`
  )
  console.log(`| ${header.join(' | ')} |`)
  console.log(`|${header.map((_, column) => (column === 0 ? '---' : '---:')).join('|')}|`)
  for (const row of rows) console.log(`| ${row.join(' | ')} |`)
} catch (error) {
  console.error(error)
  process.exitCode = 1
} finally {
  await Promise.all(instances.map((instance) => instance.terminate().catch(() => {})))
  await smtp.close()
  await database.close()
  process.exit()
}
