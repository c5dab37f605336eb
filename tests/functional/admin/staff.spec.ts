import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import mail from '@adonisjs/mail/services/main'
import User from '#models/user'
import HttpClient from '#tests/helpers/http_client'
import { staffClient } from '#tests/helpers/staff'
import { enrol } from '#tests/helpers/login'

test.group('Admin console: the team (admins only)', () => {
  test('an admin adds an agent, who can then log in and lands in the console', async ({
    assert,
  }) => {
    const { http, user: admin } = await staffClient()
    const email = `neu-${Date.now()}@agentur.test`
    const page = await http.submit('/admin/staff', { email, name: 'Nele Neu', staffRole: 'agent' })
    assert.equal(page.component, 'admin/staff/index')
    assert.include(page.props.flash.success, email)
    const added = await User.findByOrFail('email', email)
    assert.equal(added.role, 'staff')
    assert.equal(added.staffRole, 'agent')
    const event = await db
      .from('audit_events')
      .where('event', 'staff.added')
      .where('user_id', added.id)
      .firstOrFail()
    assert.equal(event.actor_user_id, admin.id)

    const mails = mail.fake()
    try {
      const newcomer = new HttpClient()
      await enrol(newcomer, mails, email)
      assert.equal((await newcomer.visit('/')).component, 'admin/dashboard')
    } finally {
      mail.restore()
    }
  })

  test('bad input is refused on the field and keeps the rest', async ({ assert }) => {
    const { http, user: admin } = await staffClient()
    const invalid = await http.submit('/admin/staff', {
      email: 'kein-at',
      name: 'X',
      staffRole: 'boss',
    })
    assert.properties(invalid.props.errors, ['email', 'name', 'staffRole'])
    const taken = await http.submit('/admin/staff', {
      email: admin.email.toUpperCase(),
      name: 'Doppelt',
      staffRole: 'agent',
    })
    assert.equal(taken.props.errors.email, 'Zu dieser Adresse gibt es schon ein Konto.')
  })

  test('roles change and a disabled member is logged out on their next request', async ({
    assert,
  }) => {
    const { http } = await staffClient()
    const { http: colleagueHttp, user: colleague } = await staffClient('agent')

    await http.submit(`/admin/staff/${colleague.id}/role`, { staffRole: 'admin' }, 'PUT')
    await colleague.refresh()
    assert.equal(colleague.staffRole, 'admin')
    assert.equal((await colleagueHttp.request('GET', '/admin/staff')).status, 200)

    const page = await http.submit(`/admin/staff/${colleague.id}/status`, { disabled: true }, 'PUT')
    assert.include(page.props.flash.success, 'gesperrt')
    await colleague.refresh()
    assert.equal(colleague.status, 'disabled')
    const next = await colleagueHttp.visit('/admin')
    assert.equal(next.component, 'auth/login')

    await http.submit(`/admin/staff/${colleague.id}/status`, { disabled: false }, 'PUT')
    await colleague.refresh()
    assert.equal(colleague.status, 'active')
    const events = await db
      .from('audit_events')
      .where('user_id', colleague.id)
      .whereLike('event', 'staff.%')
      .orderBy('id')
    assert.deepEqual(
      events.map((row) => row.event),
      ['staff.role_changed', 'staff.disabled', 'staff.enabled']
    )
  })

  test('nobody changes their own role or access; unknown ids are 404', async ({ assert }) => {
    const { http, user: admin } = await staffClient()
    const own = await http.submit(`/admin/staff/${admin.id}/role`, { staffRole: 'agent' }, 'PUT')
    assert.equal(
      own.props.flash.error,
      'Deine eigene Rolle und deinen eigenen Zugang kann nur jemand anderes mit Admin-Rolle ändern.'
    )
    await admin.refresh()
    assert.equal(admin.staffRole, 'admin')
    assert.equal(
      (await http.request('PUT', '/admin/staff/999999/status', { body: { disabled: true } }))
        .status,
      404
    )
  })

  test('agents get the 403 page for every team route, and nothing changes', async ({ assert }) => {
    const { http } = await staffClient('agent')
    const { user: other } = await staffClient('agent')
    for (const [method, path] of [
      ['GET', '/admin/staff'],
      ['POST', '/admin/staff'],
      ['PUT', `/admin/staff/${other.id}/role`],
      ['PUT', `/admin/staff/${other.id}/status`],
    ]) {
      const body = { staffRole: 'admin', disabled: true, email: 'x@y.de', name: 'XY' }
      const response = await http.request(method, path, method === 'GET' ? {} : { body })
      assert.equal(response.status, 403, `${method} ${path}`)
    }
    await other.refresh()
    assert.equal(other.staffRole, 'agent')
    assert.equal(other.status, 'active')
  })
})
