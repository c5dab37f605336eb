import { RecoveryCodeSchema } from '#database/schema'
import { belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#models/user'

/** One single-use recovery code of a user; only its HMAC is stored (see app/services/recovery_codes.ts). */
export default class RecoveryCode extends RecoveryCodeSchema {
  @column({ serializeAs: null })
  declare codeHash: string

  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>
}
