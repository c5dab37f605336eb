import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * node ace push:keys — prints a new VAPID key pair for push notifications
 * (docs/push.md), ready for .env. Nothing is written: replacing the keys of
 * a running portal ends every device's subscription (each device has to
 * turn notifications on again), so that stays the operator's decision.
 */
export default class PushKeys extends BaseCommand {
  static commandName = 'push:keys'
  static description = 'Print a new VAPID key pair for push notifications (for .env)'
  static options: CommandOptions = { startApp: false }

  async run() {
    const { default: webpush } = await import('web-push')
    const { publicKey, privateKey } = webpush.generateVAPIDKeys()
    this.logger.log(`VAPID_PUBLIC_KEY=${publicKey}`)
    this.logger.log(`VAPID_PRIVATE_KEY=${privateKey}`)
    this.logger.log('VAPID_SUBJECT=mailto:support@example.com')
    this.logger.info(
      'Put these into .env and restart. Changing the keys turns push off on every device until it is turned on again.'
    )
  }
}
