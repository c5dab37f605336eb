import { test } from '@japa/runner'
import { http } from '#config/app'

/**
 * Whose X-Forwarded-For is believed (config/app.ts): loopback always, other
 * peers only when listed in TRUSTED_PROXIES (not set for the tests). The
 * per-IP rate limit and the audit log rely on it.
 */
test.group('Trusted proxies', () => {
  test('loopback is trusted, any other peer is not unless listed', ({ assert }) => {
    const trust = http.trustProxy as (address: string, hop: number) => boolean
    assert.isTrue(trust('127.0.0.1', 0))
    assert.isTrue(trust('::1', 0))
    assert.isFalse(trust('203.0.113.9', 0))
    assert.isFalse(trust('10.0.0.5', 0))
  })
})
