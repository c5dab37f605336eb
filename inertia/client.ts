import { createUrlBuilder, type UrlFor } from '@adonisjs/core/http/url_builder_client'
import type { RegistryGroupedByMethod } from '@tuyau/core/types'
import type { routes } from '@generated/registry'
import { customerRoutes, type CustomerRouteName } from '@generated/customer_routes'

/**
 * URLs by route name for the pages visitors and customers see. It knows no
 * admin console route (.adonisjs/client/customer_routes.ts, generated from
 * the routes like tuyau's registry): a customer's bundle names none of its
 * addresses. Admin code imports `urlFor` from ~/admin/client instead.
 */
export type Routes = typeof routes

export const urlFor: UrlFor<RegistryGroupedByMethod<Pick<Routes, CustomerRouteName>>> =
  createUrlBuilder({ root: customerRoutes }, searchParams)

/** `qs` of urlFor (`{ page: 2 }` -> `page=2`); arrays repeat the name. */
export function searchParams(query: Record<string, unknown>) {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value])
      if (item !== undefined && item !== null) params.append(name, String(item))
  }
  return params.toString()
}
