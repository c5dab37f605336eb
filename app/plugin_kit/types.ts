import type { HttpContext } from '@adonisjs/core/http'
import type { ApplicationService } from '@adonisjs/core/types'
import type router from '@adonisjs/core/services/router'
import type { RoutesList } from '@adonisjs/core/types/http'
import type { ScheduleBuilder } from '@adonisjs/queue'

type GetRoutes = RoutesList extends { GET: infer Routes } ? Routes : Record<string, never>

/**
 * The name of a page a navigation entry can link to: a GET route without
 * parameters, from the route types `node ace codegen` generates (run it after
 * adding the route, or the manifest does not type-check).
 */
export type PageRouteName = {
  [Name in keyof GetRoutes]: GetRoutes[Name] extends { paramsTuple?: [] } ? Name : never
}[keyof GetRoutes]

/** A routes file of a plugin: `export default function (router) { router.get(...) }`. */
export type RoutesModule = () => Promise<{ default: (routerService: typeof router) => void }>

export interface NavigationEntry {
  /** translation key, e.g. "notes.nav" */
  label: string
  /** route name, e.g. "notes.index" */
  route: PageRouteName
  /** smaller comes first; the core's entries use multiples of 10 */
  order?: number
  /** a number shown next to the label (things waiting for the person), or null for none */
  badge?: (ctx: HttpContext) => Promise<number | null>
  /**
   * What the badge counts, a translation key with {count} (ICU plural), e.g.
   * "{count, plural, one {# Notiz wartet} other {# Notizen warten}} auf dich".
   * Read out with the badge and shown as its tooltip; use the same key where
   * the dashboard names that number, so both say the same. Default: the
   * core's "{count} brauchen deine Aufmerksamkeit".
   */
  badgeLabel?: string
  /** whether this user sees the entry at all (e.g. a plugin switched off for them); default yes */
  visible?: (ctx: HttpContext) => Promise<boolean>
}

export interface DashboardWidget {
  /** unique inside the plugin */
  id: string
  /** Vue file plugins/<plugin>/inertia/widgets/<component>.vue */
  component: string
  order?: number
  /** the widget's props, JSON only; null hides the widget for this user */
  data: (ctx: HttpContext) => Promise<Record<string, unknown> | null>
}

export type SettingDefinition =
  | { type: 'enum'; values: readonly string[]; default: string; label: string }
  | { type: 'boolean'; default: boolean; label: string }

/**
 * A background job the portal runs on a schedule (durable, like every job:
 * config/queue.ts). The job file lives in plugins/<id>/jobs/ so the workers
 * find it; the web server registers the schedule as "<plugin id>.<id>" when
 * it starts, and removes it again while `enabled` says no.
 */
export interface ScheduledJob {
  /** unique inside the plugin */
  id: string
  /** how often, e.g. "1m", "15m", "1h" */
  every: () => string
  /** the job class, payload-less: `() => import('./jobs/fetch_job.js')` */
  job: () => Promise<{ default: { schedule(payload: Record<string, never>): ScheduleBuilder } }>
  /** whether it runs at all (e.g. only when a server is configured); default yes */
  enabled?: () => boolean
}

/** Optional lifecycle hooks, like an AdonisJS provider's, for container bindings and events. */
export interface PluginProvider {
  register?(): void
  boot?(): Promise<void> | void
}

export interface PortalPluginManifest {
  /** namespace of routes (/id, id.*), tables (id_*), permissions, translations and pages */
  id: string
  /** translation key of the plugin's display name */
  name: string
  version: string
  /** semver range of the core version this plugin works with */
  core: string
  dependencies?: string[]
  routes?: { customer?: RoutesModule; admin?: RoutesModule }
  navigation?: { customer?: NavigationEntry[]; admin?: NavigationEntry[] }
  widgets?: DashboardWidget[]
  permissions?: string[]
  /**
   * Route patterns (relative to /<id>) that accept file uploads, e.g.
   * ['/', '/:id/replies']. Multipart bodies sent to any other route of the
   * portal are not parsed, so nobody can fill the disk through a login form.
   */
  uploads?: string[]
  /** The same for admin routes, relative to /admin/<id> (e.g. ['/', '/:id/replies']). */
  adminUploads?: string[]
  /** per-user settings staff can change; customers get the defaults until then */
  settings?: Record<string, SettingDefinition>
  provider?: () => Promise<{ default: new (app: ApplicationService) => PluginProvider }>
  /** background jobs that run on a schedule (see ScheduledJob) */
  schedules?: ScheduledJob[]
  /**
   * Demo data for the no-server default: called once, when the embedded
   * database is set up, with the demo organization and its customer.
   */
  demo?: (context: { organizationId: number; customerId: number }) => Promise<void>
}
