import type { HttpContext } from '@adonisjs/core/http'

/**
 * The address an error page reports to the browser (Inertia's `url`): the
 * path only, every character outside the URL grammar percent-encoded, and
 * not longer than 200 characters. A crafted address must not reach the page
 * data as the visitor typed it.
 */
export function errorPageUrl(raw: string) {
  const path = raw.split('?')[0]
  let decoded = path
  try {
    decoded = decodeURIComponent(path)
  } catch {
    // a malformed escape: encode what is there
  }
  return encodeURI(decoded).slice(0, 200) || '/'
}

/**
 * Renders one of the portal's error pages (inertia/pages/errors) with the
 * cleaned address in its page data. The page picks its layout itself: the
 * app's when someone is logged in, the login layout otherwise.
 */
export async function renderErrorPage(ctx: HttpContext, component: string) {
  const request = ctx.request
  const url = errorPageUrl(request.url(true))
  const original = request.url
  request.url = () => url
  try {
    return await ctx.inertia.render(component as never, {} as never)
  } finally {
    request.url = original
  }
}
