import { createUrlBuilder, type UrlFor } from '@adonisjs/core/http/url_builder_client'
import type { RegistryGroupedByMethod } from '@tuyau/core/types'
import { routes } from '@generated/registry'
import { searchParams, type Routes } from '~/client'

/**
 * URLs by route name for the admin console: every route, from the registry
 * @tuyau/core generates out of start/routes.ts and the plugins' routes. Only
 * admin code (a folder named admin) imports this file, so the registry stays
 * out of what a visitor or customer downloads.
 */
export const urlFor: UrlFor<RegistryGroupedByMethod<Routes>> = createUrlBuilder(
  {
    root: Object.entries(routes).map(([name, route]) => ({
      ...route,
      name,
      domain: 'root',
      tokens: [...route.tokens],
    })),
  },
  searchParams
)
