import { Schedule } from '@adonisjs/queue'
import type PluginRegistry from '#plugin_kit/plugin_registry'

/** The queue's id of a plugin's scheduled job: "<plugin id>.<id>". */
export function pluginScheduleId(pluginId: string, jobId: string) {
  return `${pluginId}.${jobId}`
}

/**
 * Registers the enabled plugins' scheduled jobs (manifest `schedules`) with
 * the queue, as "<plugin>.<id>", every time the web server starts
 * (providers/background_jobs_provider.ts), so a changed interval takes
 * effect. One that is switched off (its `enabled` says no) is removed, so a
 * feature turned off in the configuration stops running.
 */
export async function schedulePluginJobs(registry: PluginRegistry) {
  for (const plugin of registry.enabled) {
    for (const scheduled of plugin.schedules ?? []) {
      const id = pluginScheduleId(plugin.id, scheduled.id)
      if (scheduled.enabled && !scheduled.enabled()) {
        const schedule = await Schedule.find(id)
        await schedule?.delete()
        continue
      }
      const { default: JobClass } = await scheduled.job()
      await JobClass.schedule({}).id(id).every(scheduled.every()).run()
    }
  }
}
