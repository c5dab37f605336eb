import {
  createHash,
  createSign,
  generateKeyPairSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto'
import { isoCBOR } from '@simplewebauthn/server/helpers'

/**
 * A software passkey for functional tests: it answers the portal's WebAuthn
 * options the way a real authenticator does (attestation "none", ES256,
 * authenticator data with RP ID hash, flags and signature counter), with
 * knobs to answer wrongly (another origin, a stale counter). The browser
 * tests use Chromium's own virtual authenticator instead.
 */
export class SoftAuthenticator {
  readonly credentialId = randomBytes(32)
  counter = 0
  #key: KeyObject
  #publicJwk: { x: string; y: string }

  /** `countsUp: false`: always counter 0, as many synced passkeys do. */
  constructor(
    private origin: string,
    private options: { countsUp?: boolean } = {}
  ) {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    this.#key = privateKey
    const jwk = publicKey.export({ format: 'jwk' })
    this.#publicJwk = { x: jwk.x!, y: jwk.y! }
  }

  get id() {
    return this.credentialId.toString('base64url')
  }

  /** navigator.credentials.create() as JSON, for options from /account/passkeys/options. */
  register(
    options: { challenge: string; rp: { id: string } },
    overrides: { origin?: string } = {}
  ) {
    const clientData = this.#clientData('webauthn.create', options.challenge, overrides.origin)
    const cose = new Map<number, number | Uint8Array>([
      [1, 2], // kty: EC2
      [3, -7], // alg: ES256
      [-1, 1], // crv: P-256
      [-2, Buffer.from(this.#publicJwk.x, 'base64url')],
      [-3, Buffer.from(this.#publicJwk.y, 'base64url')],
    ])
    const idLength = Buffer.alloc(2)
    idLength.writeUInt16BE(this.credentialId.length)
    const attested = Buffer.concat([
      Buffer.alloc(16), // AAGUID: none
      idLength,
      this.credentialId,
      Buffer.from(isoCBOR.encode(cose)),
    ])
    // Flags: user present (0x01), user verified (0x04), attested credential data (0x40).
    const authData = this.#authData(options.rp.id, 0x45, attested)
    const attestationObject = isoCBOR.encode(
      new Map<string, unknown>([
        ['fmt', 'none'],
        ['attStmt', new Map()],
        ['authData', authData],
      ]) as never
    )
    return JSON.stringify({
      id: this.id,
      rawId: this.id,
      type: 'public-key',
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
      response: {
        clientDataJSON: clientData.toString('base64url'),
        attestationObject: Buffer.from(attestationObject).toString('base64url'),
        transports: ['internal'],
      },
    })
  }

  /** navigator.credentials.get() as JSON, for options from /login/passkey/options; counts up like a real one. */
  authenticate(
    options: { challenge: string; rpId: string },
    overrides: { origin?: string; counter?: number } = {}
  ) {
    const next = this.options.countsUp === false ? 0 : this.counter + 1
    this.counter = overrides.counter ?? next
    const clientData = this.#clientData('webauthn.get', options.challenge, overrides.origin)
    const authData = this.#authData(options.rpId, 0x05)
    const signer = createSign('SHA256')
    signer.update(Buffer.concat([authData, createHash('sha256').update(clientData).digest()]))
    const signature = signer.sign(this.#key)
    return JSON.stringify({
      id: this.id,
      rawId: this.id,
      type: 'public-key',
      clientExtensionResults: {},
      response: {
        clientDataJSON: clientData.toString('base64url'),
        authenticatorData: authData.toString('base64url'),
        signature: signature.toString('base64url'),
      },
    })
  }

  #clientData(type: string, challenge: string, origin = this.origin) {
    return Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }))
  }

  #authData(rpId: string, flags: number, attested = Buffer.alloc(0)) {
    const counter = Buffer.alloc(4)
    counter.writeUInt32BE(this.counter)
    return Buffer.concat([
      createHash('sha256').update(rpId).digest(),
      Buffer.from([flags]),
      counter,
      attested,
    ])
  }
}
