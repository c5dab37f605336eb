import portalConfig from '#config/portal'

/**
 * WebAuthn's relying party is the portal's own address (APP_URL): a passkey
 * is bound to its host name (the RP ID), and answers are accepted only when
 * the browser says they came from its origin. Passkeys need a secure context:
 * https, or http://localhost in development.
 */
export function relyingParty() {
  const url = new URL(portalConfig.url)
  return { id: url.hostname, origin: url.origin, name: portalConfig.name }
}

/**
 * The signature algorithms a passkey may use: EdDSA, ES256 and RS256, which
 * every authenticator offers. Named here rather than left to the library,
 * whose default probes post-quantum support with Web Crypto's experimental
 * `supports()`, and Node prints a warning line into the JSON logs for that.
 */
export const PASSKEY_ALGORITHMS = [-8, -7, -257]
