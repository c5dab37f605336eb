import type { HttpContext } from '@adonisjs/core/http'
import app from '@adonisjs/core/services/app'
import { urlFor } from '@adonisjs/core/services/url_builder'
import PluginRegistry, { type NavigationItem } from '#plugin_kit/plugin_registry'
import MailOutbox from '#services/mail_outbox'

type CoreEntry = {
  label: string
  route: string
  order: number
  /** shown only when the user has this Bouncer ability (app/abilities/main.ts) */
  ability?: 'manageTeam'
  exact?: boolean
  badge?: () => Promise<number | null>
  /** what the badge counts (translation key with {count}) */
  badgeLabel?: string
}

/**
 * The admin console's own sections. Plugins add theirs through
 * `navigation.admin` in their manifest; both are merged by `order`
 * (plugins pick their own; the core keeps to 0, 10, 900, 950).
 */
const CORE_ENTRIES: CoreEntry[] = [
  { label: 'admin.nav.overview', route: 'admin.dashboard', order: 0, exact: true },
  { label: 'admin.nav.organizations', route: 'admin.organizations.index', order: 10 },
  {
    label: 'admin.nav.mails',
    route: 'admin.mails.index',
    order: 890,
    // Mails given up after their last try: staff should look at them.
    badge: async () => (await MailOutbox.failedCount()) || null,
    badgeLabel: 'admin.nav.mails_badge',
  },
  { label: 'admin.nav.audit', route: 'admin.audit.index', order: 900 },
  { label: 'admin.nav.staff', route: 'admin.staff.index', order: 950, ability: 'manageTeam' },
]

/** Core and plugin entries of the admin console for this staff member, ordered. */
export async function adminNavigation(ctx: HttpContext): Promise<NavigationItem[]> {
  const path = ctx.request.url()
  const allowed = await Promise.all(
    CORE_ENTRIES.map((entry) => !entry.ability || ctx.bouncer.allows(entry.ability))
  )
  const entries = CORE_ENTRIES.filter((_, index) => allowed[index])
  const registry = await app.container.make(PluginRegistry)
  // Core and plugin entries at once: their badges' counts share one statement (countInBatch).
  const [core, plugins] = await Promise.all([
    Promise.all(
      entries.map(async (entry) => {
        const href = (urlFor as unknown as (name: string) => string)(entry.route)
        const active = entry.exact ? path === href : path === href || path.startsWith(`${href}/`)
        const badge = entry.badge ? await entry.badge() : null
        const badgeLabel = badge
          ? ctx.i18n.t(entry.badgeLabel ?? 'ui.nav.badge', { count: badge })
          : null
        const label = ctx.i18n.t(entry.label)
        return { order: entry.order, item: { label, href, active, badge, badgeLabel } }
      })
    ),
    registry.navigationWithOrder(ctx, 'admin'),
  ])
  return [...core, ...plugins].sort((a, b) => a.order - b.order).map(({ item }) => item)
}
