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
