import { LoginAttemptSchema } from '#database/schema'
import { belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { DateTime } from 'luxon'
import User from '#models/user'

/**
 * One magic-link mail and what followed it. Usable for the second factor
 * while confirmed, not completed, not void and not past expires_at.
 */
export default class LoginAttempt extends LoginAttemptSchema {
  @column({ serializeAs: null })
  declare tokenHash: string

  @column({ serializeAs: null })
  declare pendingTotpSecret: string | null

  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>

  get isExpired() {
    return this.expiresAt <= DateTime.now()
  }

  get isOpenForCode() {
    return (
      this.confirmedAt !== null &&
      this.completedAt === null &&
      this.voidedAt === null &&
      !this.isExpired
    )
  }
}
