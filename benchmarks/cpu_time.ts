import { readFileSync, readdirSync } from 'node:fs'

/**
 * CPU time used by the server process and by PostgreSQL, from /proc (Linux):
 * what a request costs the machine, which drifts far less between runs than
 * requests per second on a shared machine (the plain node:http server's
 * req/s varied by half between runs of one hour). Null where /proc is not there.
 */
const TICKS_PER_SECOND = 100

/** utime + stime of one process, in ms. */
function processCpuMs(pid: number) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // the fields after the command name, which is in parentheses and may hold spaces
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND
}

/** The CPU time of every PostgreSQL process on this machine (server and connection backends), in ms. */
function postgresCpuMs() {
  let total = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue
      total += processCpuMs(Number(entry))
    } catch {
      // the process ended meanwhile
    }
  }
  return total
}

export type CpuSample = { server: number; database: number }

/** A sampler for the server with this pid, or null off Linux. */
export function cpuSampler(serverPid: number | undefined): (() => CpuSample) | null {
  if (!serverPid) return null
  try {
    processCpuMs(serverPid)
  } catch {
    return null
  }
  return () => ({ server: processCpuMs(serverPid), database: postgresCpuMs() })
}
