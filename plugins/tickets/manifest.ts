import { definePortalPlugin } from '#core/define_portal_plugin'
import { forOrganization } from '#core/organization_scope'

/** Tickets: see README.md. */
export default definePortalPlugin({
  id: 'tickets',
  name: 'tickets.name',
  version: '0.1.0',
  core: '^0.1.0',
  dependencies: [],
  routes: { customer: () => import('./start/customer_routes.js') },
  navigation: { customer: [{ label: 'tickets.nav', route: 'tickets.index', order: 100 }] },
  widgets: [
    {
      id: 'summary',
      component: 'summary',
      order: 100,
      data: async ({ auth }) => {
        const { default: TicketsItem } = await import('./models/tickets_item.js')
        const [{ $extras }] = await forOrganization(TicketsItem, auth.user!).count('* as total')
        return { total: Number($extras.total) }
      },
    },
  ],
  permissions: ['tickets.view'],
  settings: {},
})
