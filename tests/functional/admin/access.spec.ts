import { test } from '@japa/runner'
import router from '@adonisjs/core/services/router'
import HttpClient from '#tests/helpers/http_client'
import { customerClient } from '#tests/helpers/plugin_testing'
import { staffClient } from '#tests/helpers/staff'

/** Every route of the admin console with its parameters filled by a harmless value. */
function adminRoutes() {
  const routes = router.toJSON()
  return Object.values(routes)
    .flat()
    .filter((route) => route.pattern === '/admin' || route.pattern.startsWith('/admin/'))
    .flatMap((route) =>
      route.methods
        .filter((method) => method !== 'HEAD')
        .map((method) => ({
          method,
          path: route.pattern.replace(/:(\w+)\??/g, '1'),
          pattern: route.pattern,
        }))
    )
}

test.group('Admin console: who gets in', () => {
  test('staff land on /admin after login, and / and /dashboard lead there', async ({ assert }) => {
    const { http } = await staffClient()
    assert.equal((await http.visit('/')).component, 'admin/dashboard')
    assert.equal((await http.visit('/dashboard')).component, 'admin/dashboard')
    const page = await http.visit('/admin')
    const labels = page.props.nav.map((item: { label: string }) => item.label)
    assert.includeMembers(labels, ['Übersicht', 'Kunden', 'Protokoll', 'Team'])
  })

  test('the route table has admin routes, and every one refuses anonymous users and customers', async ({
    assert,
  }) => {
    const routes = adminRoutes()
    // the core's own sections at least; plugins add theirs
    assert.isAbove(routes.length, 3)
    const anonymous = new HttpClient()
    await anonymous.primeCsrf()
    const { http: customer } = await customerClient('Neugier GmbH')

    for (const { method, path, pattern } of routes) {
      const asAnonymous = await anonymous.request(method, path)
      assert.oneOf(
        asAnonymous.status,
        [302, 303],
        `${method} ${pattern} must send anonymous users to the login`
      )
      assert.match(
        asAnonymous.headers.get('location') ?? '',
        /\/login$/,
        `${method} ${pattern} redirect target`
      )

      const asCustomer = await customer.request(method, path)
      assert.equal(asCustomer.status, 404, `${method} ${pattern} must be a 404 for a customer`)
      if (method === 'GET') {
        const page = (await asCustomer.json()) as { component: string }
        assert.equal(page.component, 'errors/not_found', `${pattern}: the portal's 404 page`)
      }
    }
  })

  test("staff opening a customer page get the portal's 404 page, not a bare text", async ({
    assert,
  }) => {
    const { http } = await staffClient()
    // A customer route of the test fixture plugin (tests/fixtures/plugins/test_fixture).
    const response = await http.request('GET', '/test_fixture/1')
    assert.equal(response.status, 404)
    const page = (await response.json()) as { component: string; props: { locale: string } }
    assert.equal(page.component, 'errors/not_found')
    assert.equal(page.props.locale, 'de')
  })

  test('an agent may use the console but not staff management (403 page)', async ({ assert }) => {
    const { http } = await staffClient('agent')
    const page = await http.visit('/admin')
    const labels = page.props.nav.map((item: { label: string }) => item.label)
    assert.notInclude(labels, 'Team')
    const response = await http.request('GET', '/admin/staff')
    assert.equal(response.status, 403)
    assert.equal(((await response.json()) as { component: string }).component, 'errors/forbidden')
  })
})
