import { test } from '@japa/runner'
import logger from '@adonisjs/core/services/logger'
import testUtils from '@adonisjs/core/services/test_utils'
import DashboardController from '#controllers/dashboard_controller'
import HttpClient from '#tests/helpers/http_client'
import { customerClient } from '#tests/helpers/plugin_testing'
import { staffClient } from '#tests/helpers/staff'

/** What every answer of the portal carries, whatever answered it. */
function assertHardened(assert: any, response: Response, what: string) {
  const csp = response.headers.get('content-security-policy') ?? ''
  assert.include(csp, "frame-ancestors 'none'", `${what}: CSP`)
  assert.include(csp, "default-src 'self'", `${what}: CSP`)
  assert.equal(response.headers.get('x-frame-options'), 'DENY', `${what}: X-Frame-Options`)
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff', `${what}: nosniff`)
  assert.equal(
    response.headers.get('referrer-policy'),
    'strict-origin-when-cross-origin',
    `${what}: Referrer-Policy`
  )
}

/** Makes the customer dashboard fail for one request the way `failure` says; silences its log line. */
async function withFailingDashboard<T>(failure: () => never, run: () => Promise<T>) {
  const show = DashboardController.prototype.show
  const level = logger.level
  DashboardController.prototype.show = failure
  logger.level = 'fatal'
  try {
    return await run()
  } finally {
    DashboardController.prototype.show = show
    logger.level = level
  }
}

test.group('Every response hardened', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('pages, unknown addresses, 403, 404, 500, 503, static files and probes carry the same headers', async ({
    assert,
  }) => {
    const anonymous = new HttpClient()
    const { http: customer } = await customerClient('Kunde GmbH')
    const { http: agentStaff } = await staffClient('agent')
    const raw = { inertia: false }

    const answers: Array<[string, Response, number]> = [
      ['the login page', await anonymous.request('GET', '/login', raw), 200],
      ['an unknown address', await anonymous.request('GET', '/no-such-page', raw), 404],
      [
        'an unknown admin address, anonymous',
        await anonymous.request('GET', '/admin/nope', raw),
        404,
      ],
      [
        'an unknown admin address, as a customer',
        await customer.request('GET', '/admin/nope', raw),
        404,
      ],
      ['the admin console, as a customer', await customer.request('GET', '/admin', raw), 404],
      [
        'an unknown address under a plugin',
        await customer.request('GET', '/test_fixture/1/nope', raw),
        404,
      ],
      [
        'a record that does not exist',
        await customer.request('GET', '/test_fixture/999999', raw),
        404,
      ],
      ['staff management, as an agent', await agentStaff.request('GET', '/admin/staff', raw), 403],
      ['a static file', await anonymous.request('GET', '/favicon.svg', raw), 200],
      ['the web app manifest', await anonymous.request('GET', '/manifest.webmanifest', raw), 200],
      ['a health probe', await anonymous.request('GET', '/health/live', raw), 200],
      [
        'a form without its CSRF token',
        await anonymous.request('POST', '/login', {
          ...raw,
          csrf: false,
          body: { email: 'a@b.de' },
        }),
        302,
      ],
      [
        'a form sent to an unknown address',
        await anonymous.request('POST', '/no-such-form', { ...raw, csrf: false }),
        404,
      ],
      [
        'a server error',
        await withFailingDashboard(
          () => {
            throw new Error('a failure for the error page')
          },
          () => customer.request('GET', '/dashboard', raw)
        ),
        500,
      ],
      [
        'the database away',
        await withFailingDashboard(
          () => {
            throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
              code: 'ECONNREFUSED',
            })
          },
          () => customer.request('GET', '/dashboard', raw)
        ),
        503,
      ],
    ]
    for (const [what, response, status] of answers) {
      assert.equal(response.status, status, what)
      assertHardened(assert, response, what)
    }
  })

  test("error pages are the portal's, in the visitor's language, with the layout for who is logged in, and no raw address", async ({
    assert,
  }) => {
    const english = new HttpClient()
    const notFound = await english.request('GET', '/nope-%3C!--%3Cscript%3E?q=%3C/script%3E', {
      headers: { 'Accept-Language': 'en' },
    })
    assert.equal(notFound.status, 404)
    const page = (await notFound.json()) as {
      component: string
      url: string
      props: { locale: string; user: unknown }
    }
    assert.equal(page.component, 'errors/not_found')
    assert.equal(page.props.locale, 'en')
    assert.isNull(page.props.user)
    assert.equal(page.url, '/nope-%3C!--%3Cscript%3E', 'the path, encoded, without the query')

    // A logged-in customer gets the page with their user and navigation (the app's layout).
    const { http: customer, user } = await customerClient('Kunde GmbH')
    const inApp = await customer.request('GET', '/admin')
    const inAppPage = (await inApp.json()) as {
      component: string
      props: { user: { id: number }; nav: unknown[] }
    }
    assert.equal(inApp.status, 404)
    assert.equal(inAppPage.component, 'errors/not_found')
    assert.equal(inAppPage.props.user.id, user.id)
    assert.isAbove(inAppPage.props.nav.length, 0)
  })
})
