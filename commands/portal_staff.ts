import { BaseCommand, args, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/** node ace portal:staff <email> [--name "<full name>"] */
export default class PortalStaff extends BaseCommand {
  static commandName = 'portal:staff'
  static description = 'Allow a staff member of the agency to log in'
  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'The staff email address' })
  declare email: string

  @flags.string({ description: 'Full name of the person' })
  declare name?: string

  async run() {
    const { default: Allowlist } = await import('#services/allowlist')
    const { default: AllowlistException } = await import('#exceptions/allowlist_exception')
    try {
      const { user, created } = await Allowlist.allowStaff({ email: this.email, name: this.name })
      this.logger.success(`${user.email} ${created ? 'is now staff and may log in' : 'was already staff'}`)
    } catch (error) {
      if (!(error instanceof AllowlistException)) throw error
      this.logger.error(error.message)
      this.exitCode = 1
    }
  }
}
