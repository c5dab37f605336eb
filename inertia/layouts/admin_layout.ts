import { defineAsyncComponent, type Component } from 'vue'

/**
 * The admin console's layout (admin.vue) for pages that staff and customers
 * share (Mein Konto, the error pages): no part of what a visitor or customer
 * downloads. inertia/pages_resolver.ts loads it before a staff member's page
 * renders; until then (never, in practice) a lazy component stands in.
 */
let loaded: Component | undefined
const lazy = defineAsyncComponent(() => import('~/layouts/admin.vue'))

export async function loadAdminLayout() {
  if (loaded) return
  const module = await import('~/layouts/admin.vue')
  loaded = module.default
}

export function adminLayout() {
  return loaded ?? lazy
}
