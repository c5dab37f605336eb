import { test } from '@japa/runner'
import { isAdminRoute, isAdminSource } from '../../scripts/client_split.js'
import { customerRoutes } from '../../.adonisjs/client/customer_routes.js'
import { routes as registry } from '../../.adonisjs/client/registry/index.js'

test.group('What the browser bundle keeps apart for the admin console', () => {
  test('admin routes and admin code are told apart', ({ assert }) => {
    assert.isTrue(isAdminRoute({ name: 'admin.dashboard', pattern: '/admin' }))
    assert.isTrue(isAdminRoute({ name: 'tickets.admin.x', pattern: '/admin/tickets' }))
    assert.isTrue(isAdminRoute({ name: 'admin.tickets.index', pattern: '/somewhere' }))
    assert.isFalse(isAdminRoute({ name: 'tickets.index', pattern: '/tickets' }))
    assert.isFalse(isAdminRoute({ name: 'administration', pattern: '/administration' }))

    for (const path of [
      'inertia/pages/admin/dashboard.vue',
      'inertia/components/admin/audit_table.vue',
      'inertia/layouts/admin.vue',
      'inertia/admin/client.ts',
      'plugins/tickets/inertia/pages/admin/inbox.vue',
      'plugins/invoices/inertia/components/admin/status_tag.vue',
      'virtual:portal-translations/admin/lang-admin-de',
    ]) {
      assert.isTrue(isAdminSource(path), path)
    }
    for (const path of ['inertia/pages/dashboard.vue', 'inertia/layouts/customer.vue', 'plugins/tickets/inertia/pages/index.vue', 'inertia/administration.ts']) {
      assert.isFalse(isAdminSource(path), path)
    }
  })

  test('customer_routes.ts is the registry without the admin console (run `node ace codegen` after changing routes)', ({ assert }) => {
    const expected = Object.entries(registry)
      .filter(([name, route]) => !isAdminRoute({ name, pattern: route.pattern }))
      .map(([name, route]) => `${name} ${route.pattern}`)
    assert.deepEqual(
      customerRoutes.map((route) => `${route.name} ${route.pattern}`),
      expected
    )
    assert.isAbove(Object.keys(registry).length, customerRoutes.length)
    assert.isFalse(customerRoutes.some((route) => route.pattern.startsWith('/admin') || route.name?.startsWith('admin')))
  })
})
