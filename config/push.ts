import { createECDH } from 'node:crypto'
import env from '#start/env'

const publicKey = env.get('VAPID_PUBLIC_KEY') || null
const privateKey = env.get('VAPID_PRIVATE_KEY') || null
const subject =
  env.get('VAPID_SUBJECT') || `mailto:${env.get('SUPPORT_EMAIL', 'support@example.com')}`

/**
 * A broken VAPID setting would make every notification fail quietly (or push
 * be off without a word), so the portal does not start with one: the error
 * names the variable. Both keys or neither; base64url, 65 and 32 bytes, one
 * pair; the subject a mailto: or https: URL.
 */
export function checkVapid(vapid: {
  publicKey: string | null
  privateKey: string | null
  subject: string
}) {
  const fail = (variable: string, problem: string) => {
    throw new Error(
      `${variable}: ${problem} (docs/push.md; a new pair: node bin/prepare_env.js on a fresh clone, or npx web-push generate-vapid-keys)`
    )
  }
  if (!vapid.publicKey && !vapid.privateKey) return
  if (!vapid.privateKey) fail('VAPID_PRIVATE_KEY', 'missing while VAPID_PUBLIC_KEY is set')
  if (!vapid.publicKey) fail('VAPID_PUBLIC_KEY', 'missing while VAPID_PRIVATE_KEY is set')
  const base64url = /^[\w-]+$/
  const publicBytes = Buffer.from(vapid.publicKey!, 'base64url')
  if (!base64url.test(vapid.publicKey!) || publicBytes.length !== 65 || publicBytes[0] !== 4)
    fail('VAPID_PUBLIC_KEY', 'not a P-256 public key (65 bytes, base64url)')
  const privateBytes = Buffer.from(vapid.privateKey!, 'base64url')
  if (!base64url.test(vapid.privateKey!) || privateBytes.length !== 32)
    fail('VAPID_PRIVATE_KEY', 'not a P-256 private key (32 bytes, base64url)')
  let derived: Buffer | null = null
  try {
    const ecdh = createECDH('prime256v1')
    ecdh.setPrivateKey(privateBytes)
    derived = ecdh.getPublicKey()
  } catch {
    fail('VAPID_PRIVATE_KEY', 'not a valid P-256 private key')
  }
  if (!derived!.equals(publicBytes))
    fail('VAPID_PUBLIC_KEY', 'does not belong to VAPID_PRIVATE_KEY (not one pair)')
  let url: URL | null = null
  try {
    url = new URL(vapid.subject)
  } catch {}
  if (!url || !['mailto:', 'https:'].includes(url.protocol))
    fail('VAPID_SUBJECT', `not a mailto: or https: URL: ${vapid.subject}`)
}

checkVapid({ publicKey, privateKey, subject })

/**
 * The push services of the browsers (Chrome/Android, Firefox, Safari, Edge):
 * in production the portal posts to these only, over HTTPS on port 443.
 * `*.` stands for any subdomain. PUSH_ALLOWED_HOSTS adds more (comma-separated).
 */
const PUSH_SERVICES = [
  'fcm.googleapis.com',
  '*.push.services.mozilla.com',
  '*.push.apple.com',
  '*.notify.windows.com',
]

/**
 * Push notifications to the installed app (docs/push.md). The VAPID key pair
 * identifies this portal to the browsers' push services; `npm run dev`
 * writes one into a new .env and `node ace push:keys` prints a fresh one.
 * Without both keys push is off: the account page says it is not set up and
 * nothing is queued.
 */
const pushConfig = {
  enabled: Boolean(publicKey && privateKey),
  vapid: {
    publicKey,
    privateKey,
    /** how a push service can reach the operator (a mailto: or https: URL) */
    subject,
  },
  /** the hosts push endpoints may have in production (see PUSH_SERVICES) */
  allowedHosts: [
    ...PUSH_SERVICES,
    ...(env.get('PUSH_ALLOWED_HOSTS') ?? '')
      .split(',')
      .map((host) => host.trim().toLowerCase())
      .filter(Boolean),
  ],
  /**
   * Push services are the hosts above, and in production nothing else is
   * accepted. Development and tests use a push endpoint on this machine over
   * http; the production build's browser test sets PUSH_ALLOW_LOCAL_ENDPOINTS
   * to do the same. Never on a server.
   */
  allowLocalEndpoints:
    env.get('NODE_ENV') !== 'production' || env.get('PUSH_ALLOW_LOCAL_ENDPOINTS', false),
  /** seconds a push service keeps a notification for an offline device */
  ttlSeconds: 24 * 60 * 60,
  /** ms to wait for a push service's answer before the try counts as failed */
  timeoutMs: 10_000,
  /**
   * Tries before an undelivered notification is dropped: with the job's
   * backoff (2 s doubling, then every 15 min) about a day.
   */
  maxAttempts: 100,
  /** subscriptions a user may have (one per device and browser) */
  maxPerUser: 20,
}

export default pushConfig
