import app from '@adonisjs/core/services/app'
import { configProvider } from '@adonisjs/core'
import { SessionCollection } from '@adonisjs/session'
import type { ResolvedSessionConfig } from '@adonisjs/session/types'

/** Session key: the trusted device a session logged in with (set by completeLogin). */
export const SESSION_DEVICE_KEY = 'trustedDeviceId'

let resolvedConfig: ResolvedSessionConfig | undefined

/**
 * Ending a user's sessions from elsewhere (a 2FA reset, a revoked device).
 * completeLogin tags every session with the user id; deleting the row is
 * enough: the browser's next request finds no session and meets the login.
 */
export default class UserSessions {
  /** Every session of the user; returns how many ended. */
  static async endAll(userId: number) {
    const collection = await this.#collection()
    const sessions = await collection.tagged(String(userId))
    for (const session of sessions) await collection.destroy(session.id)
    return sessions.length
  }

  /** The sessions that logged in with this trusted device; returns how many ended. */
  static async endOnDevice(userId: number, deviceId: number) {
    const collection = await this.#collection()
    const sessions = await collection.tagged(String(userId))
    const onDevice = sessions.filter(
      (session) => Number(session.data[SESSION_DEVICE_KEY]) === deviceId
    )
    for (const session of onDevice) await collection.destroy(session.id)
    return onDevice.length
  }

  /**
   * A collection of its own each time rather than the container's singleton:
   * the singleton keeps the database client it was made with, and the store
   * should use the connection as it is now (in tests: the test's transaction).
   */
  static async #collection() {
    resolvedConfig ??=
      (await configProvider.resolve<ResolvedSessionConfig>(app, app.config.get('session'))) ??
      undefined
    if (!resolvedConfig) throw new Error('config/session.ts must use defineConfig')
    return new SessionCollection(resolvedConfig)
  }
}
