import type { HttpContext } from '@adonisjs/core/http'
import { definePortalPlugin } from '#plugin_kit/define_portal_plugin'
import { oncePerRequest } from '#plugin_kit/once_per_request'
import { imapEnabled, imapPollEvery } from '#plugin_kit/imap'
import { onFirstUse } from '#plugin_kit/on_first_use'

// What the navigation and the widget need on every page, loaded once (onFirstUse).
const ticketQueries = onFirstUse(() => import('./services/ticket_queries.js'))
const adminTicketQueries = onFirstUse(() => import('./services/admin_ticket_queries.js'))
const ticketTransformer = onFirstUse(() => import('./transformers/ticket_transformer.js'))
const inboundMail = onFirstUse(() => import('./models/inbound_mail.js'))
const pagination = onFirstUse(() => import('#plugin_kit/pagination'))

/** Tickets waiting for this customer's answer: the badge and the widget count them once per request. */
function waitingCount(ctx: HttpContext) {
  return oncePerRequest(ctx, 'tickets.waiting', async () => {
    const { default: TicketQueries } = await ticketQueries()
    return TicketQueries.waitingCount(ctx.auth.user!)
  })
}

/** Tickets: see README.md. */
export default definePortalPlugin({
  id: 'tickets',
  name: 'tickets.name',
  version: '0.3.0',
  core: '^0.1.0',
  dependencies: [],
  routes: {
    customer: () => import('./start/customer_routes.js'),
    admin: () => import('./start/admin_routes.js'),
  },
  navigation: {
    customer: [
      {
        label: 'tickets.nav',
        route: 'tickets.index',
        order: 100,
        /** tickets waiting for this customer's answer */
        badgeLabel: 'tickets.nav_badge',
        badge: async (ctx) => {
          const waiting = await waitingCount(ctx)
          return waiting > 0 ? waiting : null
        },
      },
    ],
    admin: [
      {
        label: 'tickets.admin.nav',
        route: 'admin.tickets.index',
        order: 100,
        /** open tickets of all organizations whose customer waits for an answer */
        badgeLabel: 'tickets.admin.nav_badge',
        badge: async () => {
          const { default: AdminTicketQueries } = await adminTicketQueries()
          return (await AdminTicketQueries.needsReplyCount()) || null
        },
      },
      {
        label: 'tickets.admin.inbound.nav',
        route: 'admin.tickets.inbound',
        order: 101,
        /** replies by email waiting for staff to decide; only with a mailbox configured */
        badgeLabel: 'tickets.admin.inbound.nav_badge',
        visible: async () => imapEnabled(),
        badge: async () => {
          const { default: InboundMail } = await inboundMail()
          const { BADGE_COUNT_UP_TO, countUpTo } = await pagination()
          return (
            (await countUpTo(InboundMail.query().where('status', 'review'), BADGE_COUNT_UP_TO)) ||
            null
          )
        },
      },
    ],
  },
  widgets: [
    {
      id: 'open',
      component: 'open_tickets',
      order: 100,
      data: async (ctx) => {
        const { auth, i18n } = ctx
        const { default: TicketQueries } = await ticketQueries()
        const { default: TicketTransformer } = await ticketTransformer()
        // At once: both counts go to the database in one statement with the page's others (countInBatch).
        const [{ latest, total, totalIsExact }, waiting] = await Promise.all([
          TicketQueries.openSummary(auth.user!),
          waitingCount(ctx),
        ])
        return {
          total,
          totalIsExact,
          // The navigation badge's number in its words: "1 Ticket wartet auf dich".
          waiting,
          waitingLabel: waiting ? i18n.t('tickets.nav_badge', { count: waiting }) : null,
          tickets: latest.map((ticket) => TicketTransformer.widgetItem(ticket)),
        }
      },
    },
  ],
  uploads: ['/', '/:id/replies'],
  adminUploads: ['/:id/replies'],
  permissions: ['tickets.view'],
  settings: {
    visibility: {
      type: 'enum',
      values: ['organization', 'own'],
      default: 'organization',
      label: 'tickets.settings.visibility',
    },
  },
  schedules: [
    {
      /** replies by email: reads the support mailbox (docs/mail-replies.md); off without IMAP_HOST */
      id: 'fetch_support_mailbox',
      every: imapPollEvery,
      job: () => import('./jobs/fetch_support_mailbox_job.js'),
      enabled: imapEnabled,
    },
  ],
  demo: async (context) => {
    const { seedDemoTickets } = await import('./services/demo_tickets.js')
    await seedDemoTickets(context)
  },
})
