/** Props every page receives (see app/middleware/inertia_middleware.ts). */
export type SharedProps = {
  locale: 'de' | 'en'
  portal: { name: string; supportEmail: string }
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
  nav: Array<{ label: string; href: string; active: boolean; badge: number | null }>
}
