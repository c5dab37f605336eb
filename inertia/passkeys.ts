/**
 * The browser side of passkeys: ask the portal for the options, then open
 * the browser's passkey dialog. @simplewebauthn/browser is loaded only when
 * someone presses the button, so the login pages stay small.
 */
import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser'

export type PasskeyOutcome =
  { answer: string } | { error: 'cancelled' | 'duplicate' | 'failed' | 'restart' }

export function browserHasPasskeys() {
  return typeof window !== 'undefined' && typeof window.PublicKeyCredential === 'function'
}

/** The options as JSON; a redirect means the login (or session) is over and the page must say why. */
async function fetchOptions<Options>(url: string): Promise<Options | 'failed' | 'restart'> {
  const response = await fetch(url, {
    headers: { Accept: 'application/json' },
    credentials: 'same-origin',
    redirect: 'manual',
  }).catch(() => null)
  if (!response) return 'failed'
  if (response.type === 'opaqueredirect' || response.status === 401) return 'restart'
  if (!response.ok) return 'failed'
  return ((await response.json().catch(() => null)) as Options | null) ?? 'failed'
}

/** The dialog was closed, timed out, or the authenticator said no: the person can simply try again. */
function outcomeOfError(error: unknown): PasskeyOutcome {
  const code = (error as { code?: string; name?: string } | null)?.code
  const name = (error as { name?: string } | null)?.name
  if (code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED') return { error: 'duplicate' }
  if (code === 'ERROR_CEREMONY_ABORTED' || name === 'NotAllowedError' || name === 'AbortError')
    return { error: 'cancelled' }
  return { error: 'failed' }
}

export async function createPasskey(optionsUrl: string): Promise<PasskeyOutcome> {
  const options = await fetchOptions<PublicKeyCredentialCreationOptionsJSON>(optionsUrl)
  if (typeof options === 'string') return { error: options }
  const { startRegistration } = await import('@simplewebauthn/browser')
  try {
    return { answer: JSON.stringify(await startRegistration({ optionsJSON: options })) }
  } catch (error) {
    return outcomeOfError(error)
  }
}

export async function usePasskey(optionsUrl: string): Promise<PasskeyOutcome> {
  const options = await fetchOptions<PublicKeyCredentialRequestOptionsJSON>(optionsUrl)
  if (typeof options === 'string') return { error: options }
  const { startAuthentication } = await import('@simplewebauthn/browser')
  try {
    return { answer: JSON.stringify(await startAuthentication({ optionsJSON: options })) }
  } catch (error) {
    return outcomeOfError(error)
  }
}
