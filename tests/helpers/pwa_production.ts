import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer, type AddressInfo } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { SMTPServer } from 'smtp-server'
import { simpleParser } from 'mailparser'
import { chromium, type Page } from 'playwright'
import { buildApp, buildRoot, emptyEnvFolder } from '#tests/helpers/production/built_app'
import { chromiumArgs, chromiumPath } from '#tests/helpers/chromium'
import { currentCode } from '#tests/helpers/login'
import { typeCode } from '#tests/helpers/browser_login'

/**
 * The portal as it runs in production, for the PWA browser test: the built
 * app (build/, with its Vite bundle and the service worker written by the
 * build) started with `node bin/server.js` and NODE_ENV=production on a free
 * port of its own. It shares the test database; mail is delivered over real
 * SMTP to a catcher here.
 */

/** Builds build/ (once per test run, shared with the production suite). */
export async function buildClientForProduction() {
  await buildApp()
}

/** The service worker the built app serves (a test changes it to simulate the next deployment). */
export const builtServiceWorker = `${buildRoot}public/sw.js`

async function freePort() {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** A real SMTP server on loopback that keeps the magic links it receives, by recipient. */
async function startMailCatcher() {
  const links = new Map<string, string[]>()
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const link = /https?:\/\/\S+\/login\/link\/[^\s"<>]+/.exec(parsed.text ?? '')?.[0]
          for (const rcpt of session.envelope.rcptTo) {
            if (link) links.set(rcpt.address, [...(links.get(rcpt.address) ?? []), link])
          }
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.server.address() as AddressInfo).port,
    links,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export interface ProductionServer {
  url: string
  /** The path of the newest magic link mailed to this address (waits up to 10 s). */
  magicLinkPath(email: string): Promise<string>
  stop(): Promise<void>
}

/** `env`: configuration for this server on top of the test run's (.env.test). */
export async function startProductionServer(
  env: Record<string, string> = {}
): Promise<ProductionServer> {
  const mails = await startMailCatcher()
  const port = await freePort()
  const url = `http://localhost:${port}`
  await buildApp()
  // An empty ENV_PATH: only the variables below and the test run's own count, never a developer's .env.
  const child = spawn(process.execPath, ['bin/server.js'], {
    cwd: buildRoot,
    env: {
      ...process.env,
      ENV_PATH: emptyEnvFolder,
      NODE_ENV: 'production',
      HOST: 'localhost',
      PORT: String(port),
      APP_URL: url,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(mails.port),
      SMTP_SECURE: 'false',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))

  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM')
      await Promise.race([exited, sleep(5000).then(() => child.kill('SIGKILL'))])
    }
    await mails.close()
  }

  for (let started = Date.now(); ; await sleep(250)) {
    if (child.exitCode !== null) {
      await mails.close()
      throw new Error(`the production server stopped:\n${output}`)
    }
    const ready = await fetch(`${url}/offline.html`).then(
      (response) => response.ok,
      () => false
    )
    if (ready) break
    if (Date.now() - started > 60_000) {
      await stop()
      throw new Error(`the production server did not start within 60 s:\n${output}`)
    }
  }

  return {
    url,
    async magicLinkPath(email) {
      for (let waited = 0; waited < 10_000; waited += 100) {
        const link = mails.links.get(email)?.at(-1)
        if (link) return new URL(link).pathname
        await sleep(100)
      }
      throw new Error(`no magic link mailed to ${email}:\n${output}`)
    },
    stop,
  }
}

/**
 * A first login in the browser, as a person does it: address, mailed link,
 * 2FA setup. `magicLinkPath` reads the link from wherever the mail went.
 */
export async function logInFirstTime(
  page: Page,
  email: string,
  magicLinkPath: (email: string) => string | Promise<string>
) {
  await page.goto('/')
  await page.getByLabel('E-Mail-Adresse').fill(email)
  await page.getByRole('button', { name: 'Weiter' }).click()
  await page.getByText('Wir haben dir eine E-Mail').waitFor()
  await page.goto(await magicLinkPath(email))
  await page.getByRole('button', { name: 'Anmeldung bestätigen' }).click()
  const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s+/g, '')
  await typeCode(page, currentCode(secret), 'Bestätigen')
  // Where the login shows the recovery codes before the start page, go on as a person would.
  const saved = page.getByRole('link', { name: 'Ich habe sie gespeichert' })
  await saved
    .or(page.getByRole('heading', { name: /^Hallo / }))
    .first()
    .waitFor()
  if (!(await saved.isVisible())) return
  await saved.click()
  // The passkey offered next is for later.
  await page.getByRole('link', { name: 'Später, weiter zur Startseite' }).click()
}

/**
 * Chromium with a profile on disk. Playwright's usual contexts are incognito,
 * where Chromium never offers an install (installability error
 * "in-incognito"). The executable and flags of tests/helpers/chromium.ts.
 */
export async function launchChromiumWithProfile(baseURL: string) {
  const profile = await mkdtemp(join(tmpdir(), 'portal-pwa-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    locale: 'de-DE',
    baseURL,
    args: chromiumArgs,
  })
  return {
    context,
    close: async () => {
      await context.close()
      await rm(profile, { recursive: true, force: true })
    },
  }
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer) {
  if (bytes.subarray(1, 4).toString('latin1') !== 'PNG') return null
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}
