import { definePluginsConfig } from '#plugin_kit/define_portal_plugin'

/**
 * Enabled feature plugins, one line each, dependencies first. Removing a line
 * disables the plugin: its routes, navigation and widgets disappear, its
 * tables and files stay.
 */
export default definePluginsConfig({
  tickets: () => import('#plugins/tickets/manifest'),
  invoices: () => import('#plugins/invoices/manifest'),
  // The core's tests use a small plugin of their own (tests/fixtures/plugins), never the ones above.
  ...(process.env.NODE_ENV === 'test'
    ? { test_fixture: () => import('#tests/fixtures/plugins/test_fixture/manifest') }
    : {}),
})
