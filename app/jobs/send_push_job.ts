import webpush, { WebPushError } from 'web-push'
import logger from '@adonisjs/core/services/logger'
import { Job, exponentialBackoff } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import pushConfig from '#config/push'
import PushSubscription from '#models/push_subscription'
import PushSubscriptions from '#services/push_subscriptions'
import type { PushMessage } from '#plugin_kit/push'

/** The push service no longer knows the subscription: the browser dropped it, or the user turned it off there. */
const GONE = new Set([404, 410])

/**
 * Sends one notification to one device (app/plugin_kit/push.ts queues one
 * job per device). web-push encrypts the payload for the device (aes128gcm)
 * and signs the request with the portal's VAPID key.
 *
 * Outcomes: delivered (the device's last_used_at is set); 404/410 (the
 * subscription expired: it is deleted, nothing more is tried); another 4xx
 * but 429 (the request itself is refused, trying again cannot help: logged
 * and dropped); a network error, a timeout, 429 or 5xx (thrown back to the
 * queue, which tries again with backoff until pushConfig.maxAttempts, then
 * it is logged and dropped).
 */
export default class SendPushJob extends Job<{ subscriptionId: number; message: PushMessage }> {
  static options: JobOptions = {
    maxRetries: pushConfig.maxAttempts,
    retry: { backoff: exponentialBackoff({ baseDelay: '2s', maxDelay: '15m', jitter: true }) },
    removeOnComplete: true,
    removeOnFail: true,
  }

  async execute() {
    const { subscriptionId, message } = this.payload
    const { publicKey, privateKey, subject } = pushConfig.vapid
    if (!publicKey || !privateKey) return
    // Turned off (or expired) since the job was queued: nothing to send.
    const subscription = await PushSubscription.find(subscriptionId)
    if (!subscription) return
    const keys = PushSubscriptions.keysOf(subscription)
    if (!keys) {
      logger.warn(
        { subscriptionId },
        'push: the stored keys cannot be read (APP_KEY changed?): removed'
      )
      await subscription.delete()
      return
    }

    try {
      await webpush.sendNotification(
        { endpoint: subscription.endpoint, keys },
        JSON.stringify(message),
        {
          vapidDetails: { subject, publicKey, privateKey },
          TTL: pushConfig.ttlSeconds,
          timeout: pushConfig.timeoutMs,
          contentEncoding: 'aes128gcm',
        }
      )
    } catch (error) {
      return this.#failed(subscription, error)
    }
    await PushSubscriptions.markUsed(subscription)
  }

  async #failed(subscription: PushSubscription, error: unknown) {
    const status = error instanceof WebPushError ? error.statusCode : null
    const context = { subscriptionId: subscription.id, status, attempt: this.context.attempt }
    if (status !== null && GONE.has(status)) {
      logger.info(context, 'push: the subscription expired: removed')
      await subscription.delete()
      return
    }
    if (status !== null && status >= 400 && status < 500 && status !== 429) {
      logger.warn(
        { ...context, body: (error as WebPushError).body },
        'push: refused by the push service'
      )
      return
    }
    if (this.context.attempt > pushConfig.maxAttempts) {
      logger.warn({ ...context, err: error }, 'push: not delivered, given up')
      return
    }
    throw error
  }
}
