import { isIP } from 'node:net'
import { DateTime } from 'luxon'
import app from '@adonisjs/core/services/app'
import encryption from '@adonisjs/core/services/encryption'
import pushConfig from '#config/push'
import PushSubscription from '#models/push_subscription'

export interface PushKeys {
  p256dh: string
  auth: string
}

export interface NewPushSubscription {
  endpoint: string
  keys: PushKeys
}

/**
 * The devices of a user that get push notifications. Every method takes the
 * user's id: one user never reads, changes or removes another's devices.
 */
export default class PushSubscriptions {
  /**
   * Turns push on for this device, or refreshes it (new keys, this user).
   * A browser has one subscription per site: when someone else used to get
   * notifications in this browser, it is theirs no longer.
   * Returns null when the endpoint is not a push service the portal sends to.
   */
  static async subscribe(userId: number, subscription: NewPushSubscription, userAgent = '') {
    if (!this.acceptsEndpoint(subscription.endpoint)) return null
    const keys = encryption.encrypt(subscription.keys)
    const label = deviceLabel(userAgent)
    const existing = await PushSubscription.findBy('endpoint', subscription.endpoint)
    if (existing) {
      existing.merge({ userId, keys, label })
      await existing.save()
      return existing
    }
    const saved = await PushSubscription.create({
      userId,
      endpoint: subscription.endpoint,
      keys,
      label,
    })
    await this.#keepNewest(userId)
    return saved
  }

  /** Turns push off for this device; false when the user has no such subscription. */
  static async unsubscribe(userId: number, endpoint: string) {
    const removed = await PushSubscription.query()
      .where('user_id', userId)
      .where('endpoint', endpoint)
      .delete()
    return Number(removed[0] ?? 0) > 0
  }

  static forUsers(userIds: number[]) {
    return PushSubscription.query().whereIn('user_id', userIds).orderBy('id')
  }

  /** The stored keys, or null when they cannot be read (the app key changed). */
  static keysOf(subscription: PushSubscription) {
    return encryption.decrypt<PushKeys>(subscription.keys)
  }

  static async markUsed(subscription: PushSubscription) {
    subscription.lastUsedAt = DateTime.now()
    await subscription.save()
  }

  /**
   * Push services are public HTTPS servers. In production nothing else is
   * accepted, so a subscription cannot make the portal post to a machine of
   * its own network; development and tests use a local endpoint over http.
   */
  static acceptsEndpoint(
    endpoint: string,
    allowLocal = !app.inProduction || pushConfig.allowLocalEndpoints
  ) {
    let url: URL
    try {
      url = new URL(endpoint)
    } catch {
      return false
    }
    if (allowLocal) return ['https:', 'http:'].includes(url.protocol)
    const host = url.hostname.replace(/^\[|\]$/g, '')
    return url.protocol === 'https:' && !isIP(host) && host !== 'localhost' && host.includes('.')
  }

  /** At most maxPerUser devices: the oldest go first (a browser that was reset leaves one behind). */
  static async #keepNewest(userId: number) {
    const keep = PushSubscription.query()
      .where('user_id', userId)
      .orderBy('id', 'desc')
      .limit(pushConfig.maxPerUser)
      .select('id')
    await PushSubscription.query().where('user_id', userId).whereNotIn('id', keep).delete()
  }
}

/** "Chrome (Android)" from a user agent, like the trusted devices list. */
export function deviceLabel(userAgent: string) {
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1] ?? 'Browser'
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1]
  return system ? `${browser} (${system})` : browser
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
