import { TrustedDeviceSchema } from '#database/schema'
import { column } from '@adonisjs/lucid/orm'
import { DateTime } from 'luxon'

/** A browser that passed the TOTP code; trusted until expires_at (fixed). */
export default class TrustedDevice extends TrustedDeviceSchema {
  @column({ serializeAs: null })
  declare secretHash: string

  get isActive() {
    return this.revokedAt === null && this.expiresAt > DateTime.now()
  }
}
