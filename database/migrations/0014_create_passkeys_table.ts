import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Passkeys (WebAuthn credentials) that stand in for the TOTP code after the
 * magic link. Only public material is kept: the credential id the
 * authenticator names itself by, its public key (COSE) and the signature
 * counter that shows a cloned authenticator. A 2FA reset deletes them.
 */
export default class extends BaseSchema {
  protected tableName = 'passkeys'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table
        .integer('user_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('users')
        .onDelete('CASCADE')
      // base64url as WebAuthn's JSON carries it; unique across all users, as the spec requires
      table.string('credential_id', 1400).notNullable().unique()
      table.binary('public_key').notNullable()
      table.bigInteger('counter').notNullable().defaultTo(0)
      table.specificType('transports', 'text[]').notNullable().defaultTo('{}')
      table.string('name', 100).notNullable()
      // "multiDevice" (synced, e.g. iCloud Keychain) or "singleDevice" (a security key)
      table.string('device_type', 20).notNullable()
      table.boolean('backed_up').notNullable().defaultTo(false)
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('last_used_at', { useTz: true }).nullable()

      table.index(['user_id'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
