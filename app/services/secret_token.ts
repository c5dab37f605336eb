import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * High-entropy secrets handed to a browser (magic-link tokens, device
 * secrets). 32 random bytes = 256 bits; the database keeps only SHA-256, which
 * is enough for secrets this long (no dictionary to try).
 */
export function createSecretToken(bytes = 32) {
  return randomBytes(bytes).toString('base64url')
}

export function sha256Hex(value: string) {
  return createHash('sha256').update(value).digest('hex')
}

/** Constant-time comparison of two hex digests. */
export function hexDigestsMatch(a: string, b: string) {
  const left = Buffer.from(a, 'hex')
  const right = Buffer.from(b, 'hex')
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right)
}
