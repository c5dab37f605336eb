/**
 * Stands in for `laravel-precognition` in the browser bundle (the alias in
 * vite.config.ts). Inertia's `useForm` imports it for `form.withPrecognition()`,
 * live validation against a Laravel server's Precognition endpoints, which
 * AdonisJS does not answer; the library cost every page, the login page
 * included, 4.3 KB of gzipped JavaScript.
 *
 * What Inertia calls outside `withPrecognition` behaves as the library does
 * (tests/unit/no_precognition.spec.ts compares them); `withPrecognition()`
 * fails with a message that says why.
 */
const UNSUPPORTED =
  'form.withPrecognition() is not available: the portal bundles no Precognition client ' +
  '(AdonisJS answers no Precognition requests). See inertia/no_precognition.ts.'

type Errors = Record<string, string | string[]>

/** Inertia's HTTP client settings pass the XSRF cookie and header names on to it. */
export const client = {
  withXsrfCookieName() {
    return client
  },
  withXsrfHeaderName() {
    return client
  },
}

/** The first message of each field, as Inertia shows them unless `withAllErrors` is on. */
export function toSimpleValidationErrors(errors: Errors): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([field, messages]) => [
      field,
      Array.isArray(messages) ? messages[0] : messages,
    ])
  )
}

/** A field's name, given as a name or as an input event. */
export function resolveName(name: string | { target: { name: string } }): string {
  return typeof name === 'string' ? name : name.target.name
}

export function createValidator(): never {
  throw new Error(UNSUPPORTED)
}
