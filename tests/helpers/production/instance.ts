import { spawn, type ChildProcessByStdio } from 'node:child_process'
import { createWriteStream, mkdirSync } from 'node:fs'
import type { Readable } from 'node:stream'
import { createServer, type AddressInfo } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { APP_KEY, buildApp, buildRoot, cleanEnv, projectRoot } from './built_app.js'

/** Each instance's output is also kept in a file, to read after a failed run (CI keeps tmp/artifacts). */
const logFolder = `${projectRoot}tmp/artifacts/production`

export async function freePort() {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** The environment that points the built app at a test SMTP server. */
export function smtpEnv(smtp: { port: number }) {
  return { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_SECURE: 'false' }
}

/** Configuration every instance of one test shares (database, SMTP, object store). */
export type InstanceEnv = Record<string, string>

export interface Instance {
  name: string
  url: string
  port: number
  /** Everything the process printed, line by line, across restarts. */
  lines: string[]
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>
  /** SIGTERM, then wait for the exit (at most `timeoutMs`); returns the exit code and how long it took. */
  terminate(timeoutMs?: number): Promise<{ code: number | null; ms: number }>
  /** SIGKILL: the process ends without any chance to clean up (kill -9). */
  kill(): Promise<void>
  /** Starts the same instance again (same port and configuration). */
  restart(): Promise<void>
  /** The process id of the running server (the benchmark reads its CPU time). */
  pid(): number | undefined
}

/**
 * `node bin/server.js` in build/ with NODE_ENV=production: the artifact as an
 * operator starts it. Waits until it answers `waitFor` (readiness by default).
 */
export async function startInstance(
  name: string,
  env: InstanceEnv,
  options: {
    waitFor?: '/health/ready' | '/health/live'
    /** Another built app than build/ (the benchmark's comparison of two builds). */
    root?: string
  } = {}
): Promise<Instance> {
  await buildApp()
  const port = await freePort()
  const url = `http://localhost:${port}`
  const lines: string[] = []
  mkdirSync(logFolder, { recursive: true })
  const logFile = createWriteStream(`${logFolder}/${name}-${port}.log`, { flags: 'a' })
  let child!: ChildProcessByStdio<null, Readable, Readable>
  let exited!: Promise<number | null>

  const launch = async () => {
    child = spawn(process.execPath, ['bin/server.js'], {
      cwd: options.root ?? buildRoot,
      env: cleanEnv({
        NODE_ENV: 'production',
        HOST: 'localhost',
        PORT: String(port),
        APP_URL: url,
        APP_KEY,
        LOG_LEVEL: 'info',
        PORTAL_NAME: 'Produktionsportal',
        SUPPORT_EMAIL: 'support@agentur.test',
        MAIL_FROM: 'portal@agentur.test',
        ...env,
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    // An instance never outlives the test run, however the run ends.
    const current = child
    process.once('exit', () => current.kill('SIGKILL'))
    let partial = ''
    const collect = (chunk: Buffer) => {
      partial += chunk.toString()
      const complete = partial.split('\n')
      partial = complete.pop() ?? ''
      lines.push(...complete.filter(Boolean))
      logFile.write(complete.map((line) => `${line}\n`).join(''))
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)))
    instance.exited = exited

    const path = options.waitFor ?? '/health/ready'
    for (const started = Date.now(); ; await sleep(200)) {
      if (child.exitCode !== null)
        throw new Error(`instance ${name} stopped while starting:\n${lines.join('\n')}`)
      const ok = await fetch(`${url}${path}`).then(
        (response) => response.status === 200,
        () => false
      )
      if (ok) return
      if (Date.now() - started > 60_000) {
        child.kill('SIGKILL')
        throw new Error(`instance ${name} was not ready within 60 s:\n${lines.join('\n')}`)
      }
    }
  }

  const instance: Instance = {
    name,
    url,
    port,
    lines,
    exited: Promise.resolve(null),
    async terminate(timeoutMs = 15_000) {
      const started = Date.now()
      if (child.exitCode === null) child.kill('SIGTERM')
      const code = await Promise.race([exited, sleep(timeoutMs).then(() => 'timeout' as const)])
      if (code === 'timeout') {
        child.kill('SIGKILL')
        throw new Error(
          `instance ${name} did not exit within ${timeoutMs} ms of SIGTERM:\n${lines.slice(-30).join('\n')}`
        )
      }
      return { code, ms: Date.now() - started }
    },
    async kill() {
      if (child.exitCode === null) child.kill('SIGKILL')
      await exited
    },
    restart: launch,
    pid: () => child.pid,
  }
  await launch()
  return instance
}

/** Stops instances that are still running (after a test, whatever happened in it). */
export async function stopAll(instances: Instance[]) {
  await Promise.all(instances.map((instance) => instance.kill().catch(() => {})))
}

/** Every log line an instance printed must be a JSON object (production logs are JSON lines). */
export function parseLogLines(lines: string[]) {
  return lines.map((line) => {
    try {
      return JSON.parse(line) as Record<string, unknown>
    } catch {
      throw new Error(`not a JSON log line: ${line}`)
    }
  })
}
