import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/** The same value with every NUL character removed from its strings, however deep. */
export function withoutNulBytes<Value>(value: Value): Value {
  if (typeof value === 'string')
    return (value.includes('\u0000') ? value.replaceAll('\u0000', '') : value) as Value
  if (Array.isArray(value)) return value.map((item) => withoutNulBytes(item)) as Value
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, withoutNulBytes(item)])
    ) as Value
  }
  return value
}

/**
 * PostgreSQL refuses the NUL character in text and JSON, so a "%00" in a
 * search box or a form would end in a 500. No person types it; it is removed
 * from the query string and the body before any route sees them (multipart
 * fields: see uploads_middleware.ts).
 */
export default class StripNulBytesMiddleware {
  async handle({ request }: HttpContext, next: NextFn) {
    request.updateQs(withoutNulBytes(request.qs()))
    request.updateBody(withoutNulBytes(request.body()))
    return next()
  }
}
