/** Props every page receives (see app/middleware/inertia_middleware.ts). */
export type SharedProps = {
  locale: 'de' | 'en'
  portal: { name: string; supportEmail: string; logoUrl: string | null }
  user: null | {
    id: number
    name: string | null
    email: string
    role: 'customer' | 'staff'
    staffRole: 'admin' | 'agent' | null
    organization: { id: number; name: string } | null
  }
  flash: { success?: string; error?: string }
  errors: Record<string, string>
  nav: Array<{
    label: string
    href: string
    active: boolean
    badge: number | null
    /** what the badge counts, in the user's language */
    badgeLabel: string | null
  }>
}

/** A page of a long list (app/plugin_kit/pagination.ts): the total is exact up to 1,000. */
export type PageMeta = {
  currentPage: number
  perPage: number
  total: number
  totalIsExact: boolean
  lastPage: number | null
  hasNext: boolean
}
