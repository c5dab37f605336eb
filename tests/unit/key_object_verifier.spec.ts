import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { MessageVerifier } from '@boringnode/encryption/message_verifier'
import { KeyObjectMessageVerifier } from '#services/key_object_verifier'

const KEY = 'a-key-of-at-least-32-characters-long!'
const OLD_KEY = 'the-previous-key-of-32-characters-or-more'

const values: unknown[] = [
  'm1xq8z3hk0r6t2v9',
  { userId: 7, flash: { success: 'Gespeichert ✓' } },
  [1, 'zwei', null],
  42,
  true,
]

/** Issue 11: signed cookies with KeyObject keys, in the format the framework's verifier reads and writes. */
test.group('KeyObjectMessageVerifier', () => {
  test('signs exactly like the framework verifier, with and without a purpose', ({ assert }) => {
    const ours = new KeyObjectMessageVerifier([KEY])
    const theirs = new MessageVerifier([KEY])
    for (const value of values) {
      assert.equal(ours.sign(value), theirs.sign(value))
      assert.equal(
        ours.sign(value, undefined, 'adonis-session'),
        theirs.sign(value, undefined, 'adonis-session')
      )
    }
  })

  test('each reads what the other signed', ({ assert }) => {
    const ours = new KeyObjectMessageVerifier([KEY])
    const theirs = new MessageVerifier([KEY])
    for (const value of values) {
      assert.deepEqual(ours.unsign(theirs.sign(value, undefined, 'cookie'), 'cookie'), value)
      assert.deepEqual(theirs.unsign(ours.sign(value, undefined, 'cookie'), 'cookie'), value)
    }
  })

  test('refuses a changed value, a changed signature, another key, another purpose, an expired value', async ({
    assert,
  }) => {
    const ours = new KeyObjectMessageVerifier([KEY])
    const signed = ours.sign('session-id', undefined, 'adonis-session')
    const [encoded, signature] = signed.split('.')
    const forged = Buffer.from(
      Buffer.from(encoded, 'base64url').toString().replace('session-id', 'session-xx')
    )
    assert.isNull(ours.unsign(`${forged.toString('base64url')}.${signature}`, 'adonis-session'))
    assert.isNull(ours.unsign(`${encoded}.${signature.slice(0, -1)}A`, 'adonis-session'))
    assert.isNull(ours.unsign(`${encoded}.${signature}x`, 'adonis-session'))
    assert.isNull(ours.unsign(`${encoded}=.${signature}`, 'adonis-session'))
    assert.isNull(new KeyObjectMessageVerifier([OLD_KEY]).unsign(signed, 'adonis-session'))
    assert.isNull(ours.unsign(signed, 'another-purpose'))
    assert.isNull(ours.unsign(signed))
    for (const junk of [undefined, 42, '', '.', 'a.b.c', 'no-dot']) assert.isNull(ours.unsign(junk))

    const shortLived = ours.sign('x', '1 second', 'p')
    assert.equal(ours.unsign(shortLived, 'p'), 'x')
    await new Promise((resolve) => setTimeout(resolve, 1100))
    assert.isNull(ours.unsign(shortLived, 'p'))
  })

  test('a value signed with an older key is still read while that key is listed', ({ assert }) => {
    const before = new KeyObjectMessageVerifier([OLD_KEY])
    const after = new KeyObjectMessageVerifier([KEY, OLD_KEY])
    assert.equal(after.unsign(before.sign('kept', undefined, 'p'), 'p'), 'kept')
    assert.equal(
      new MessageVerifier([OLD_KEY]).unsign(after.sign('new', undefined, 'p'), 'p'),
      null
    )
  })

  test('refuses keys shorter than 16 characters, and no key at all', ({ assert }) => {
    assert.throws(() => new KeyObjectMessageVerifier(['short']))
    assert.throws(() => new KeyObjectMessageVerifier([]))
  })

  test('the app signs its cookies with it', async ({ assert }) => {
    const encryption = await app.container.make('encryption')
    assert.instanceOf(encryption.getMessageVerifier(), KeyObjectMessageVerifier)
  })
})
