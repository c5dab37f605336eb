/**
 * `npm run bench`: the production build under load, at agency scale.
 *
 * Builds the app (`node ace build` + `npm install --omit=dev` in build/),
 * migrates and seeds a throwaway PostgreSQL database (benchmarks/seed_at_scale.ts),
 * starts `node bin/server.js` with NODE_ENV=production and a local SMTP
 * server, logs a customer and a staff member in through the real flow (magic
 * link from the mail, 2FA setup), then loads each page with autocannon and
 * prints a table. Two references are measured in the same run: the app's
 * cheapest route and a plain `node:http` server.
 *
 *   npm run bench                   full scale (about 6 minutes)
 *   npm run bench -- --small        a small database and short runs (CI keeps it working)
 *
 * Environment: BENCH_CONNECTIONS (32), BENCH_SECONDS (8, small: 2),
 * BENCH_ONLY (substrings, comma-separated: only the routes whose label contains one, and the
 * two references unless BENCH_NO_REFERENCES=1),
 * BENCH_NODE_OPTIONS (for the server process, e.g. a CPU profile),
 * BENCH_KEEP=1 (keep the database, to look at it with psql afterwards),
 * BENCH_REUSE=<database> (a kept database and build/ as they are: no build, no
 * seed; the benchmark people are reset so they can log in again),
 * BENCH_BUILT=1 (build/ as it is, on a new database: CI, after the tests built it).
 *
 * It asserts nothing: numbers are read by people (README, "Performance").
 */
import { mkdir, writeFile } from 'node:fs/promises'
import {
  buildApp,
  builtAce,
  projectRoot,
  useExistingBuild,
} from '#tests/helpers/production/built_app'
import { createDatabase, openDatabase } from '#tests/helpers/production/database'
import { smtpEnv, startInstance } from '#tests/helpers/production/instance'
import { firstLoginOverHttp, HttpClient } from '#tests/helpers/production/login'
import { startSmtpServer } from '#tests/helpers/smtp_server'
import {
  BENCH_CUSTOMER,
  BENCH_STAFF,
  FULL_SCALE,
  SMALL_SCALE,
  resetBenchPeople,
  seedAtScale,
} from './seed_at_scale.js'
import { cpuSampler } from './cpu_time.js'
import { measureRoute, type LoadOptions, type RouteResult } from './load.js'
import { startPlainServer } from './plain_server.js'
import { printTable } from './table.js'
import { benchRoutes } from './routes.js'

const small = process.argv.includes('--small')
const scale = small ? SMALL_SCALE : FULL_SCALE
const load: LoadOptions = {
  connections: Number(process.env.BENCH_CONNECTIONS || 32),
  durationSeconds: Number(process.env.BENCH_SECONDS || (small ? 2 : 8)),
  aloneSamples: small ? 5 : 20,
}
const only = process.env.BENCH_ONLY?.split(',').filter(Boolean)

const log = (message: string) => console.log(`[bench] ${message}`)

const reuse = process.env.BENCH_REUSE
// BENCH_BUILT=1: build/ is the current sources' build already (CI, right after the test run built it).
if (reuse || process.env.BENCH_BUILT) useExistingBuild()
else log(`building the app`)
await buildApp()
const database = reuse ? await openDatabase(reuse) : await createDatabase('bench')
const smtp = await startSmtpServer()
const plain = await startPlainServer()
let instance: Awaited<ReturnType<typeof startInstance>> | undefined
try {
  log(`migrating ${database.name}`)
  await builtAce(['migration:run', '--force'], database.env)
  if (reuse) {
    await resetBenchPeople(database.query)
  } else {
    log(`seeding ${scale.organizations} organizations, ${scale.tickets} tickets and messages`)
    const seedStarted = performance.now()
    const steps = await seedAtScale(database.query, scale)
    log(
      `seeded in ${Math.round((performance.now() - seedStarted) / 1000)} s (${steps.map(([name, ms]) => `${name} ${ms} ms`).join(', ')})`
    )
  }

  // The request log and the worker's idle polling are part of production; only warnings would add noise.
  // BENCH_NODE_OPTIONS reaches the server only (e.g. "--cpu-prof --cpu-prof-dir=/tmp/profiles").
  const nodeOptions: Record<string, string> = process.env.BENCH_NODE_OPTIONS
    ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS }
    : {}
  instance = await startInstance('bench', {
    ...database.env,
    ...smtpEnv(smtp),
    LOG_LEVEL: 'warn',
    ...nodeOptions,
  })
  const customer = new HttpClient()
  await firstLoginOverHttp(customer, smtp, BENCH_CUSTOMER, { requestOn: instance.url })
  const staff = new HttpClient()
  await firstLoginOverHttp(staff, smtp, BENCH_STAFF, { requestOn: instance.url })
  log('customer and staff member logged in')

  const routes = await benchRoutes(database.query, customer, staff, plain.url)

  const results: RouteResult[] = []
  for (const [label, path, headers, base] of routes) {
    const reference = label.startsWith('plain') || label.startsWith('cheapest')
    if (
      only &&
      !only.some((part) => label.includes(part)) &&
      !(reference && !process.env.BENCH_NO_REFERENCES)
    )
      continue
    // CPU per request for the portal's routes (the plain server is another process)
    const sampleCpu = base ? null : cpuSampler(instance.pid())
    const result = await measureRoute(base ?? instance.url, label, path, headers, load, sampleCpu)
    results.push(result)
    log(
      `${label}: ${result.requestsPerSecond} req/s, p99 ${result.p99} ms, alone ${result.alone} ms`
    )
  }

  console.log('')
  console.log(
    `${small ? 'SMALL mode — ' : ''}${scale.organizations} organizations, ${scale.tickets} tickets (${scale.ticketsInOwnOrganization} in the customer's), ` +
      `${scale.tickets} messages, ${scale.organizations * scale.invoicesPerOrganization} invoices; ${load.connections} connections, ${load.durationSeconds} s per route`
  )
  printTable(results)
  await mkdir(`${projectRoot}tmp/bench`, { recursive: true })
  await writeFile(
    `${projectRoot}tmp/bench/${small ? 'small' : 'full'}.json`,
    JSON.stringify({ scale, load, results }, null, 2)
  )
  const failed = results.filter((result) => result.failures > 0)
  if (failed.length) {
    console.log(
      `\nRoutes with failed requests under load: ${failed.map((result) => result.label).join(', ')}`
    )
    process.exitCode = 1
  }
} catch (error) {
  // Reported here: the exit in `finally` would otherwise swallow it (and CI would pass a broken benchmark).
  console.error(error)
  process.exitCode = 1
} finally {
  await instance?.terminate().catch(() => {})
  await smtp.close()
  await plain.close()
  if (process.env.BENCH_KEEP && !reuse) log(`kept database ${database.name}`)
  else await database.close()
  // A kept database's client would keep the process waiting.
  process.exit()
}
