import { createCipheriv, createSecretKey, hkdfSync, randomBytes, type KeyObject } from 'node:crypto'
import { MessageBuilder, type Secret } from '@adonisjs/core/helpers'
import { AES256GCM } from '@adonisjs/core/encryption/drivers/aes_256_gcm'

/** The framework's cipher text type: `id.cipher.iv.tag`. */
type CypherText = ReturnType<AES256GCM['encrypt']>

const IV_LENGTH = 12
const AUTH_TAG_LENGTH = 16

/**
 * The framework's AES-256-GCM driver, encrypting with a KeyObject key.
 * Shield encrypts a new XSRF-TOKEN cookie on every page, and Node 24 turns a
 * Buffer key into a key object on every `createCipheriv`: 2–3 % of a customer
 * page's CPU in the benchmark's profile. The output is the framework's
 * format (`id.v1:<cipher text>.<iv>.<tag>`, base64url), so the inherited
 * `decrypt` reads it, and values encrypted before (the TOTP secrets at rest)
 * stay readable: tests/unit/key_object_encryption.spec.ts proves both.
 */
export class KeyObjectAes256Gcm extends AES256GCM {
  #id: string
  #key: KeyObject

  constructor(config: { id: string; key: string | Secret<string> }) {
    super(config)
    this.#id = config.id
    // the key the framework's driver derives (its constructor, same inputs)
    const derived = hkdfSync(
      'sha256',
      this.cryptoKey,
      Buffer.alloc(0),
      Buffer.from(`aes-256-gcm:v1:${config.id}`),
      32
    )
    this.#key = createSecretKey(Buffer.from(derived))
  }

  encrypt(
    payload: any,
    expiresInOrOptions?: string | number | { expiresIn?: string | number; purpose?: string },
    purpose?: string
  ): CypherText {
    const options =
      typeof expiresInOrOptions === 'object' && expiresInOrOptions !== null
        ? expiresInOrOptions
        : { expiresIn: expiresInOrOptions, purpose }
    const iv = randomBytes(IV_LENGTH)
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv, { authTagLength: AUTH_TAG_LENGTH })
    if (options.purpose) {
      cipher.setAAD(Buffer.from(options.purpose), {
        plaintextLength: Buffer.byteLength(options.purpose),
      })
    }
    const plainText = new MessageBuilder().build(payload, options.expiresIn)
    const cipherText = Buffer.concat([cipher.update(plainText), cipher.final()])
    return this.computeReturns([
      this.#id,
      `v1:${cipherText.toString('base64url')}`,
      iv.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
    ]) as CypherText
  }
}

/** Like the framework's `drivers.aes256gcm({ keys, id })`, with the driver above. */
export function aes256gcmWithKeyObjects(config: { id: string; keys: (string | Secret<string>)[] }) {
  return {
    driver: (key: string | Secret<string>) => new KeyObjectAes256Gcm({ id: config.id, key }),
    keys: config.keys,
  }
}
