import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { Schedule } from '@adonisjs/queue'
import PluginRegistry from '#plugin_kit/plugin_registry'
import { schedulePluginJobs } from '#plugin_kit/plugin_schedules'
import imapConfig from '#config/imap'

const ID = 'tickets.fetch_support_mailbox'

/**
 * The mailbox is read by a scheduled queue job (manifest `schedules`),
 * registered when the web server starts: every IMAP_POLL_EVERY while a
 * mailbox is configured, removed again once it is not (no IMAP_HOST).
 */
test.group('Tickets | replies by email: the schedule', (group) => {
  group.each.setup(() => {
    const previous = { ...imapConfig }
    return async () => {
      Object.assign(imapConfig, previous)
      const schedule = await Schedule.find(ID)
      await schedule?.delete()
    }
  })

  test('registered every IMAP_POLL_EVERY with a mailbox, removed without one', async ({
    assert,
  }) => {
    const registry = await app.container.make(PluginRegistry)
    Object.assign(imapConfig, { enabled: true, pollEvery: '5m' })
    await schedulePluginJobs(registry)
    const schedule = await Schedule.find(ID)
    assert.isNotNull(schedule)
    assert.equal(schedule!.name, 'FetchSupportMailboxJob')
    assert.equal(schedule!.everyMs, 5 * 60_000)

    // Started again with another interval: the same schedule, updated.
    imapConfig.pollEvery = '1m'
    await schedulePluginJobs(registry)
    assert.equal((await Schedule.find(ID))!.everyMs, 60_000)

    imapConfig.enabled = false
    await schedulePluginJobs(registry)
    assert.isNull(await Schedule.find(ID))
  })
})
