import autocannon from 'autocannon'
import type { CpuSample } from './cpu_time.js'

/**
 * One route under load (autocannon, keep-alive connections) and the same
 * route one request at a time. Every figure comes from responses that were
 * a 200: a page that answers with errors or redirects is reported, not
 * averaged in.
 */
export interface RouteResult {
  label: string
  path: string
  requestsPerSecond: number
  p50: number
  p99: number
  /** Median time of one request alone (nothing else in flight), in ms. */
  alone: number
  /** Responses under load that were not a 200, and connection errors/timeouts. */
  failures: number
  /** Transferred body size of one answer, in bytes. */
  bytes: number
  /** CPU time per request under load, in ms: the server process's and PostgreSQL's (null: not measured). */
  serverCpuMs: number | null
  databaseCpuMs: number | null
}

export interface LoadOptions {
  connections: number
  durationSeconds: number
  aloneSamples: number
}

async function timeAlone(url: string, headers: Record<string, string>, samples: number) {
  const times: number[] = []
  let bytes = 0
  let status = 0
  // A route that takes seconds gets fewer samples: the run stays bounded however slow a page is.
  const giveUpAt = performance.now() + 15_000
  for (let i = 0; i < samples + 3 && (times.length < 3 || performance.now() < giveUpAt); i++) {
    const started = performance.now()
    const response = await fetch(url, { headers, redirect: 'manual' })
    const body = await response.arrayBuffer()
    const ms = performance.now() - started
    status = response.status
    bytes = body.byteLength
    if (i >= 3) times.push(ms) // the first answers warm the process up
  }
  times.sort((a, b) => a - b)
  return { median: times[Math.floor(times.length / 2)], bytes, status }
}

export async function measureRoute(
  baseUrl: string,
  label: string,
  path: string,
  headers: Record<string, string>,
  options: LoadOptions,
  sampleCpu: (() => CpuSample) | null = null
): Promise<RouteResult> {
  const url = new URL(path, baseUrl).href
  const alone = await timeAlone(url, headers, options.aloneSamples)
  if (alone.status !== 200)
    throw new Error(
      `${label} (${path}) answered ${alone.status}, not 200: check the login or the route`
    )
  const before = sampleCpu?.()
  const result = await autocannon({
    url,
    headers,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 10,
  })
  const after = sampleCpu?.()
  const failures = result.non2xx + result.errors + result.timeouts
  const answered = result['2xx'] + result.non2xx
  const perRequest = (used: number | undefined) =>
    used === undefined || answered === 0 ? null : Math.round((used / answered) * 100) / 100
  return {
    label,
    path,
    requestsPerSecond: Math.round(result['2xx'] / options.durationSeconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    alone: Math.round(alone.median * 10) / 10,
    failures,
    bytes: alone.bytes,
    serverCpuMs: perRequest(after && before && after.server - before.server),
    databaseCpuMs: perRequest(after && before && after.database - before.database),
  }
}
