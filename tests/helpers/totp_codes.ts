import { generateSync } from 'otplib'

/**
 * The pieces of a login a client outside the app needs (no app services
 * imported): the benchmark and the production suite use them against a
 * separate process.
 */

/** The code an authenticator app shows for this secret at this moment. */
export function currentCode(secret: string, offsetSteps = 0) {
  return generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSteps * 30 })
}

/** The token at the end of a magic link's path. */
export function tokenFromPath(path: string) {
  return decodeURIComponent(path.split('/').at(-1)!)
}
