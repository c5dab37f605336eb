import { generateRegistrationOptions, verifyRegistrationResponse } from '@simplewebauthn/server'
import type { HttpContext } from '@adonisjs/core/http'
import Passkey from '#models/passkey'
import type User from '#models/user'
import PasskeyChallenge from '#services/passkeys/passkey_challenge'
import { PASSKEY_ALGORITHMS, relyingParty } from '#services/passkeys/relying_party'
import { parseRegistrationAnswer } from '#services/passkeys/passkey_answer'

/** Transports are the browser's hints, as it sent them: only the names WebAuthn knows are kept. */
const TRANSPORTS = new Set(['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb'])
function knownTransports(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item) => TRANSPORTS.has(item)) : []
}

export type RegistrationRefusal = 'expired' | 'invalid' | 'duplicate'

/**
 * Adding a passkey: the options for navigator.credentials.create() (the
 * user's existing passkeys excluded, so one authenticator is not added
 * twice), then the check of the browser's answer against the challenge,
 * the origin and the RP ID of APP_URL.
 */
export default class PasskeyRegistration {
  static async options(session: HttpContext['session'], user: User) {
    const existing = await Passkey.query()
      .where('user_id', user.id)
      .select('credential_id', 'transports')
    const rp = relyingParty()
    const options = await generateRegistrationOptions({
      rpName: rp.name,
      rpID: rp.id,
      userName: user.email,
      userDisplayName: user.name ?? user.email,
      // A stable handle: the same authenticator keeps one entry for this account.
      userID: new TextEncoder().encode(`portal-user-${user.id}`),
      attestationType: 'none',
      excludeCredentials: existing.map((passkey) => ({
        id: passkey.credentialId,
        transports: passkey.transports,
      })),
      authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
      supportedAlgorithmIDs: PASSKEY_ALGORITHMS,
    })
    PasskeyChallenge.remember(session, 'register', options.challenge)
    return options
  }

  /** The new passkey, or why it was refused. */
  static async verify(
    session: HttpContext['session'],
    user: User,
    answerText: string,
    name: string
  ): Promise<Passkey | RegistrationRefusal> {
    const challenge = PasskeyChallenge.take(session, 'register')
    if (!challenge) return 'expired'
    const answer = parseRegistrationAnswer(answerText)
    if (!answer) return 'invalid'

    const rp = relyingParty()
    const verification = await verifyRegistrationResponse({
      response: answer,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: false,
      supportedAlgorithmIDs: PASSKEY_ALGORITHMS,
    }).catch(() => null)
    if (!verification?.verified) return 'invalid'

    const { credential, credentialDeviceType, credentialBackedUp } = verification.registrationInfo
    // The spec caps credential ids at 1023 bytes; the library does not check.
    if (Buffer.from(credential.id, 'base64url').length > 1023) return 'invalid'
    if (await Passkey.findBy('credential_id', credential.id)) return 'duplicate'
    try {
      return await Passkey.create({
        userId: user.id,
        credentialId: credential.id,
        publicKey: Buffer.from(credential.publicKey),
        counter: credential.counter,
        transports: knownTransports(credential.transports),
        name,
        deviceType: credentialDeviceType,
        backedUp: credentialBackedUp,
      })
    } catch (error) {
      // The same authenticator sent twice at once: the unique index decides.
      if ((error as { code?: string }).code === '23505') return 'duplicate'
      throw error
    }
  }
}
