import { definePortalPlugin } from '#core/define_portal_plugin'

/** Invoices: see README.md. */
export default definePortalPlugin({
  id: 'invoices',
  name: 'invoices.name',
  version: '0.2.0',
  core: '^0.1.0',
  dependencies: [],
  routes: {
    customer: () => import('./start/customer_routes.js'),
    admin: () => import('./start/admin_routes.js'),
  },
  navigation: {
    customer: [
      {
        label: 'invoices.nav',
        route: 'invoices.index',
        order: 30,
        /** Hidden for users whose invoices staff switched off. */
        visible: async ({ auth }) => {
          const { invoicesVisible } = await import('./services/customer_invoices.js')
          return invoicesVisible(auth.getUserOrFail())
        },
        /** Overdue invoices; none (null) when there are none or invoices are hidden for the user. */
        badge: async ({ auth }) => {
          const { invoicesVisible, overdueCount } = await import('./services/customer_invoices.js')
          const user = auth.getUserOrFail()
          if (!(await invoicesVisible(user))) return null
          return (await overdueCount(user)) || null
        },
      },
    ],
    admin: [
      {
        label: 'invoices.admin.nav',
        route: 'admin.invoices.index',
        order: 30,
        /** Overdue invoices of all organizations; none (null) when there are none. */
        badge: async () => {
          const { overdueCountAll } = await import('./services/admin_invoices.js')
          return (await overdueCountAll()) || null
        },
      },
    ],
  },
  widgets: [
    {
      id: 'summary',
      component: 'summary',
      order: 30,
      data: async ({ auth, i18n }) => {
        const { invoicesVisible, unpaidTotals, overdueCount } =
          await import('./services/customer_invoices.js')
        const { default: InvoiceTransformer } =
          await import('./transformers/invoice_transformer.js')
        const user = auth.getUserOrFail()
        if (!(await invoicesVisible(user))) return null
        const totals = await unpaidTotals(user)
        return {
          count: totals.reduce((sum, row) => sum + row.count, 0),
          overdue: await overdueCount(user),
          totals: InvoiceTransformer.totals(totals, i18n.locale),
        }
      },
    },
  ],
  /** Upload, batch upload and edit (a replaced PDF) take files; nothing else does. */
  adminUploads: ['/', '/batch', '/:id'],
  permissions: ['invoices.view', 'invoices.manage'],
  settings: {
    visible: { type: 'boolean', default: true, label: 'invoices.settings.visible' },
  },
  demo: async (context) => {
    const { createDemoInvoices } = await import('./services/demo_invoices.js')
    await createDemoInvoices(context)
  },
})
