import { test } from '@japa/runner'
import PushSubscriptions, { deviceLabel } from '#services/push_subscriptions'

test.group('Push | which endpoints the portal posts to', () => {
  test('production: public HTTPS push services only, never a machine of its own network', ({
    assert,
  }) => {
    const production = (url: string) => PushSubscriptions.acceptsEndpoint(url, false)
    assert.isTrue(production('https://fcm.googleapis.com/fcm/send/abc:def'))
    assert.isTrue(production('https://updates.push.services.mozilla.com/wpush/v2/gAAA'))
    assert.isTrue(production('https://web.push.apple.com/QGuQ'))
    for (const url of [
      'http://fcm.googleapis.com/fcm/send/abc',
      'https://127.0.0.1/push',
      'https://10.0.0.5/push',
      'https://[::1]/push',
      'https://localhost/push',
      'https://intranet/push',
      'ftp://push.example.com/x',
      'not a url',
      '',
    ])
      assert.isFalse(production(url), url)
  })

  test('development and tests: a local endpoint over http too', ({ assert }) => {
    assert.isTrue(PushSubscriptions.acceptsEndpoint('http://127.0.0.1:4000/push/a', true))
    assert.isFalse(PushSubscriptions.acceptsEndpoint('file:///etc/passwd', true))
  })

  test('a device label from the user agent', ({ assert }) => {
    assert.equal(
      deviceLabel(
        'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/150.0 Mobile Safari/537.36'
      ),
      'Chrome (Android)'
    )
    assert.equal(deviceLabel(''), 'Browser')
  })
})
