import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import type { Browser } from 'playwright'
import Allowlist from '#services/allowlist'
import OpenTicket from '#plugins/tickets/actions/open_ticket'
import { logInDirectlyOn } from '#tests/helpers/browser_login'
import { emptyDatabase } from '#tests/helpers/database'
import { picture } from '#tests/helpers/screenshots'

/** The staff inbox at this width, logged in as an client, with three open tickets. */
async function inboxAt(browser: Browser, width: number, height: number, query = '') {
  const { user: staff } = await Allowlist.allowStaff({
    email: `sam${width}@agentur.test`,
    name: 'Sam Support',
    staffRole: 'agent',
  })
  const { user: clara } = await Allowlist.allowCustomer({
    email: `clara${width}@kunde.test`,
    organization: `Kunde ${width} GmbH`,
    name: 'Clara Kunde',
  })
  for (const subject of ['Logo unscharf', 'Kontaktformular', 'Rechnungsadresse']) {
    await OpenTicket.handle(clara, { subject, body: 'Bitte ansehen.' })
  }
  const context = await browser.newContext({
    locale: 'de-DE',
    baseURL: `http://${process.env.HOST}:${process.env.PORT}`,
    viewport: { width, height },
  })
  const page = await context.newPage()
  await logInDirectlyOn(page, staff)
  await page.goto(`/admin/tickets${query}`)
  await page.getByRole('heading', { name: 'Tickets', level: 1 }).waitFor()
  await picture(page, `admin-inbox-${width}`)
  return { page, close: () => context.close() }
}

test.group('Browser | the staff inbox filters on a phone and on a computer', (group) => {
  group.each.setup(() => emptyDatabase())
  group.each.setup(() => {
    mail.fake()
    return () => mail.restore()
  })

  test('on a phone the filters fold into "Filter", naming those in effect; the first rows are on the first screen', async ({
    browser,
    assert,
  }) => {
    const { page, close } = await inboxAt(browser, 390, 844)
    const summary = page.locator('summary', { hasText: 'Filter' })
    assert.include(await summary.innerText(), 'Keine – alles wird angezeigt')
    assert.isFalse(await page.getByLabel('Status').isVisible(), 'folded')
    const firstRow = await page.getByRole('link', { name: 'Rechnungsadresse' }).boundingBox()
    assert.isNotNull(firstRow)
    assert.isBelow(firstRow!.y + firstRow!.height, 844, 'the newest ticket on the first screen')

    // Unfolded with a tap; what the search covers is in its label, not in a placeholder cut off.
    await summary.click()
    const search = page.getByLabel('Suche (Nummer, Betreff oder Nachricht)')
    assert.isTrue(await search.isVisible())
    assert.isNull(await search.getAttribute('placeholder'))
    // A filter applied is named in the summary afterwards.
    await page.getByLabel('Markierung').selectOption('needs_reply')
    await page.getByRole('button', { name: 'Anzeigen' }).click()
    await page.waitForURL('**/admin/tickets?flag=needs_reply')
    await page.locator('summary', { hasText: 'Antwort nötig' }).waitFor()
    await close()
  })

  test('on a computer the filters are simply there', async ({ browser, assert }) => {
    const { page, close } = await inboxAt(browser, 1280, 800)
    assert.isTrue(await page.getByLabel('Status').isVisible())
    assert.isFalse(await page.locator('summary', { hasText: 'Filter' }).isVisible())
    await close()
  })
})
