import { spawn } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

/**
 * The artifact an agency deploys, made the way the README says:
 * `npm run build` (here `node ace build`), then `npm install --omit=dev`
 * inside build/. Built once per test run and shared by every test that
 * needs it (the production suite, the installable-app checks).
 */
export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url))
export const buildRoot = `${projectRoot}build/`

/** The built app's key in every production test (any random 32+ characters would do). */
export const APP_KEY = 'production-suite-key-0123456789abcdef-0123456789'

/** An empty folder for ENV_PATH: the built app sees only the variables a test passes. */
export const emptyEnvFolder = `${projectRoot}tmp/production-env`

/** The machine's own variables a child may need: paths, locale, proxies and certificate bundles. */
const MACHINE_VARIABLES = /^(PATH|HOME|LANG|TMPDIR|CHROMIUM_PATH)$|PROXY|CERT|CA_BUNDLE|SSL/i

/**
 * The environment of a child process: the machine's basics and nothing of
 * the test run's own configuration (.env.test is loaded into process.env).
 */
export function cleanEnv(extra: Record<string, string>) {
  const machine = Object.entries(process.env).filter(
    ([name, value]) => MACHINE_VARIABLES.test(name) && value !== undefined
  )
  return {
    ...Object.fromEntries(machine),
    TZ: 'UTC',
    ENV_PATH: emptyEnvFolder,
    ...extra,
  } as Record<string, string>
}

export interface CommandResult {
  code: number | null
  output: string
}

/** Runs a command to its end and keeps what it printed. */
export function run(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string> }
) {
  return new Promise<CommandResult>((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.once('error', reject)
    child.once('exit', (code) => resolve({ code, output }))
  })
}

async function mustRun(
  what: string,
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string> }
) {
  const result = await run(command, args, options)
  if (result.code !== 0)
    throw new Error(`${what} failed (exit ${result.code}):\n${result.output.slice(-6000)}`)
  return result
}

/** npm under this Node (24): `npm test` tells where its CLI is; otherwise the one on PATH. */
function npm(args: string[]): [string, string[]] {
  const cli = process.env.npm_execpath
  return cli && cli.endsWith('.js') ? [process.execPath, [cli, ...args]] : ['npm', args]
}

let building: Promise<string> | undefined

/** Builds build/ and installs its production dependencies, once per test run. */
export function buildApp() {
  building ??= (async () => {
    await mkdir(emptyEnvFolder, { recursive: true })
    const env = cleanEnv({})
    await mustRun('node ace build', process.execPath, ['ace.js', 'build'], {
      cwd: projectRoot,
      env,
    })
    // npm keeps all of the machine's configuration (registry, certificates); the app's does not matter to it.
    const [command, args] = npm([
      'install',
      '--omit=dev',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
    ])
    await mustRun('npm install --omit=dev in build/', command, args, {
      cwd: buildRoot,
      env: { ...process.env } as Record<string, string>,
    })
    return buildRoot
  })()
  return building
}

/** Takes build/ as it is (the benchmark's BENCH_REUSE: iterating on a page without rebuilding). */
export function useExistingBuild() {
  building = Promise.resolve(buildRoot)
}

/** `node ace <args>` inside build/, in production, against the given environment. */
export async function builtAce(args: string[], env: Record<string, string>) {
  await buildApp()
  return mustRun(`node ace ${args.join(' ')}`, process.execPath, ['ace.js', ...args], {
    cwd: buildRoot,
    env: cleanEnv({ NODE_ENV: 'production', APP_KEY, ...env }),
  })
}
