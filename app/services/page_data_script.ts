/**
 * The Inertia page object as the `<script type="application/json">` element
 * the client reads on the first load. JSON inside HTML must not contain
 * `<`, `>` or `&` as such: `<!--<script>` in a ticket subject would put the
 * HTML parser into a state that swallows the rest of the page, and
 * `</script>` would end the element. U+2028/U+2029 break older JavaScript
 * parsers. All five are written as JSON escapes, which JSON.parse reads back
 * as the same characters.
 *
 * Replaces the `inertia` edge global of @adonisjs/inertia 5.0, which escapes
 * only `/` (see docs/upstream.md); registered by providers/portal_provider.ts.
 */
const UNSAFE = /[<>&\u2028\u2029]/g

export function escapePageData(page: unknown) {
  return JSON.stringify(page).replace(
    UNSAFE,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}

interface RootAttributes {
  id?: string
  class?: string
  as?: string
}

/** The same element and mount point as the package's helper, with the page data escaped. */
export function inertiaRootElement(
  page: { ssrBody?: string } = {},
  attributes: RootAttributes = {}
) {
  if (page.ssrBody) return page.ssrBody
  const id = attributes.id || 'app'
  const tag = attributes.as || 'div'
  const className = attributes.class ? ` class="${attributes.class}"` : ''
  return `<script data-page="${id}" type="application/json">${escapePageData(page)}</script><${tag} id="${id}"${className}></${tag}>`
}
