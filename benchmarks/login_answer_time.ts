/**
 * How long does "Weiter" (POST /login) take for an allowlisted address, an
 * unknown address and a rate-limited request? The answer time must not tell
 * them apart: the server pads every answer to at least 250 ms
 * (config/portal.ts, login.minimumAnswerMs). This prints numbers, it asserts
 * nothing.
 *
 *   BASE_URL=http://localhost:3333 KNOWN_EMAIL=anna@kunde.de npm run bench:login
 *
 * Environment:
 *   BASE_URL      the running portal (default http://localhost:3333)
 *   KNOWN_EMAIL   an allowlisted address, or
 *   KNOWN_EMAILS  several, comma-separated; round i uses address i mod n
 *   ROUNDS        rounds (default 20); each round sends one request for a
 *                 known and one for an unknown address, in alternating order
 *   WARMUP        unmeasured warm-up requests with unknown addresses (default 2)
 *
 * Every request uses a fresh cookie jar (GET /login for the XSRF-TOKEN cookie
 * and the session, then the POST, the way the Inertia front end sends it) and
 * its own fake X-Forwarded-For address, so the per-IP limit (30 per 15 min)
 * does not kick in. The per-address limit (3 per 15 min) does: an address is
 * answered "try again later" from its 4th request on. Those answers are
 * reported as their own group, so one KNOWN_EMAIL gives at most 3 "known"
 * samples per 15 minutes; pass more addresses in KNOWN_EMAILS for more.
 *
 * Note: every "known" request that is not rate limited is a real login
 * request: it creates a login attempt and sends a magic-link mail.
 *
 * No dependencies: global fetch only.
 */

type Kind = 'known' | 'unknown'
type Outcome = 'sent' | 'refused' | 'rate_limited' | 'unclear'

interface Sample {
  kind: Kind
  outcome: Outcome
  ms: number
  status: number
}

const baseUrl = (process.env.BASE_URL || 'http://localhost:3333').replace(/\/+$/, '')
const rounds = positiveInt(process.env.ROUNDS, 20)
const warmup = positiveInt(process.env.WARMUP, 2, true)
const knownEmails = (process.env.KNOWN_EMAILS || process.env.KNOWN_EMAIL || '')
  .split(',')
  .map((email) => email.trim())
  .filter(Boolean)

