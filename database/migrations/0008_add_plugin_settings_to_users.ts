import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Per-user settings of plugins, set by staff ({ "notes": { "visibility":
 * "own" } }). Absent keys mean the plugin's default.
 */
export default class extends BaseSchema {
  protected tableName = 'users'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table.jsonb('plugin_settings').notNullable().defaultTo('{}')
    })
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropColumn('plugin_settings')
    })
  }
}
