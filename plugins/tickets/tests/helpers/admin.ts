import type HttpClient from '#tests/helpers/http_client'
import type { InertiaPage } from '#tests/helpers/http_client'
import type { TicketStatus } from '#plugins/tickets/models/ticket'
import { makeCustomer } from '#tests/helpers/customers'
import { makeTicket } from './tickets.js'

/** A customer of this organization and a ticket they opened. */
export async function customerTicket(
  organization: string,
  subject: string,
  options: { body?: string; status?: TicketStatus; activityDaysAgo?: number } = {}
) {
  const customer = await makeCustomer(organization)
  const ticket = await makeTicket(customer, subject, options)
  return { customer, ticket }
}

/** The admin inbox with these query parameters. */
export function inbox(
  http: HttpClient,
  query: Record<string, string | number> = {}
): Promise<InertiaPage> {
  const qs = new URLSearchParams(
    Object.entries(query).map(([key, value]): [string, string] => [key, String(value)])
  ).toString()
  return http.visit(`/admin/tickets${qs ? `?${qs}` : ''}`)
}

export type InboxRow = {
  id: number
  number: string
  subject: string
  unread: boolean
  needsReply: boolean
  lastActivityAt: string
  assignee: { id: number; name: string } | null
}

export function rows(page: InertiaPage) {
  return page.props.tickets as InboxRow[]
}

export function subjects(page: InertiaPage) {
  return rows(page).map((row) => row.subject)
}

/** The raw JSON text of an Inertia response, to prove something is nowhere in it. */
export async function rawPage(http: HttpClient, path: string) {
  const response = await http.request('GET', path)
  if (response.status !== 200) throw new Error(`GET ${path}: ${response.status}`)
  return response.text()
}

/** Lets the clock move on, so two timestamps written one after the other differ. */
export function tick() {
  return new Promise((resolve) => setTimeout(resolve, 5))
}
