import { defineConfig, drivers } from '@adonisjs/core/hash'

/**
 * No passwords exist in the portal; the hasher is here because the framework
 * expects one. Login secrets (magic-link tokens, device secrets) are
 * high-entropy and stored as SHA-256 instead (see app/services/secret_token.ts).
 */
const hashConfig = defineConfig({
  default: 'scrypt',
  list: {
    scrypt: drivers.scrypt({ cost: 16384, blockSize: 8, parallelization: 1, maxMemory: 33554432 }),
  },
})

export default hashConfig

declare module '@adonisjs/core/types' {
  export interface HashersList extends InferHashers<typeof hashConfig> {}
}
