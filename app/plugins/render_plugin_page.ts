import type { HttpContext } from '@adonisjs/core/http'

/**
 * Renders a plugin page ("<plugin id>/<page>"). Plugin pages live outside
 * inertia/pages, so they are not in the generated page types; the props are
 * still checked as JSON by Inertia at runtime.
 */
export function renderPluginPage(ctx: HttpContext, page: `${string}/${string}`, props: Record<string, unknown>) {
  return ctx.inertia.render(page as never, props as never)
}
