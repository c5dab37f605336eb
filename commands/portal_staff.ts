import { BaseCommand, args, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * node ace portal:staff <email> [--name "<full name>"] [--role admin|agent]
 * The first admin of a new portal comes from here; later staff are added in /admin/staff.
 */
export default class PortalStaff extends BaseCommand {
  static commandName = 'portal:staff'
  static description = 'Allow a staff member of the agency to log in'
  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'The staff email address' })
  declare email: string

  @flags.string({ description: 'Full name of the person' })
  declare name?: string

  @flags.string({
    description: 'admin (default: everything, incl. staff) or agent (no staff management)',
  })
  declare role?: string

  async run() {
    const { default: Allowlist } = await import('#services/allowlist')
    const { default: AllowlistException } = await import('#exceptions/allowlist_exception')
    if (this.role !== undefined && this.role !== 'admin' && this.role !== 'agent') {
      this.logger.error(`--role must be admin or agent, not "${this.role}"`)
      this.exitCode = 1
      return
    }
    try {
      const { user, created } = await Allowlist.allowStaff({
        email: this.email,
        name: this.name,
        staffRole: this.role,
      })
      this.logger.success(
        `${user.email} ${created ? `is now staff (${user.staffRole}) and may log in` : `was already staff (${user.staffRole})`}`
      )
    } catch (error) {
      if (!(error instanceof AllowlistException)) throw error
      this.logger.error(error.message)
      this.exitCode = 1
    }
  }
}
