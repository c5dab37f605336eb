import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
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
   * Turns push on for this device (the user asked: "einschalten"), or
   * refreshes it (new keys). A browser has one subscription per site: when
   * someone else used to get notifications in this browser, it becomes this
   * user's. One statement (insert … on conflict), so two requests at once
   * cannot collide. Returns null when the endpoint is not a push service the
   * portal sends to.
   */
  static async subscribe(userId: number, subscription: NewPushSubscription, userAgent = '') {
    if (!this.acceptsEndpoint(subscription.endpoint)) return null
    const now = DateTime.now().toSQL()!
    const [row] = await db
      .knexQuery()
      .table('push_subscriptions')
      .insert({
        user_id: userId,
        endpoint: subscription.endpoint,
        keys: encryption.encrypt(subscription.keys),
        label: deviceLabel(userAgent),
        created_at: now,
      })
      .onConflict('endpoint')
      .merge(['user_id', 'keys', 'label', 'created_at'])
      .returning('id')
    await this.#keepNewest(userId)
    return PushSubscription.find(row.id)
  }

  /**
   * What the page does on every visit with the subscription the browser has:
   * new keys for a device that is already this user's. A device that is
   * someone else's (a shared computer) or nobody's stays as it is: only the
   * user's own click takes it over. Returns null then.
   */
  static async refresh(userId: number, subscription: NewPushSubscription, userAgent = '') {
    if (!this.acceptsEndpoint(subscription.endpoint)) return null
    const updated = await PushSubscription.query()
      .where('user_id', userId)
      .where('endpoint', subscription.endpoint)
      .update({
        keys: encryption.encrypt(subscription.keys),
        label: deviceLabel(userAgent),
      })
    if (Number(updated[0] ?? 0) === 0) return null
    await this.#keepNewest(userId)
    return PushSubscription.query()
      .where('user_id', userId)
      .where('endpoint', subscription.endpoint)
      .first()
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
   * In production the portal posts only to the browsers' push services
   * (pushConfig.allowedHosts) over HTTPS on port 443, so a subscription
   * cannot make it call a machine of its own network or anywhere else.
   * Development and tests use a local endpoint over http.
   */
  static acceptsEndpoint(
    endpoint: string,
    allowLocal = pushConfig.allowLocalEndpoints,
    allowedHosts: readonly string[] = pushConfig.allowedHosts
  ) {
    let url: URL
    try {
      url = new URL(endpoint)
    } catch {
      return false
    }
    if (allowLocal) return ['https:', 'http:'].includes(url.protocol)
    if (url.protocol !== 'https:' || url.port !== '' || url.username || url.password) return false
    return isPushService(url.hostname, allowedHosts)
  }

  /** At most maxPerUser devices: the oldest go first (a browser that was reset leaves one behind). */
  static async #keepNewest(userId: number) {
    const keep = PushSubscription.query()
      .where('user_id', userId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(pushConfig.maxPerUser)
      .select('id')
    await PushSubscription.query().where('user_id', userId).whereNotIn('id', keep).delete()
  }
}

/** `fcm.googleapis.com` exactly; `*.push.apple.com` any subdomain of push.apple.com. */
export function isPushService(hostname: string, allowedHosts: readonly string[]) {
  const host = hostname.toLowerCase()
  return allowedHosts.some((pattern) =>
    pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern
  )
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
