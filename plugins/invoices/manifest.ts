import type { HttpContext } from '@adonisjs/core/http'
import { definePortalPlugin } from '#plugin_kit/define_portal_plugin'
import { oncePerRequest } from '#plugin_kit/once_per_request'
import { onFirstUse } from '#plugin_kit/on_first_use'

// What the navigation and the widget need on every page, loaded once (onFirstUse).
const invoicePolicy = onFirstUse(() => import('./policies/invoice_policy.js'))
const customerInvoices = onFirstUse(() => import('./services/customer_invoices.js'))
const adminInvoices = onFirstUse(() => import('./services/admin_invoices.js'))
const invoiceTransformer = onFirstUse(() => import('./transformers/invoice_transformer.js'))

/** This customer's overdue invoices: the badge and the widget count them once per request. */
function overdueCount(ctx: HttpContext) {
  return oncePerRequest(ctx, 'invoices.overdue', async () => {
    const { overdueCount: count } = await customerInvoices()
    return count(ctx.auth.getUserOrFail())
  })
}

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
        /** Hidden for users whose invoices staff switched off (InvoicePolicy). */
        visible: async ({ bouncer }) => {
          const { default: InvoicePolicy } = await invoicePolicy()
          return bouncer.with(InvoicePolicy).allows('viewAny')
        },
        /** Overdue invoices; none (null) when there are none or invoices are hidden for the user. */
        badgeLabel: 'invoices.nav_badge',
        badge: async (ctx) => {
          const { default: InvoicePolicy } = await invoicePolicy()
          if (await ctx.bouncer.with(InvoicePolicy).denies('viewAny')) return null
          return (await overdueCount(ctx)) || null
        },
      },
    ],
    admin: [
      {
        label: 'invoices.admin.nav',
        route: 'admin.invoices.index',
        order: 30,
        /** Overdue invoices of all organizations; none (null) when there are none. */
        badgeLabel: 'invoices.admin.nav_badge',
        badge: async () => {
          const { overdueCountAll } = await adminInvoices()
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
      data: async (ctx) => {
        const { auth, bouncer, i18n } = ctx
        const { default: InvoicePolicy } = await invoicePolicy()
        const { unpaidTotals } = await customerInvoices()
        const { default: InvoiceTransformer } = await invoiceTransformer()
        if (await bouncer.with(InvoicePolicy).denies('viewAny')) return null
        const user = auth.getUserOrFail()
        // Both at once: the overdue count joins the page's other counts (countInBatch).
        const [totals, overdue] = await Promise.all([unpaidTotals(user), overdueCount(ctx)])
        return {
          count: totals.reduce((sum, row) => sum + row.count, 0),
          overdue,
          // The navigation badge's words, so both name the same number the same way.
          overdueLabel: overdue ? i18n.t('invoices.nav_badge', { count: overdue }) : null,
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
