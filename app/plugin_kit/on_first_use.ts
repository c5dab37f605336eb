/**
 * A module a manifest loads when first needed, then keeps. Manifests import
 * their services lazily (reading a manifest must not load the whole plugin),
 * but `await import()` of an already loaded module still goes through the
 * module loader on every call: a navigation badge on every page paid it each
 * time, 1–2 % of a customer page's CPU in the benchmark's profile.
 *
 * @example
 * const policy = onFirstUse(() => import('./policies/note_policy.js'))
 * visible: async ({ bouncer }) => bouncer.with((await policy()).default).allows('viewAny')
 */
export function onFirstUse<Module>(load: () => Promise<Module>): () => Promise<Module> {
  let loading: Promise<Module> | undefined
  return () => (loading ??= load())
}
