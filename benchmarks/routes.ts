import type { HttpClient } from '#tests/helpers/production/login'
import { BENCH_CUSTOMER, SEARCH_TERM } from './seed_at_scale.js'

/** A route of the benchmark: its label, path, request headers and (for the plain server) its base URL. */
export type BenchRoute = [
  label: string,
  path: string,
  headers: Record<string, string>,
  base?: string,
]

type Query = <Row extends Record<string, any> = Record<string, any>>(
  sql: string,
  values?: unknown[]
) => Promise<Row[]>

/** The pages the benchmark loads, with the logged-in customer's and staff member's cookies. */
export async function benchRoutes(
  query: Query,
  customer: HttpClient,
  staff: HttpClient,
  plainUrl: string
): Promise<BenchRoute[]> {
  const [ownTicket] = await query<{ id: number }>(
    `SELECT t.id FROM tickets t JOIN users u ON u.organization_id = t.organization_id
     WHERE u.email = $1 ORDER BY t.last_activity_at DESC LIMIT 1`,
    [BENCH_CUSTOMER]
  )
  const [someOrganization] = await query<{ id: number }>(
    `SELECT id FROM organizations ORDER BY id DESC LIMIT 1`
  )
  const q = encodeURIComponent(SEARCH_TERM)

  // A first page load, as a browser sends it (HTML with the page data inside).
  const page = {
    'Accept': 'text/html',
    'Accept-Language': 'de-DE,de;q=0.9',
    'User-Agent': 'portal-bench',
  }
  const as = (http: HttpClient) => ({
    ...page,
    Cookie: [...http.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
  })
  return [
    ['plain node:http', '/', {}, plainUrl],
    ['cheapest route (/manifest.webmanifest)', '/manifest.webmanifest', page],
    ['anonymous /login', '/login', page],
    ['customer /dashboard', '/dashboard', as(customer)],
    ['customer /tickets', '/tickets', as(customer)],
    [`customer /tickets?q=${SEARCH_TERM}`, `/tickets?q=${q}`, as(customer)],
    ['customer /tickets/:id', `/tickets/${ownTicket.id}`, as(customer)],
    ['customer /invoices', '/invoices', as(customer)],
    ['staff /admin/tickets', '/admin/tickets', as(staff)],
    ['staff /admin/tickets?status=all', '/admin/tickets?status=all', as(staff)],
    [
      'staff /admin/tickets?status=waiting_for_customer',
      '/admin/tickets?status=waiting_for_customer',
      as(staff),
    ],
    ['staff /admin/tickets?assignee=none', '/admin/tickets?assignee=none', as(staff)],
    ['staff /admin/tickets?flag=needs_reply', '/admin/tickets?flag=needs_reply', as(staff)],
    ['staff /admin/tickets?flag=unread', '/admin/tickets?flag=unread', as(staff)],
    [
      'staff /admin/tickets?organization=…',
      `/admin/tickets?organization=${someOrganization.id}`,
      as(staff),
    ],
    ['staff /admin/tickets?sort=oldest', '/admin/tickets?sort=oldest', as(staff)],
    [`staff /admin/tickets?q=${SEARCH_TERM}`, `/admin/tickets?q=${q}`, as(staff)],
    ['staff /admin/tickets/:id', `/admin/tickets/${ownTicket.id}`, as(staff)],
    ['staff /admin/organizations', '/admin/organizations', as(staff)],
  ]
}
