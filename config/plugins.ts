import { definePluginsConfig } from '#core/define_portal_plugin'

/**
 * Enabled feature plugins, one line each, dependencies first. Removing a line
 * disables the plugin: its routes, navigation and widgets disappear, its
 * tables and files stay.
 */
export default definePluginsConfig({
  tickets: () => import('#plugins/tickets/manifest'),
  invoices: () => import('#plugins/invoices/manifest'),
})
