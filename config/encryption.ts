import env from '#start/env'
import { defineConfig } from '@adonisjs/core/encryption'
import { aes256gcmWithKeyObjects } from '#services/key_object_aes_gcm'

/**
 * The keys, newest first: the cookies' signatures use them too
 * (app/services/key_object_verifier.ts, installed by the portal provider).
 */
export const encryptionKeys = [env.get('APP_KEY').release()]

/**
 * AES-256-GCM with the app key (the framework's driver and format, encrypting
 * with a KeyObject key: app/services/key_object_aes_gcm.ts). Encrypts the TOTP secrets at rest and the
 * cookies; losing or changing APP_KEY makes every enrolled TOTP unusable.
 */
const encryptionConfig = defineConfig({
  default: 'gcm',
  list: {
    gcm: aes256gcmWithKeyObjects({ keys: encryptionKeys, id: 'gcm' }),
  },
})

export default encryptionConfig

declare module '@adonisjs/core/types' {
  export interface EncryptorsList extends InferEncryptors<typeof encryptionConfig> {}
}
