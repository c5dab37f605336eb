import QRCode from 'qrcode'
import db from '@adonisjs/lucid/services/db'
import encryption from '@adonisjs/core/services/encryption'
import { generateSecret, generateURI, verifySync } from 'otplib'
import portalConfig from '#config/portal'

/**
 * TOTP as DESIGN.md fixes it: SHA-1, 6 digits, 30 s steps, ±1 step, 160-bit
 * secrets (otplib's default of 20 bytes), encrypted at rest with the app key.
 */
export default class Totp {
  static createSecret() {
    return generateSecret({ length: 20 })
  }

  static encrypt(secret: string) {
    return encryption.encrypt(secret)
  }

  static decrypt(encrypted: string) {
    const secret = encryption.decrypt<string>(encrypted)
    if (!secret) throw new Error('TOTP secret cannot be decrypted: was APP_KEY changed?')
    return secret
  }

  static uri(secret: string, accountEmail: string) {
    return generateURI({ issuer: portalConfig.totp.issuer, label: accountEmail, secret })
  }

  static qrDataUrl(uri: string) {
    return QRCode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 1, width: 240 })
  }

  /** "ABCD EFGH ..." for reading and typing. */
  static group(secret: string) {
    return secret.match(/.{1,4}/g)!.join(' ')
  }

  /** The time step a code was generated in, or null when it is wrong. */
  static matchingStep(secret: string, code: string, now = Date.now()): number | null {
    if (!/^\d{6}$/.test(code)) return null
    const result = verifySync({
      secret,
      token: code,
      epoch: Math.floor(now / 1000),
      epochTolerance: portalConfig.totp.toleranceSeconds,
    })
    return result.valid && 'timeStep' in result ? result.timeStep : null
  }

  /**
   * Claims a time step for a user with one conditional UPDATE: it succeeds
   * only when the step is newer than the last accepted one, so a code (or an
   * older code) can never be used twice, even by two requests at once.
   */
  static async claimStep(userId: number, step: number) {
    const updated = await db
      .from('users')
      .where('id', userId)
      .where((query) => query.whereNull('totp_last_step').orWhere('totp_last_step', '<', step))
      .update({ totp_last_step: step })
    return Number(updated) === 1
  }
}