/** Unknown addresses are new every round and every run, so they never hit the per-address limit. */
const runId = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`
const unknownEmail = (n: number) => `bench-unknown-${runId}-${n}@example.com`

/** 198.18.0.0/15 is set aside for benchmarks; a random start so repeated runs use other addresses. */
const ipBase = Math.floor(Math.random() * 0x10000)
const fakeIp = (n: number) => {
  const value = (ipBase + n) % 0x20000
  return `198.${18 + (value >> 16)}.${(value >> 8) & 0xff}.${value & 0xff}`
}

function positiveInt(value: string | undefined, fallback: number, allowZero = false) {
  if (value === undefined || value === '') return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < (allowZero ? 0 : 1)) {
    throw new Error(`expected a ${allowZero ? 'non-negative' : 'positive'} integer, got "${value}"`)
  }
  return number
}

/** One browser: a cookie jar and the Inertia asset version. */
class Browser {
  cookies = new Map<string, string>()
  inertiaVersion = ''
  ip: string

  constructor(ip: string) {
    this.ip = ip
  }

  headers(extra: Record<string, string> = {}) {
    const headers: Record<string, string> = {
      'User-Agent': 'login-answer-time-benchmark',
      'Accept': 'text/html, application/xhtml+xml',
      'Accept-Language': 'de-DE,de;q=0.9',
      'X-Inertia': 'true',
      'X-Requested-With': 'XMLHttpRequest',
      'X-Forwarded-For': this.ip,
      ...extra,
    }
    if (this.inertiaVersion) headers['X-Inertia-Version'] = this.inertiaVersion
    if (this.cookies.size) {
      headers['Cookie'] = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
    }
    return headers
  }

  remember(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';')
      const index = pair.indexOf('=')
      if (index < 1) continue
      const name = pair.slice(0, index).trim()
      const value = pair.slice(index + 1).trim()
      const expired = attributes.some(
        (a) => /max-age=0\b/i.test(a) || /expires=Thu, 01 Jan 1970/i.test(a)
      )
      if (expired || value === '') this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
  }

  /** GET as Inertia JSON; retries once when the server announces another asset version. */
  async get(path: string): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(new URL(path, baseUrl), {
        headers: this.headers(),
        redirect: 'manual',
      })
      this.remember(response)
      const announced = response.headers.get('x-inertia-version')
      if (
        response.status === 409 &&
        announced &&
        announced !== this.inertiaVersion &&
        attempt === 0
      ) {
        await response.arrayBuffer()
        this.inertiaVersion = announced
        continue
      }
      return response
    }
  }

  /** POST /login and time it: from sending until the whole answer is in. */
  async postLogin(email: string) {
    const xsrf = this.cookies.get('XSRF-TOKEN')
    if (!xsrf) throw new Error('GET /login set no XSRF-TOKEN cookie')
    const headers = this.headers({
      'Content-Type': 'application/json',
      'X-XSRF-TOKEN': decodeURIComponent(xsrf),
      'Referer': `${baseUrl}/login`,
    })
    const startedAt = performance.now()
    const response = await fetch(new URL('/login', baseUrl), {
      method: 'POST',
      headers,
      body: JSON.stringify({ email }),
      redirect: 'manual',
    })
    await response.arrayBuffer()
    const ms = performance.now() - startedAt
    this.remember(response)
    return { response, ms }
  }
}

/** What the server answered, read from the page it redirects to (not timed). */
async function outcomeOf(browser: Browser, response: Response): Promise<Outcome> {
  const location = response.headers.get('location')
  if (response.status < 300 || response.status >= 400 || !location) return 'unclear'
  try {
    const answer = await browser.get(location)
    const page = (await answer.json()) as {
      props?: { sent?: unknown; errors?: Record<string, string | string[]> }
    }
    const error = page.props?.errors?.email
    const message = Array.isArray(error) ? error.join(' ') : error
    if (message) return /zu viele|too many/i.test(message) ? 'rate_limited' : 'refused'
    if (page.props?.sent) return 'sent'
  } catch {
    // not an Inertia page: fall through
  }
  return 'unclear'
}

async function measure(kind: Kind, email: string, ip: string): Promise<Sample> {
  const browser = new Browser(ip)
  const loginPage = await browser.get('/login')
  await loginPage.arrayBuffer()
  if (loginPage.status !== 200) throw new Error(`GET /login answered ${loginPage.status}`)

  const { response, ms } = await browser.postLogin(email)
  if (response.status >= 400) {
    throw new Error(`POST /login for ${email} answered ${response.status} (CSRF or validation?)`)
  }
  return { kind, outcome: await outcomeOf(browser, response), ms, status: response.status }
}

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]
  return {
    n: sorted.length,
    min: sorted[0],
    median: median(sorted),
    p95: at(0.95),
    max: sorted[sorted.length - 1],
  }
}

function median(sorted: number[]) {
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function row(label: string, values: number[]) {
  const cell = (value: number | string) => String(value).padStart(8)
  if (!values.length)
    return `${label.padEnd(24)}${cell(0)}${cell('-')}${cell('-')}${cell('-')}${cell('-')}`
  const s = stats(values)
  const ms = (value: number) => cell(value.toFixed(1))
  return `${label.padEnd(24)}${cell(s.n)}${ms(s.min)}${ms(s.median)}${ms(s.p95)}${ms(s.max)}`
}

async function main() {
  if (!knownEmails.length) {
    console.error('Set KNOWN_EMAIL (an allowlisted address) or KNOWN_EMAILS (comma-separated).')
    process.exitCode = 2
    return
  }

  console.log(`POST /login answer times against ${baseUrl}`)
  console.log(
    `${rounds} rounds, known: ${knownEmails.join(', ')}, unknown: bench-unknown-${runId}-<n>@example.com`
  )

  let requestNumber = 0
  for (let i = 0; i < warmup; i++) {
    await measure('unknown', unknownEmail(-1 - i), fakeIp(requestNumber++))
  }

  const samples: Sample[] = []
  for (let round = 0; round < rounds; round++) {
    // Alternate which goes first so neither kind always hits a warmer server.
    const order: Kind[] = round % 2 ? ['unknown', 'known'] : ['known', 'unknown']
    const ip = fakeIp(requestNumber++)
    for (const kind of order) {
      const email = kind === 'known' ? knownEmails[round % knownEmails.length] : unknownEmail(round)
      samples.push(await measure(kind, email, ip))
    }
    process.stdout.write('.')
  }
  process.stdout.write('\n\n')

  const times = (filter: (s: Sample) => boolean) => samples.filter(filter).map((s) => s.ms)
  const limited = (s: Sample) => s.outcome === 'rate_limited'

  console.log(
    `${'answer (ms)'.padEnd(24)}${['n', 'min', 'median', 'p95', 'max'].map((h) => h.padStart(8)).join('')}`
  )
  console.log(
    row(
      'known, link sent',
      times((s) => s.kind === 'known' && s.outcome === 'sent')
    )
  )
  console.log(
    row(
      'unknown',
      times((s) => s.kind === 'unknown' && !limited(s))
    )
  )
  console.log(row('rate limited', times(limited)))
  console.log(
    row(
      '  of them known',
      times((s) => s.kind === 'known' && limited(s))
    )
  )
  console.log(
    row(
      '  of them unknown',
      times((s) => s.kind === 'unknown' && limited(s))
    )
  )
  console.log(
    row(
      'all',
      times(() => true)
    )
  )

  const known = times((s) => s.kind === 'known' && s.outcome === 'sent')
  const unknown = times((s) => s.kind === 'unknown' && !limited(s))
  console.log()
  if (known.length && unknown.length) {
    const difference = stats(known).median - stats(unknown).median
    console.log(
      `median known - median unknown: ${difference >= 0 ? '+' : ''}${difference.toFixed(1)} ms`
    )
  }
  const fast = samples.filter((s) => s.ms < 250).length
  console.log(`answers under 250 ms: ${fast} of ${samples.length}`)

  const outcomes = new Map<string, number>()
  for (const s of samples)
    outcomes.set(`${s.kind}/${s.outcome}`, (outcomes.get(`${s.kind}/${s.outcome}`) ?? 0) + 1)
  console.log(`outcomes: ${[...outcomes].map(([key, count]) => `${key} ${count}`).join(', ')}`)
  const unexpected = samples.filter((s) => s.kind === 'known' && s.outcome === 'refused').length
  if (unexpected)
    console.log(
      `note: ${unexpected} "known" requests were refused — is ${knownEmails.join(', ')} allowlisted and enabled?`
    )
}

main().catch((error) => {
  const cause =
    error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : ''
  const hint = cause ? ` — is the portal running at ${baseUrl}?` : ''
  console.error(`${error instanceof Error ? error.message : error}${cause}${hint}`)
  process.exitCode = 1
})
