import { test } from '@japa/runner'
import type { HttpContext } from '@adonisjs/core/http'
import { oncePerRequest } from '#plugin_kit/once_per_request'

/** A value a badge and a widget share: computed once per request and key, never across requests. */
test.group('oncePerRequest', () => {
  test('once per request and key; again for another request or key', async ({ assert }) => {
    const first = {} as HttpContext
    const second = {} as HttpContext
    let computed = 0
    const count = () => Promise.resolve(++computed)

    assert.equal(await oncePerRequest(first, 'demo.count', count), 1)
    assert.equal(await oncePerRequest(first, 'demo.count', count), 1)
    assert.equal(await oncePerRequest(first, 'demo.other', count), 2)
    assert.equal(await oncePerRequest(second, 'demo.count', count), 3)
    assert.equal(computed, 3)
  })

  test('two callers at the same time share one computation', async ({ assert }) => {
    const ctx = {} as HttpContext
    let computed = 0
    const slow = () => new Promise<number>((resolve) => setTimeout(() => resolve(++computed), 20))
    const [a, b] = await Promise.all([
      oncePerRequest(ctx, 'demo.slow', slow),
      oncePerRequest(ctx, 'demo.slow', slow),
    ])
    assert.deepEqual([a, b, computed], [1, 1, 1])
  })
})
