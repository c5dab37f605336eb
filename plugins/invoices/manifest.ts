import { definePortalPlugin } from '#core/define_portal_plugin'
import { forOrganization } from '#core/organization_scope'

/** Invoices: see README.md. */
export default definePortalPlugin({
  id: 'invoices',
  name: 'invoices.name',
  version: '0.1.0',
  core: '^0.1.0',
  dependencies: [],
  routes: { customer: () => import('./start/customer_routes.js') },
  navigation: { customer: [{ label: 'invoices.nav', route: 'invoices.index', order: 100 }] },
  widgets: [
    {
      id: 'summary',
      component: 'summary',
      order: 100,
      data: async ({ auth }) => {
        const { default: InvoicesItem } = await import('./models/invoices_item.js')
        const [{ $extras }] = await forOrganization(InvoicesItem, auth.user!).count('* as total')
        return { total: Number($extras.total) }
      },
    },
  ],
  permissions: ['invoices.view'],
  settings: {},
})
