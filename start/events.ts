/*
|--------------------------------------------------------------------------
| Events
|--------------------------------------------------------------------------
| Mail is queued (the request never waits on SMTP), so a failed delivery
| only shows up as an event: log it loudly instead of losing it.
*/
import emitter from '@adonisjs/core/services/emitter'
import logger from '@adonisjs/core/services/logger'

emitter.on('queued:mail:error', ({ error, mailerName }) => {
  logger.error({ err: error, mailer: mailerName }, 'a queued mail could not be sent')
})
