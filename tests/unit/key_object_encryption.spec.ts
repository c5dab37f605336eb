import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { AES256GCM } from '@adonisjs/core/encryption/drivers/aes_256_gcm'
import encryptionConfig, { encryptionKeys } from '#config/encryption'
import { KeyObjectAes256Gcm } from '#services/key_object_aes_gcm'

const KEY = 'a-key-of-at-least-32-characters-long!'
const values: unknown[] = ['JBSWY3DPEHPK3PXP', { token: 'abc', n: 1 }, [1, 2, 3], 7, true]

/** Issue 11: encryption with a KeyObject key, in the framework's format, readable both ways. */
test.group('KeyObjectAes256Gcm', () => {
  test('the framework driver reads what it encrypts, with and without a purpose', ({ assert }) => {
    const ours = new KeyObjectAes256Gcm({ id: 'gcm', key: KEY })
    const theirs = new AES256GCM({ id: 'gcm', key: KEY })
    for (const value of values) {
      assert.deepEqual(theirs.decrypt(ours.encrypt(value)), value)
      assert.deepEqual(theirs.decrypt(ours.encrypt(value, undefined, 'xsrf'), 'xsrf'), value)
      assert.deepEqual(theirs.decrypt(ours.encrypt(value, { purpose: 'totp' }), 'totp'), value)
      assert.isNull(theirs.decrypt(ours.encrypt(value, undefined, 'xsrf'), 'other'))
    }
  })

  test('reads what the framework driver encrypted (secrets stored before stay readable)', ({
    assert,
  }) => {
    const ours = new KeyObjectAes256Gcm({ id: 'gcm', key: KEY })
    const theirs = new AES256GCM({ id: 'gcm', key: KEY })
    for (const value of values) {
      assert.deepEqual(ours.decrypt(theirs.encrypt(value, undefined, 'totp'), 'totp'), value)
    }
  })

  test('a new IV each time, another key or id cannot read it, expiry holds', async ({ assert }) => {
    const ours = new KeyObjectAes256Gcm({ id: 'gcm', key: KEY })
    assert.notEqual(ours.encrypt('same'), ours.encrypt('same'))
    const encrypted = ours.encrypt('secret')
    assert.isNull(new AES256GCM({ id: 'gcm', key: `${KEY}-other` }).decrypt(encrypted))
    assert.isNull(new AES256GCM({ id: 'other', key: KEY }).decrypt(encrypted))
    const [id, cipherText, iv, tag] = encrypted.split('.')
    assert.isNull(ours.decrypt([id, `${cipherText.slice(0, -2)}AA`, iv, tag].join('.')))

    const shortLived = ours.encrypt('x', '1 second')
    assert.equal(ours.decrypt(shortLived), 'x')
    await new Promise((resolve) => setTimeout(resolve, 1100))
    assert.isNull(ours.decrypt(shortLived))
  })

  test('the app encrypts with it, and the framework driver with the app key reads the result', async ({
    assert,
  }) => {
    const config = await encryptionConfig.resolver(app)
    assert.instanceOf(config.list.gcm.driver(KEY), KeyObjectAes256Gcm)
    const encryption = await app.container.make('encryption')
    const reference = new AES256GCM({ id: 'gcm', key: encryptionKeys[0] })
    assert.equal(reference.decrypt(encryption.encrypt('stored', undefined, 'p'), 'p'), 'stored')
  })
})
