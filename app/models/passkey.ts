import { PasskeySchema } from '#database/schema'
import { column } from '@adonisjs/lucid/orm'

/**
 * A registered passkey (WebAuthn credential) of one user. The public key and
 * counter are what an answer is checked against; nothing here is secret.
 */
export default class Passkey extends PasskeySchema {
  // PostgreSQL's bigint arrives as a string; the counter stays far below 2^53.
  @column({ consume: (value) => Number(value) })
  declare counter: number

  @column({ serializeAs: null })
  declare publicKey: Buffer

  @column()
  declare transports: string[]
}
