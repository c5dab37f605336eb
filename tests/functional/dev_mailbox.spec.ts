import { test } from '@japa/runner'
import { setTimeout as sleep } from 'node:timers/promises'
import testUtils from '@adonisjs/core/services/test_utils'
import HttpClient from '#tests/helpers/http_client'
import { makeCustomer } from '#tests/helpers/customers'
import Mailbox from '#services/mailbox'
import { runQueueWorker } from '#tests/helpers/queue'

test.group('Mail without SMTP: caught locally, never dropped', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('the magic-link mail lands in the mailbox and /dev/mails shows it with its link', async ({
    assert,
    cleanup,
  }) => {
    await runQueueWorker(cleanup)
    const user = await makeCustomer()
    const http = new HttpClient()
    await http.primeCsrf()
    await http.submit('/login', { email: user.email })

    let caught
    for (let i = 0; i < 100 && !caught; i++) {
      caught = (await Mailbox.list(20)).find((m) => m.to === user.email)
      if (!caught) await sleep(50)
    }
    assert.exists(caught, 'the queued mail reached the mailbox')
    assert.match(caught!.links[0], /\/login\/link\//)

    const page = await http.visit('/dev/mails')
    assert.equal(page.component, 'dev/mails')
    assert.isTrue(page.props.mails.some((m: { id: string }) => m.id === caught!.id))

    const html = await http.request('GET', `/dev/mails/${caught!.id}`, { inertia: false })
    assert.include(await html.text(), 'Anmeldung bestätigen')
    assert.include(html.headers.get('content-security-policy') ?? '', 'sandbox')

    const followed = await http.visit(new URL(caught!.links[0]).pathname)
    assert.equal(followed.props.state, 'valid')
  })

  test('an unknown mail id is a 404', async ({ assert }) => {
    const response = await new HttpClient().request('GET', '/dev/mails/../../etc', {
      inertia: false,
    })
    assert.equal(response.status, 404)
  })
})
