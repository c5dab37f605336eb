import { DateTime } from 'luxon'
import type { HttpContext } from '@adonisjs/core/http'
import app from '@adonisjs/core/services/app'
import mail from '@adonisjs/mail/services/main'
import portalConfig from '#config/portal'
import TrustedDevice from '#models/trusted_device'
import type User from '#models/user'
import NewDeviceMail from '#mails/new_device_mail'
import { recordAudit } from '#services/audit_log'
import { createSecretToken, hexDigestsMatch, sha256Hex } from '#services/secret_token'

const { cookieName, trustDays } = portalConfig.devices

/**
 * The 30-day device trust. The browser keeps a signed, HttpOnly cookie
 * "<device id>.<secret>"; the database keeps SHA-256 of the secret, so trust
 * can be listed and revoked and a leaked table grants nothing. The expiry is
 * fixed when the code is typed and never extended.
 */
export default class DeviceTrust {
  /**
   * Trusts this browser from now on. The user gets a mail about it, so a
   * login they did not do does not go unnoticed.
   */
  static async issue(ctx: HttpContext, user: User) {
    const secret = createSecretToken()
    const now = DateTime.now()
    const device = await TrustedDevice.create({
      userId: user.id,
      secretHash: sha256Hex(secret),
      label: this.labelOf(ctx.request.header('user-agent')),
      lastSeenAt: now,
      expiresAt: now.plus({ days: trustDays }),
    })
    ctx.response.cookie(cookieName, `${device.id}.${secret}`, {
      httpOnly: true,
      sameSite: 'lax',
      secure: app.inProduction,
      path: '/',
      maxAge: `${trustDays}d`,
    })
    await recordAudit('security.device_trusted', {
      user,
      request: ctx.request,
      meta: { label: device.label },
    })
    await mail.sendLater(
      new NewDeviceMail(
        user,
        { label: device.label, at: now, ip: ctx.request.ip() },
        ctx.i18n.locale
      )
    )
    return device
  }

  /** The active device record this browser proves for this user, if any; marks it as seen. */
  static async recognize(ctx: HttpContext, user: User) {
    const device = await this.#proven(ctx, user)
    if (!device) return null
    device.lastSeenAt = DateTime.now()
    await device.save()
    return device
  }

  /** The id of the trusted device this browser is, for "Dieses Gerät" (nothing is updated). */
  static async currentDeviceId(ctx: HttpContext, user: User) {
    const device = await this.#proven(ctx, user)
    return device?.id ?? null
  }

  /** Removes the device cookie (the device was revoked). */
  static forget(ctx: HttpContext) {
    ctx.response.clearCookie(cookieName, { path: '/' })
  }

  static async #proven(ctx: HttpContext, user: User) {
    const value = ctx.request.cookie(cookieName)
    if (typeof value !== 'string') return null
    const [id, secret] = value.split('.')
    if (!/^\d{1,9}$/.test(id ?? '') || !secret) return null

    const device = await TrustedDevice.query()
      .where('id', Number(id))
      .where('user_id', user.id)
      .first()
    if (!device || !device.isActive || !hexDigestsMatch(device.secretHash, sha256Hex(secret))) {
      return null
    }
    return device
  }

  /** "Chrome (Android)" from a user agent, for the device list. */
  /** "Chrome (Android)": the browser and system a user agent names, for lists and mails. */
  static labelOf(userAgent = '') {
    const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1] ?? 'Browser'
    const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1]
    return system ? `${browser} (${system})` : browser
  }
}

/** Order matters: Edge and Chrome also claim to be Safari. */
const BROWSERS: [RegExp, string][] = [
  [/Edg\//, 'Edge'],
  [/Firefox\//, 'Firefox'],
  [/Chrome\//, 'Chrome'],
  [/Safari\//, 'Safari'],
]
const SYSTEMS: [RegExp, string][] = [
  [/Android/, 'Android'],
  [/iPhone|iPad/, 'iOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X/, 'macOS'],
  [/Linux/, 'Linux'],
]
