import type { ApplicationService } from '@adonisjs/core/types'
import db from '@adonisjs/lucid/services/db'
import { MigrationRunner } from '@adonisjs/lucid/migration'
import portalConfig from '#config/portal'
import User from '#models/user'
import Allowlist from '#services/allowlist'
import PluginRegistry from '#plugin_kit/plugin_registry'

export const DEMO_CUSTOMER = {
  email: 'demo@example.com',
  name: 'Demo Kundin',
  organization: 'Demo GmbH',
}
export const DEMO_ADMIN = { email: 'admin@example.com', name: 'Demo Admin' }

/**
 * First start on the embedded database: bring the schema up to date and, when
 * nobody exists yet, create a demo organization and customer and print how to
 * log in with them.
 */
export async function prepareEmbeddedDatabase(app: ApplicationService) {
  const logger = await app.container.make('logger')
  const runner = new MigrationRunner(db, app, { direction: 'up' })
  await runner.run()
  if (runner.error) throw runner.error

  if (await User.query().first()) return
  const { user, organization } = await Allowlist.allowCustomer(DEMO_CUSTOMER)
  // Someone to try the admin console with (the first admin of a real portal comes from portal:staff).
  await Allowlist.allowStaff({ ...DEMO_ADMIN, staffRole: 'admin' })
  const registry = await app.container.make(PluginRegistry)
  for (const plugin of registry.enabled) {
    await plugin.demo?.({ organizationId: organization.id, customerId: user.id })
  }
  logger.info(
    [
      '',
      '  Demo ready. Log in at %s with %s (customer) or %s (admin console):',
      '  1. type the address and press "Weiter"',
      '  2. open %s/dev/mails, follow the link in the mail and press "Anmeldung bestätigen"',
      '  3. scan the QR code with an authenticator app (or copy the secret) and type the code',
      '  Allow more people in the admin console (Kunden, Team) or with node ace portal:allow / portal:staff',
      '',
    ].join('\n'),
    portalConfig.url,
    DEMO_CUSTOMER.email,
    DEMO_ADMIN.email,
    portalConfig.url
  )
}
