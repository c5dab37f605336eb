/** Made at build time by scripts/i18n/client_translations.ts (a Vite plugin in vite.config.ts). */
declare module 'virtual:portal-translations' {
  /** visitor: login steps, error pages, layouts; customer: logged-in pages; admin: the admin console. */
  export type TranslationCatalog = 'visitor' | 'customer' | 'admin'
  /** By locale ("de", "en"): each catalog as a lazy chunk of "<namespace>.<key>" -> message. */
  export const catalogs: Record<
    string,
    Record<TranslationCatalog, () => Promise<{ default: Record<string, string> }>>
  >
}
