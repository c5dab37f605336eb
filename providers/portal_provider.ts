import type { ApplicationService } from '@adonisjs/core/types'

/**
 * The portal core's provider. In the no-server default (embedded database)
 * the web server migrates the database and creates the demo data itself, so
 * that `npm run dev` on a fresh clone ends on a working login page.
 */
export default class PortalProvider {
  constructor(protected app: ApplicationService) {}

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
