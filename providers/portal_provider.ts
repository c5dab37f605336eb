import type { ApplicationService } from '@adonisjs/core/types'
import ShieldMiddleware from '@adonisjs/shield/shield_middleware'

/**
 * The portal core's provider. It makes the page data safe in HTML, and in
 * the no-server default (embedded database) the web server migrates the
 * database and creates the demo data itself, so that `npm run dev` on a
 * fresh clone ends on a working login page.
 */
export default class PortalProvider {
  constructor(protected app: ApplicationService) {}

  /**
   * One shield middleware for all requests. The package binds it anew per
   * resolve, so every request built one: its CSRF guard, a dynamic import of
   * edge.js and the encryption lookup. It keeps nothing of a request (its
   * guards hold the configuration only). Registered after shield's provider,
   * so this binding is the one used.
   */
  register() {
    this.app.container.singleton(ShieldMiddleware, async () => {
      const config = this.app.config.get<ConstructorParameters<typeof ShieldMiddleware>[0]>(
        'shield',
        {}
      )
      const manager = await this.app.container.make('encryption')
      const encryption = manager.use()
      const { default: edge } = await import('edge.js')
      return new ShieldMiddleware(config, encryption, edge)
    })
  }

  /**
   * The page data in every HTML page is escaped for HTML. As an edge plugin,
   * like Inertia's, whose helper it replaces: edge runs plugins in order on
   * its first render, and this provider boots after Inertia's.
   */
  async boot() {
    const { default: edge } = await import('edge.js')
    const { inertiaRootElement } = await import('#services/page_data_script')
    edge.use((instance) => {
      instance.global('inertia', inertiaRootElement)
    })
    if (this.app.inProduction) {
      const { keepComponentList } = await import('#services/edge_component_list')
      keepComponentList(edge)
    }
    await this.#signWithKeyObjects()
    // The agency's name, logo and colour for the mails' views (web server and queue worker alike).
    const { default: Branding } = await import('#services/branding')
    edge.global('brand', {
      get name() {
        return Branding.forMails().name
      },
      get logoUrl() {
        return Branding.forMails().logoUrl
      },
      get color() {
        return Branding.forMails().color
      },
    })
  }

  /**
   * Signed cookies (the session's above all) are signed and checked with
   * KeyObject keys, in the same format: see app/services/key_object_verifier.ts.
   */
  async #signWithKeyObjects() {
    const { KeyObjectMessageVerifier } = await import('#services/key_object_verifier')
    const { encryptionKeys } = await import('#config/encryption')
    const verifier = new KeyObjectMessageVerifier(encryptionKeys)
    const manager = await this.app.container.make('encryption')
    const encryption = manager.use()
    encryption.getMessageVerifier = () =>
      verifier as unknown as ReturnType<typeof encryption.getMessageVerifier>
  }

  /**
   * `start`, before the HTTP server listens: no request can arrive while the
   * tables do not exist yet (it would meet "relation does not exist").
   */
  async start() {
    if (this.app.getEnvironment() !== 'web') return
    const { usesEmbeddedDatabase } = await import('#config/database')
    if (!usesEmbeddedDatabase) return
    const { prepareEmbeddedDatabase } = await import('#services/embedded_setup')
    await prepareEmbeddedDatabase(this.app)
  }
}
