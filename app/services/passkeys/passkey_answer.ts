import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server'

/**
 * The browser's answer (navigator.credentials.create/get as JSON), sent as
 * one form field. Anything that is not shaped like one is no answer at all;
 * the signature checks come later.
 */
function parse(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text)
    if (typeof value !== 'object' || value === null) return null
    const answer = value as Record<string, unknown>
    const fine =
      typeof answer.id === 'string' &&
      typeof answer.rawId === 'string' &&
      answer.type === 'public-key' &&
      typeof answer.response === 'object' &&
      answer.response !== null
    return fine ? answer : null
  } catch {
    return null
  }
}

export function parseRegistrationAnswer(text: string) {
  const answer = parse(text)
  const response = answer?.response as Record<string, unknown> | undefined
  if (!answer || typeof response?.attestationObject !== 'string') return null
  return answer as unknown as RegistrationResponseJSON
}

export function parseAuthenticationAnswer(text: string) {
  const answer = parse(text)
  const response = answer?.response as Record<string, unknown> | undefined
  if (!answer || typeof response?.signature !== 'string') return null
  return answer as unknown as AuthenticationResponseJSON
}
