import { test } from '@japa/runner'
import { createECDH } from 'node:crypto'
import pushConfig, { checkVapid } from '#config/push'
import PushSubscriptions, { deviceLabel } from '#services/push_subscriptions'

test.group('Push | which endpoints the portal posts to', () => {
  test("production: the browsers' push services only, over HTTPS on port 443", ({ assert }) => {
    const production = (url: string) => PushSubscriptions.acceptsEndpoint(url, false)
    for (const url of [
      'https://fcm.googleapis.com/fcm/send/abc:def',
      'https://updates.push.services.mozilla.com/wpush/v2/gAAA',
      'https://web.push.apple.com/QGuQ',
      'https://wns2-par02p.notify.windows.com/w/?token=BQYAAA',
      'https://fcm.googleapis.com:443/fcm/send/abc',
    ])
      assert.isTrue(production(url), url)
    for (const url of [
      // what the review found: a trailing dot, a DNS name that points home, cloud metadata, an internal port
      'https://localhost./x',
      'https://127.0.0.1.nip.io/x',
      'https://metadata.google.internal/computeMetadata/v1/',
      'https://db.internal:5432/',
      // a push service's name, but not its host, port or scheme
      'https://fcm.googleapis.com./fcm/send/abc',
      'https://fcm.googleapis.com:8443/fcm/send/abc',
      'https://fcm.googleapis.com.evil.example/x',
      'https://evilfcm.googleapis.com/x',
      'https://push.services.mozilla.com.attacker.example/x',
      'https://user:pw@fcm.googleapis.com/x',
      'https://push.example.com/send/abc',
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

  test('PUSH_ALLOWED_HOSTS adds hosts: exactly, or any subdomain with *.', ({ assert }) => {
    const hosts = [...pushConfig.allowedHosts, 'push.example.net', '*.push.example.org']
    const accepts = (url: string) => PushSubscriptions.acceptsEndpoint(url, false, hosts)
    assert.isTrue(accepts('https://push.example.net/a'))
    assert.isTrue(accepts('https://eu.push.example.org/a'))
    assert.isFalse(accepts('https://push.example.org/a'), '*. is a subdomain')
    assert.isFalse(accepts('https://other.example.net/a'))
    assert.isFalse(accepts('https://push.example.net:8080/a'))
    assert.includeMembers(pushConfig.allowedHosts, [
      'fcm.googleapis.com',
      '*.push.services.mozilla.com',
      '*.push.apple.com',
      '*.notify.windows.com',
    ])
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

test.group('Push | the VAPID setting is checked at start-up', () => {
  const ecdh = createECDH('prime256v1')
  ecdh.generateKeys()
  const good = {
    publicKey: ecdh.getPublicKey('base64url'),
    privateKey: ecdh.getPrivateKey('base64url'),
    subject: 'mailto:support@example.com',
  }

  test('a good pair, an https subject, or no keys at all (push off) pass', ({ assert }) => {
    assert.doesNotThrow(() => checkVapid(good))
    assert.doesNotThrow(() => checkVapid({ ...good, subject: 'https://portal.example.com' }))
    assert.doesNotThrow(() => checkVapid({ ...good, publicKey: null, privateKey: null }))
  })

  test('each broken setting fails with the name of its variable', ({ assert }) => {
    const other = createECDH('prime256v1')
    other.generateKeys()
    const cases: [Parameters<typeof checkVapid>[0], RegExp][] = [
      [{ ...good, privateKey: null }, /^VAPID_PRIVATE_KEY: missing/],
      [{ ...good, publicKey: null }, /^VAPID_PUBLIC_KEY: missing/],
      [{ ...good, publicKey: good.publicKey.slice(0, 40) }, /^VAPID_PUBLIC_KEY: not a P-256/],
      [{ ...good, publicKey: good.publicKey + '!' }, /^VAPID_PUBLIC_KEY: not a P-256/],
      [{ ...good, privateKey: good.privateKey.slice(2) }, /^VAPID_PRIVATE_KEY: not a P-256/],
      [{ ...good, privateKey: 'A'.repeat(43) }, /^VAPID_PRIVATE_KEY: not a valid P-256/],
      [
        { ...good, publicKey: other.getPublicKey('base64url') },
        /^VAPID_PUBLIC_KEY: does not belong/,
      ],
      [{ ...good, subject: 'support@example.com' }, /^VAPID_SUBJECT: not a mailto: or https:/],
      [{ ...good, subject: 'http://portal.example.com' }, /^VAPID_SUBJECT/],
    ]
    for (const [vapid, message] of cases) assert.throws(() => checkVapid(vapid), message)
  })
})
