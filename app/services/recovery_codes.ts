import { createHmac, createSecretKey, randomInt, type KeyObject } from 'node:crypto'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import env from '#start/env'
import RecoveryCode from '#models/recovery_code'

/** Lower case without 0/o, 1/l/i: nothing to mistake when reading a printout. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'
const CODE_PATTERN = new RegExp(`^[${ALPHABET}]{8}$`)

/** A set has this many codes. */
export const RECOVERY_CODE_COUNT = 10
/** From this many left on, the user is told to make new ones. */
export const RECOVERY_CODES_LOW = 3

let hmacKey: KeyObject | undefined

/**
 * Recovery codes: 10 single-use codes "xxxx-xxxx" that stand in for a TOTP
 * code. The clear codes exist only in the answer that shows them; the table
 * keeps HMAC-SHA-256 with a key derived from the app key, so a copy of the
 * database alone cannot be searched for the ~40-bit codes.
 */
export default class RecoveryCodes {
  /** A new set for the user; the old set stops working in the same transaction. */
  static async generate(userId: number, client?: TransactionClientContract) {
    const codes = new Set<string>()
    while (codes.size < RECOVERY_CODE_COUNT) codes.add(this.#randomCode())

    const write = async (trx: TransactionClientContract) => {
      // Two requests at once (a double click) must not leave two sets: the user row serializes them.
      await trx.from('users').where('id', userId).forUpdate().select('id')
      await this.removeAll(userId, trx)
      const now = DateTime.now()
      await RecoveryCode.createMany(
        [...codes].map((code) => ({ userId, codeHash: this.hash(code), createdAt: now })),
        { client: trx }
      )
    }
    if (client) await write(client)
    else await db.transaction(write)
    return [...codes].map((code) => this.format(code))
  }

  /**
   * Spends a code with one conditional UPDATE (two requests with the same
   * code: one wins). Returns how many codes are left, or null when the code
   * is not an unused code of this user.
   */
  static async consume(userId: number, typed: string) {
    const code = this.normalize(typed)
    if (!code) return null
    const [row] = await db
      .from('recovery_codes')
      .where('user_id', userId)
      .where('code_hash', this.hash(code))
      .whereNull('used_at')
      .update({ used_at: DateTime.now().toSQL() })
      .returning('id')
    if (!row) return null
    return this.remaining(userId)
  }

  static async remaining(userId: number) {
    const [row] = await db
      .from('recovery_codes')
      .where('user_id', userId)
      .whereNull('used_at')
      .count('* as left')
    return Number(row.left)
  }

  /**
   * What a page may say about a user's codes: how many are left of the set,
   * and whether there is a set at all (users enrolled before recovery codes
   * existed have none).
   */
  static async summary(userId: number) {
    const [row] = await db
      .from('recovery_codes')
      .where('user_id', userId)
      .select(
        db.raw('count(*) as total'),
        db.raw('count(*) filter (where used_at is null) as left')
      )
    const total = Number(row.total)
    const left = Number(row.left)
    return {
      left,
      total: RECOVERY_CODE_COUNT,
      hasSet: total > 0,
      low: total > 0 && left <= RECOVERY_CODES_LOW,
    }
  }

  static async removeAll(userId: number, client?: TransactionClientContract) {
    await (client ?? db).from('recovery_codes').where('user_id', userId).delete()
  }

  /** "ABCD-efgh", " abcd efgh " → "abcdefgh", or null when it cannot be a code. */
  static normalize(typed: string) {
    const code = typed.toLowerCase().replace(/[\s-]+/g, '')
    return CODE_PATTERN.test(code) ? code : null
  }

  static format(code: string) {
    return `${code.slice(0, 4)}-${code.slice(4)}`
  }

  static hash(code: string) {
    hmacKey ??= createSecretKey(
      createHmac('sha256', env.get('APP_KEY').release()).update('recovery-codes').digest()
    )
    return createHmac('sha256', hmacKey).update(code).digest('hex')
  }

  static #randomCode() {
    let code = ''
    for (let i = 0; i < 8; i++) code += ALPHABET[randomInt(ALPHABET.length)]
    return code
  }
}
