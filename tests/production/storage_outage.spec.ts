import { test } from '@japa/runner'
import type { Instance } from '#tests/helpers/production/instance'
import { startShippedPortal, type ShippedPortal } from '#tests/helpers/production/shipped_portal'

/**
 * The S3 store cannot be reached from one instance: its readiness says so.
 * What an upload there does is each plugin's to show
 * (plugins/<id>/tests/production/storage_outage.spec.ts).
 */
test.group('Production | the object store is away', (group) => {
  let portal: ShippedPortal
  let instances: Instance[]

  group.setup(async () => {
    // Instance A reaches the store; B has the same configuration but an endpoint nobody answers.
    portal = await startShippedPortal('storage', { cutOffSecond: true })
    instances = portal.instances
    return () => portal.close()
  })

  test('readiness names the store', async ({ assert }) => {
    const [healthy, cutOff] = instances
    assert.equal((await fetch(`${healthy.url}/health/ready`)).status, 200)
    const response = await fetch(`${cutOff.url}/health/ready`)
    assert.equal(response.status, 503)
    const body = (await response.json()) as any
    assert.equal(body.checks.storage.status, 'error')
    assert.equal(body.checks.database.status, 'ok')
  })
})
