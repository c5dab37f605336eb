import SendPushJob from '#jobs/send_push_job'
import pushConfig from '#config/push'
import User from '#models/user'
import PushSubscriptions from '#services/push_subscriptions'
import { mailLocaleOf } from '#services/user_locale'

/**
 * What a push notification shows: a title, one line, and the portal page a
 * tap opens (a path like `/orders/12`; the service worker opens nothing
 * outside the portal). Lock screens show it to anyone near the phone, so it
 * carries a number and a subject at most, never a message's text.
 */
export interface PushMessage {
  title: string
  body: string
  url: string
}

/**
 * Notifies the devices of these users that turned push on (docs/push.md).
 * `message` is called with each user's language (their mails' language).
 * One durable queue job per device: a device that is offline or whose push
 * service is down is tried again, one whose subscription expired is removed.
 * Disabled users get nothing. Without VAPID keys push is off and this does
 * nothing. Returns how many devices a notification was queued for.
 *
 * @example
 * await pushToUsers([order.customerId], (locale) => ({
 *   title: i18n.locale(locale).t('orders.push.shipped_title', { number: order.number }),
 *   body: order.reference,
 *   url: urlFor('orders.show', { id: order.id }),
 * }))
 */
export async function pushToUsers(userIds: number[], message: (locale: string) => PushMessage) {
  if (!pushConfig.enabled || userIds.length === 0) return 0
  const subscriptions = await PushSubscriptions.forUsers([...new Set(userIds)])
  if (subscriptions.length === 0) return 0
  const users = await User.query()
    .whereIn('id', [...new Set(subscriptions.map((subscription) => subscription.userId))])
    .whereNot('status', 'disabled')
  const byId = new Map(users.map((user) => [user.id, user]))
  const messages = new Map<string, PushMessage>()
  let queued = 0
  for (const subscription of subscriptions) {
    const user = byId.get(subscription.userId)
    if (!user) continue
    const locale = mailLocaleOf(user)
    if (!messages.has(locale)) messages.set(locale, message(locale))
    await SendPushJob.dispatch({
      subscriptionId: subscription.id,
      userId: user.id,
      message: messages.get(locale)!,
    }).run()
    queued++
  }
  return queued
}
