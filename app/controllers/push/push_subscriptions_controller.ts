import type { HttpContext } from '@adonisjs/core/http'
import pushConfig from '#config/push'
import PushSubscriptions from '#services/push_subscriptions'
import { pushEndpointValidator, pushSubscriptionValidator } from '#validators/push'

/**
 * Push notifications on this device, for the logged-in user (customers and
 * staff alike): the account page's switch and the installed app's offer
 * (inertia/components/account/push_notifications.vue) call these with
 * fetch, JSON in and out.
 */
export default class PushSubscriptionsController {
  /**
   * Whether push is set up here, the key the browser subscribes with, and
   * who is logged in (the service worker shows a notification's text only
   * to the user it is for).
   */
  async show({ auth, response }: HttpContext) {
    return response.ok({
      enabled: pushConfig.enabled,
      publicKey: pushConfig.vapid.publicKey,
      user: auth.user!.id,
    })
  }

  async store({ auth, request, response, i18n }: HttpContext) {
    if (!pushConfig.enabled)
      return response.conflict({ message: i18n.t('push.errors.not_configured') })
    const subscription = await request.validateUsing(pushSubscriptionValidator)
    const userAgent = request.header('user-agent')
    if (!PushSubscriptions.acceptsEndpoint(subscription.endpoint))
      return response.unprocessableEntity({
        errors: [{ field: 'endpoint', message: i18n.t('push.errors.endpoint') }],
      })
    // `refresh: true`: the page hands over what the browser has on every visit. That renews
    // this user's own device only; a device someone else turned on here (a shared computer)
    // stays theirs until this user clicks "einschalten".
    if (request.input('refresh') === true) {
      const refreshed = await PushSubscriptions.refresh(auth.user!.id, subscription, userAgent)
      return response.ok(
        refreshed ? { subscribed: true, label: refreshed.label } : { subscribed: false }
      )
    }
    const saved = await PushSubscriptions.subscribe(auth.user!.id, subscription, userAgent)
    if (!saved)
      return response.unprocessableEntity({
        errors: [{ field: 'endpoint', message: i18n.t('push.errors.endpoint') }],
      })
    return response.ok({ subscribed: true, label: saved.label })
  }

  async destroy({ auth, request, response, i18n }: HttpContext) {
    const { endpoint } = await request.validateUsing(pushEndpointValidator)
    if (!(await PushSubscriptions.unsubscribe(auth.user!.id, endpoint)))
      return response.notFound({ message: i18n.t('push.errors.not_found') })
    return response.ok({ subscribed: false })
  }
}
