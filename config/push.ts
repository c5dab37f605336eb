import env from '#start/env'

const publicKey = env.get('VAPID_PUBLIC_KEY') || null
const privateKey = env.get('VAPID_PRIVATE_KEY') || null

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
    subject:
      env.get('VAPID_SUBJECT') || `mailto:${env.get('SUPPORT_EMAIL', 'support@example.com')}`,
  },
  /**
   * Push services are public HTTPS servers, and in production nothing else
   * is accepted. Development and tests use a push endpoint on this machine
   * over http; the production build's browser test sets this to do the same.
   */
  allowLocalEndpoints: env.get('PUSH_ALLOW_LOCAL_ENDPOINTS', false),
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
} as const

export default pushConfig
