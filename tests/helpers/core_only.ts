import type { Group } from '@japa/runner/core'

/** The tag of tests the independence suite leaves out (see coreOnly). */
export const CORE_ONLY = '@core_only'

/**
 * Tags a group's tests as core machinery no plugin takes part in (push
 * delivery to a device, the mail outbox, the VAPID keys). The independence
 * suite runs the functional suite again without each plugin and leaves these
 * out (`--tags=~@core_only`): removing a plugin cannot change them, and their
 * waits (retries, "nothing happens" checks) were its slowest minutes.
 */
export function coreOnly(group: Group) {
  group.tap((test) => test.tags([CORE_ONLY], 'append'))
}
