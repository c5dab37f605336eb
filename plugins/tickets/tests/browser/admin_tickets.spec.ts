import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import Allowlist from '#services/allowlist'
import Organization from '#models/organization'
import OpenTicket from '#plugins/tickets/actions/open_ticket'
import { logInDirectlyOn } from '#tests/helpers/browser_login'
import { recordDiagnostics } from '#tests/helpers/browser_diagnostics'
import { emptyDatabase } from '#tests/helpers/database'

test.group('Browser | tickets in the admin console', (group) => {
  group.each.setup(() => emptyDatabase())

  test('staff find a ticket in the inbox, note internally, answer, close and take it, on a phone', async ({
    browser,
    assert,
    cleanup,
  }) => {
    mail.fake()
    cleanup(() => mail.restore())
    const { user: staff } = await Allowlist.allowStaff({
      email: 'sam@agentur.test',
      name: 'Sam Support',
      staffRole: 'agent',
    })
    const { user: clara } = await Allowlist.allowCustomer({
      email: 'clara@kunde.test',
      organization: 'Kunde GmbH',
      name: 'Clara Kunde',
    })
    const { ticket } = await OpenTicket.handle(clara, {
      subject: 'Kontaktformular sendet nicht',
      body: 'Seit gestern kommt nichts an.',
    })

    const context = await browser.newContext({
      locale: 'de-DE',
      baseURL: `http://${process.env.HOST}:${process.env.PORT}`,
      viewport: { width: 360, height: 740 },
    })
    const page = await context.newPage()
    await logInDirectlyOn(page, staff)
    // Straight to the console, whatever the login shows after the 2FA setup.
    await page.waitForLoadState('networkidle')
    await page.goto('/admin')
    const noHorizontalScroll = async () =>
      (await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')) === true

    // The nav entry carries the badge; the inbox row the markers.
    const navEntry = page.getByRole('navigation').getByRole('link', { name: /Tickets/ })
    assert.include(await navEntry.innerText(), '1')
    await navEntry.click()
    await page.getByRole('heading', { name: 'Tickets', level: 1 }).waitFor()
    const row = page.getByRole('row', { name: /Kontaktformular sendet nicht/ })
    assert.isTrue(await row.getByText('Neu/ungelesen').isVisible())
    assert.isTrue(await row.getByText('Antwort nötig').isVisible())
    assert.isTrue(await noHorizontalScroll(), 'inbox fits 360 px')

    // Filters go into the URL and the empty state explains itself. On a phone they are
    // folded into "Filter", which names the ones in effect.
    const filters = page.locator('summary', { hasText: 'Filter' })
    await filters.click()
    await page.getByLabel('Suche').fill('gibt es nicht')
    await page.getByRole('button', { name: 'Anzeigen' }).click()
    await page.getByText('Keine Tickets passen zu diesen Filtern.').waitFor()
    assert.include(page.url(), 'q=gibt')
    assert.include(await filters.innerText(), '„gibt es nicht“')
    await filters.click()
    await page.getByRole('button', { name: 'Zurücksetzen' }).click()
    await page.getByRole('link', { name: 'Kontaktformular sendet nicht' }).click()
    await page.getByRole('heading', { name: 'Kontaktformular sendet nicht' }).waitFor()
    assert.isTrue(await noHorizontalScroll(), 'ticket view fits 360 px')

    // An internal note, clearly marked.
    await page.getByLabel('Interne Notiz').check()
    await page.getByLabel('Deine Notiz').fill('Mailserver des Kunden prüfen')
    await page.getByRole('button', { name: 'Notiz speichern' }).click()
    await page.getByText('Die interne Notiz ist gespeichert.').waitFor()
    assert.isTrue(
      await page.getByText('Interne Notiz – für Kund:innen unsichtbar').first().isVisible()
    )

    // A reply to the customer.
    await page.getByLabel('Antwort an Kund:in').check()
    await page.getByLabel('Deine Antwort').fill('Wir kümmern uns darum.')
    await page.getByRole('button', { name: 'Antwort senden' }).click()
    await page.getByText('Deine Antwort ist gesendet.').waitFor()
    assert.isTrue(await page.getByText('Wir kümmern uns darum.').isVisible())

    // Take it, then close it (after confirming).
    await page.getByRole('button', { name: 'Mir zuweisen' }).click()
    await page.getByText('Das Ticket ist jetzt Sam Support zugewiesen.').waitFor()
    page.once('dialog', (dialog) => dialog.accept())
    await page.getByLabel('Neuer Status').selectOption('closed')
    await page.getByRole('button', { name: 'Status speichern' }).click()
    await page.getByText('Der Status ist jetzt „Geschlossen“.').waitFor()
    assert.isTrue(await noHorizontalScroll())

    await ticket.refresh()
    assert.equal(ticket.status, 'closed')
    assert.equal(ticket.assignedToUserId, staff.id)
    await context.close()
  })
})

test.group('Browser | the inbox filtered by one organization out of many', (group) => {
  group.each.setup(() => emptyDatabase())

  test('staff type part of a name, pick the suggestion, and see only that organization; a name that is no suggestion gets a hint and filters nothing', async ({
    browser,
    assert,
    cleanup,
  }) => {
    mail.fake()
    cleanup(() => mail.restore())
    const { user: staff } = await Allowlist.allowStaff({
      email: 'sam@agentur.test',
      name: 'Sam Support',
      staffRole: 'agent',
    })
    const { user: nord } = await Allowlist.allowCustomer({
      email: 'nora@nordlicht.test',
      organization: 'Nordlicht GmbH',
      name: 'Nora',
    })
    const { user: sued } = await Allowlist.allowCustomer({
      email: 'sven@suedwind.test',
      organization: 'Südwind AG',
      name: 'Sven',
    })
    await Organization.query()
      .where('id', nord.organizationId!)
      .update({ customer_number: 'K-4711' })
    await OpenTicket.handle(nord, { subject: 'Nordlicht: Logo fehlt', body: 'Bitte prüfen.' })
    await OpenTicket.handle(sued, { subject: 'Südwind: Shop langsam', body: 'Bitte prüfen.' })

    const context = await browser.newContext({
      locale: 'de-DE',
      baseURL: `http://${process.env.HOST}:${process.env.PORT}`,
    })
    const page = await context.newPage()
    await logInDirectlyOn(page, staff)
    await page.waitForLoadState('networkidle')
    await page.goto('/admin/tickets')
    await page.getByRole('link', { name: 'Südwind: Shop langsam' }).waitFor()

    const picker = page.getByLabel('Organisation', { exact: true })
    await picker.pressSequentially('nordl')
    // The browser's suggestion list fills from the server; picking one puts its label into the field.
    await page
      .locator('#inbox-organization-suggestions option[value="Nordlicht GmbH (K-4711)"]')
      .waitFor({ state: 'attached' })
    await picker.fill('Nordlicht GmbH (K-4711)')
    await page.waitForTimeout(400) // longer than the picker's pause before it asks the server
    await page.getByRole('button', { name: 'Anzeigen' }).click()
    await page.waitForURL(new RegExp(`organization=${nord.organizationId}`))
    await page.getByRole('link', { name: 'Nordlicht: Logo fehlt' }).waitFor()
    assert.equal(await page.getByRole('link', { name: 'Südwind: Shop langsam' }).count(), 0)
    assert.equal(
      await picker.inputValue(),
      'Nordlicht GmbH',
      'the chosen organization is shown after the page loaded'
    )

    // A name that is no suggestion: the hint says so, and the filter is off.
    // Focus asks for suggestions to what the field holds; wait for that answer, then replace the
    // whole name at once (a paste): the new text must be asked for too. Before the fix, the
    // picker read its v-model right after changing it, got the old organization back and asked
    // nothing, so the hint appeared only when the focus answer happened to arrive late.
    const diagnostics = recordDiagnostics(page)
    const focusLookup = page.waitForResponse((response) =>
      response.url().includes('/admin/organizations/lookup')
    )
    await picker.focus()
    await focusLookup
    await picker.fill('Gibt es nicht GmbH')
    await diagnostics.explain(
      page.getByText('Wähle eine Organisation aus den Vorschlägen').waitFor({ timeout: 10_000 }),
      'the hint for a name that is no suggestion'
    )
    await page.getByRole('button', { name: 'Anzeigen' }).click()
    await page.getByRole('link', { name: 'Südwind: Shop langsam' }).waitFor()
    assert.notInclude(page.url(), 'organization=')
  })
})
