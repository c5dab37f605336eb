import { BaseCommand, args, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/** node ace portal:allow <email> --org "<name>" [--name "<full name>"] */
export default class PortalAllow extends BaseCommand {
  static commandName = 'portal:allow'
  static description = 'Allow a customer email to log in (creates the organization if needed)'
  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'The customer email address' })
  declare email: string

  @flags.string({ description: 'Organization (customer company) name', required: true })
  declare org: string

  @flags.string({ description: 'Full name of the person' })
  declare name?: string

  async run() {
    const { default: Allowlist } = await import('#services/allowlist')
    const { default: AllowlistException } = await import('#exceptions/allowlist_exception')
    try {
      const { user, organization, created } = await Allowlist.allowCustomer({
        email: this.email,
        organization: this.org,
        name: this.name,
      })
      this.logger.success(
        `${user.email} ${created ? 'may now log in' : 'was already allowed'} (organization "${organization.name}")`
      )
    } catch (error) {
      if (!(error instanceof AllowlistException)) throw error
      this.logger.error(error.message)
      this.exitCode = 1
    }
  }
}
