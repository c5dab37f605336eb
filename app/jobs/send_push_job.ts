import webpush from 'web-push'
import logger from '@adonisjs/core/services/logger'
import { Job, exponentialBackoff } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import pushConfig from '#config/push'
import PushSubscription from '#models/push_subscription'
import User from '#models/user'
import PushSubscriptions from '#services/push_subscriptions'
import type { PushMessage } from '#plugin_kit/push'

/** The push service no longer knows the subscription: the browser dropped it, or the user turned it off there. */
const GONE = new Set([404, 410])

/**
 * Sends one notification to one device (app/plugin_kit/push.ts queues one
 * job per device). web-push encrypts the payload for the device (aes128gcm)
 * and signs the request with the portal's VAPID key; fetch sends it.
 *
 * Outcomes: delivered (the device's last_used_at is set); 404/410 (the
 * subscription expired: it is deleted, nothing more is tried); another
 * answer below 500 but 429 (the request itself is refused, trying again
 * cannot help: logged and dropped); a network error, a timeout, 429 or 5xx (thrown back to the
 * queue, which tries again with backoff until pushConfig.maxAttempts, then
 * it is logged and dropped).
 */
export default class SendPushJob extends Job<{
  subscriptionId: number
  /** whom the notification is for: the device may have changed hands since it was queued */
  userId: number
  message: PushMessage
}> {
  static options: JobOptions = {
    maxRetries: pushConfig.maxAttempts,
    retry: { backoff: exponentialBackoff({ baseDelay: '2s', maxDelay: '15m', jitter: true }) },
    removeOnComplete: true,
    removeOnFail: true,
  }

  async execute() {
    const { subscriptionId, userId, message } = this.payload
    const { publicKey, privateKey, subject } = pushConfig.vapid
    if (!publicKey || !privateKey) return
    // Turned off (or expired) since the job was queued, or someone else turned it on in that browser: nothing to send.
    const subscription = await PushSubscription.find(subscriptionId)
    if (!subscription || subscription.userId !== userId) return
    // Disabled (or deleted) since the job was queued: no more notifications.
    const recipient = await User.find(userId)
    if (!recipient || recipient.status === 'disabled') return
    // Checked again right before posting: only the browsers' push services (in production).
    if (!PushSubscriptions.acceptsEndpoint(subscription.endpoint)) {
      logger.warn({ subscriptionId }, 'push: the endpoint is not an allowed push service: not sent')
      return
    }
    const keys = PushSubscriptions.keysOf(subscription)
    if (!keys) {
      logger.warn(
        { subscriptionId },
        'push: the stored keys cannot be read (APP_KEY changed?): removed'
      )
      await subscription.delete()
      return
    }

    // web-push encrypts and signs; the request itself goes through fetch (http for a local endpoint in tests).
    let request: ReturnType<typeof webpush.generateRequestDetails>
    try {
      request = webpush.generateRequestDetails(
        { endpoint: subscription.endpoint, keys },
        // `user`: the service worker shows the text only while this user is logged in there.
        JSON.stringify({ ...message, user: userId }),
        {
          vapidDetails: { subject, publicKey, privateKey },
          TTL: pushConfig.ttlSeconds,
          contentEncoding: 'aes128gcm',
        }
      )
    } catch (error) {
      // Keys the browser would never have made (or a broken VAPID key: then every device says so).
      logger.warn({ subscriptionId, err: error }, 'push: cannot encrypt for this subscription')
      return
    }
    let response: Response
    try {
      response = await fetch(request.endpoint, {
        method: request.method,
        headers: request.headers as Record<string, string>,
        body: request.body ? new Uint8Array(request.body) : null,
        redirect: 'manual',
        signal: AbortSignal.timeout(pushConfig.timeoutMs),
      })
      await response.body?.cancel()
    } catch (error) {
      return this.#failed(subscription, null, error)
    }
    if (response.status < 200 || response.status > 299)
      return this.#failed(subscription, response.status, new PushRefusedError(response.status))
    await PushSubscriptions.markUsed(subscription)
  }

  async #failed(subscription: PushSubscription, status: number | null, error: unknown) {
    const context = { subscriptionId: subscription.id, status, attempt: this.context.attempt }
    if (status !== null && GONE.has(status)) {
      logger.info(context, 'push: the subscription expired: removed')
      await subscription.delete()
      return
    }
    if (status !== null && status < 500 && status !== 429) {
      logger.warn(context, 'push: refused by the push service')
      return
    }
    if (this.context.attempt > pushConfig.maxAttempts) {
      logger.warn({ ...context, err: error }, 'push: not delivered, given up')
      return
    }
    throw error
  }
}

/** The push service answered with an error status (the job is tried again on 429 and 5xx). */
class PushRefusedError extends Error {
  constructor(public status: number) {
    super(`the push service answered ${status}`)
  }
}
