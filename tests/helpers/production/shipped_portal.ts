import { readdirSync } from 'node:fs'
import type { Browser, BrowserContext } from 'playwright'
import app from '@adonisjs/core/services/app'
import { launchChromium } from '#tests/helpers/chromium'
import { builtAce } from '#tests/helpers/production/built_app'
import { createDatabase, type ProductionDatabase } from '#tests/helpers/production/database'
import {
  freePort,
  startInstance,
  stopAll,
  type Instance,
  smtpEnv,
} from '#tests/helpers/production/instance'
import { startObjectStore } from '#tests/helpers/production/object_store'
import {
  startSmtpServer,
  htmlOf,
  type ReceivedMail,
  type TestSmtpServer,
} from '#tests/helpers/smtp_server'

/**
 * The built portal as an agency runs it, for the production suite's stories
 * (the core's and each plugin's): one PostgreSQL database of its own, one S3
 * store, a real SMTP server, the staff member ada@agentur.test and the
 * customers karl@ and rita@firma.test of "Firma GmbH", two instances and
 * Chromium. `close()` stops whatever got started, also after a failed setup.
 */
export async function startShippedPortal(
  purpose: string,
  options: { cutOffSecond?: boolean } = {}
) {
  const portal = {
    db: undefined as unknown as ProductionDatabase,
    smtp: undefined as unknown as TestSmtpServer,
    store: undefined as unknown as Awaited<ReturnType<typeof startObjectStore>>,
    instances: [] as Instance[],
    browser: undefined as unknown as Browser,
    env: {} as Record<string, string>,
    async close() {
      await portal.browser?.close()
      await stopAll(portal.instances)
      await portal.smtp?.close()
      await portal.store?.close()
      await portal.db?.close()
    },
  }
  try {
    portal.db = await createDatabase(purpose)
    portal.smtp = await startSmtpServer()
    portal.store = await startObjectStore()
    portal.env = { ...portal.db.env, ...portal.store.env, ...smtpEnv(portal.smtp) }
    await builtAce(['migration:run', '--force'], portal.env)
    await builtAce(['portal:staff', 'ada@agentur.test', '--name', 'Ada Admin'], portal.env)
    await builtAce(
      ['portal:allow', 'karl@firma.test', '--org', 'Firma GmbH', '--name', 'Karl Kunde'],
      portal.env
    )
    await builtAce(
      ['portal:allow', 'rita@firma.test', '--org', 'Firma GmbH', '--name', 'Rita Rate'],
      portal.env
    )
    portal.instances.push(await startInstance('A', portal.env))
    if (options.cutOffSecond) {
      // Same configuration, but an object store endpoint nobody answers.
      const deadEndpoint = `http://127.0.0.1:${await freePort()}`
      portal.instances.push(
        await startInstance(
          'B',
          { ...portal.env, S3_ENDPOINT: deadEndpoint },
          { waitFor: '/health/live' }
        )
      )
    } else {
      portal.instances.push(await startInstance('B', portal.env))
    }
    portal.browser = await launchChromium()
  } catch (error) {
    await portal.close()
    throw error
  }
  return portal
}

export type ShippedPortal = Awaited<ReturnType<typeof startShippedPortal>>

/** A logged-out browser of the portal, in German. */
export function germanContext(portal: ShippedPortal): Promise<BrowserContext> {
  return portal.browser.newContext({ locale: 'de-DE' })
}

/** A translation that did not resolve, or a raw key of the core or of a plugin present, anywhere in a text. */
const namespaces = [
  'ui',
  'admin',
  'mail',
  ...readdirSync(app.makePath('plugins'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name),
]
const UNTRANSLATED = new RegExp(
  `translation missing|\\b(${namespaces.join('|')})\\.[a-z_]+\\.[a-z_.]+`,
  'i'
)

export function assertTranslated(
  assert: { notMatch(value: string, regexp: RegExp, message?: string): void },
  text: string,
  where: string
) {
  assert.notMatch(text, UNTRANSLATED, `untranslated text on ${where}`)
}

/** A mail in words: no raw keys, no template leftovers, in its subject, text and HTML. */
export function assertGoodMail(assert: any, mail: ReceivedMail) {
  const subject = mail.parsed.subject ?? ''
  assertTranslated(assert, subject, `the subject "${subject}"`)
  assertTranslated(assert, mail.parsed.text ?? '', `the text of "${subject}"`)
  assertTranslated(assert, htmlOf(mail.parsed), `the HTML of "${subject}"`)
  assert.notMatch(
    mail.parsed.text ?? '',
    /\{\{|\}\}|undefined|Cannot resolve/,
    `template leftovers in "${subject}"`
  )
}
