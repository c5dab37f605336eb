import type { Page } from 'playwright'

/**
 * Chromium's virtual authenticator (CDP WebAuthn domain) on this page: a
 * platform authenticator with user verification, as a phone or laptop has.
 * It answers navigator.credentials like a real one, through the browser's
 * own code, so origin, RP ID and counter are what a person's would be.
 */
export async function addVirtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('WebAuthn.enable')
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  })
  return {
    credentials: async () =>
      (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials,
    /** The passkey is not on this device (another phone has it); the returned function brings it back. */
    async takeAway() {
      const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId })
      await cdp.send('WebAuthn.clearCredentials', { authenticatorId })
      return async () => {
        for (const credential of credentials)
          await cdp.send('WebAuthn.addCredential', { authenticatorId, credential })
      }
    },
  }
}
