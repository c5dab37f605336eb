import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The language a person last used in the portal (or staff chose when
 * inviting them): mails sent while they are not looking — notifications,
 * security notices — are written in it. Null means the default (German).
 */
export default class extends BaseSchema {
  protected tableName = 'users'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table.string('locale', 5).nullable()
    })
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropColumn('locale')
    })
  }
}
