import { generateAuthenticationOptions, verifyAuthenticationResponse } from '@simplewebauthn/server'
import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
import Passkey from '#models/passkey'
import type User from '#models/user'
import PasskeyChallenge from '#services/passkeys/passkey_challenge'
import { relyingParty } from '#services/passkeys/relying_party'
import { parseAuthenticationAnswer } from '#services/passkeys/passkey_answer'

/**
 * Confirming a login with a passkey instead of the TOTP code: the options
 * for navigator.credentials.get() name only this user's passkeys; the answer
 * must sign this session's challenge, come from the portal's origin and
 * RP ID, and carry a signature counter above the stored one (a lower one
 * means a copied authenticator or a replayed answer).
 */
export default class PasskeyAuthentication {
  static async options(session: HttpContext['session'], user: User) {
    const passkeys = await Passkey.query()
      .where('user_id', user.id)
      .select('credential_id', 'transports')
    const options = await generateAuthenticationOptions({
      rpID: relyingParty().id,
      allowCredentials: passkeys.map((passkey) => ({
        id: passkey.credentialId,
        transports: passkey.transports,
      })),
      userVerification: 'preferred',
    })
    PasskeyChallenge.remember(session, 'login', options.challenge)
    return options
  }

  /** The passkey that signed, now marked as used; null for any answer that does not let the user in. */
  static async verify(session: HttpContext['session'], user: User, answerText: string) {
    const challenge = PasskeyChallenge.take(session, 'login')
    const answer = parseAuthenticationAnswer(answerText)
    if (!challenge || !answer) return null

    const passkey = await Passkey.query()
      .where('user_id', user.id)
      .where('credential_id', answer.id)
      .first()
    if (!passkey) return null

    const rp = relyingParty()
    const verification = await verifyAuthenticationResponse({
      response: answer,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      credential: {
        id: passkey.credentialId,
        publicKey: new Uint8Array(passkey.publicKey),
        counter: passkey.counter,
        transports: passkey.transports,
      },
      requireUserVerification: false,
    }).catch(() => null)
    if (!verification?.verified) return null

    // Conditional, so two requests with the same answer cannot both pass the
    // counter check (authenticators that always report 0 rely on the challenge).
    const { newCounter } = verification.authenticationInfo
    const updated = await db
      .from('passkeys')
      .where('id', passkey.id)
      .where((query) => query.where('counter', '<', newCounter).orWhere('counter', 0))
      .update({ counter: newCounter, last_used_at: new Date() })
    if (Number(updated) === 0) return null
    await passkey.refresh()
    return passkey
  }
}
