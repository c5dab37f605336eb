import { BaseSchema } from '@adonisjs/lucid/schema'

/** The customer companies. */
export default class extends BaseSchema {
  protected tableName = 'organizations'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.string('name', 200).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })
    // One organization per name, whatever its case ("ACME" is "Acme").
    this.schema.raw(
      'CREATE UNIQUE INDEX organizations_name_lower_unique ON organizations (lower(name))'
    )
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
