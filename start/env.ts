/*
|--------------------------------------------------------------------------
| Environment variables
|--------------------------------------------------------------------------
| Validated at boot: an invalid or missing required variable stops start-up
| with a message naming it. Everything but APP_KEY has a default so that a
| fresh clone runs with nothing installed (embedded PostgreSQL, mail caught
| locally). Real servers are used as soon as DB_HOST / SMTP_HOST are set.
*/
import { Env } from '@adonisjs/core/env'

/** An optional `#rrggbb` colour (manifest, theme-color meta, offline page); anything else stops start-up. */
function hexColor(name: string, value?: string) {
  if (value === undefined || value === '') return undefined
  if (!/^#[0-9a-f]{6}$/i.test(value))
    throw new Error(`${name} must be a colour like #1d4ed8, got "${value}"`)
  return value.toLowerCase()
}

/** An optional duration like "24h", "90m" or "30s"; anything else stops start-up. */
function duration(name: string, value?: string) {
  if (value === undefined || value === '') return undefined
  if (!/^\d+\s*(s|m|h|d)$/.test(value))
    throw new Error(`${name} must be a duration like 24h, 90m or 30s, got "${value}"`)
  return value.replace(/\s+/g, '')
}

export default await Env.create(new URL('../', import.meta.url), {
  NODE_ENV: Env.schema.enum.optional(['development', 'production', 'test'] as const),
  PORT: Env.schema.number.optional(),
  HOST: Env.schema.string.optional({ format: 'host' }),
  APP_URL: Env.schema.string.optional({ format: 'url', tld: false }),
  APP_KEY: Env.schema.secret({
    message:
      'APP_KEY is required: a random string of at least 32 characters (node ace generate:key)',
  }),
  TRUSTED_PROXIES: Env.schema.string.optional(),
  LOG_LEVEL: Env.schema.enum.optional([
    'fatal',
    'error',
    'warn',
    'info',
    'debug',
    'trace',
    'silent',
  ] as const),

  /* The portal as the customer sees it */
  PORTAL_NAME: Env.schema.string.optional(),
  /** the agency's logo (SVG, PNG, JPG or WebP), a path on the server; shown in the header, login and mails */
  PORTAL_LOGO: Env.schema.string.optional(),
  SUPPORT_EMAIL: Env.schema.string.optional({ format: 'email' }),
  LOGIN_REVEAL_UNKNOWN: Env.schema.boolean.optional(),

  /* The installable app (config/pwa.ts): home-screen name and colours */
  PORTAL_SHORT_NAME: Env.schema.string.optional(),
  PORTAL_THEME_COLOR: hexColor,
  PORTAL_BACKGROUND_COLOR: hexColor,

  /* PostgreSQL; without DB_HOST an embedded PostgreSQL (PGlite) is started */
  DB_HOST: Env.schema.string.optional({ format: 'host' }),
  DB_PORT: Env.schema.number.optional(),
  DB_USER: Env.schema.string.optional(),
  DB_PASSWORD: Env.schema.string.optional(),
  DB_DATABASE: Env.schema.string.optional(),
  /* prepared statements on the server (default true); false behind a pooler that cannot keep them */
  DB_PREPARED_STATEMENTS: Env.schema.boolean.optional(),
  EMBEDDED_DB_PORT: Env.schema.number.optional(),
  EMBEDDED_DB_DIR: Env.schema.string.optional(),

  /* SMTP; without SMTP_HOST mail is caught locally (console + /dev/mails) */
  SMTP_HOST: Env.schema.string.optional({ format: 'host' }),
  SMTP_PORT: Env.schema.number.optional(),
  SMTP_USERNAME: Env.schema.string.optional(),
  SMTP_PASSWORD: Env.schema.string.optional(),
  SMTP_SECURE: Env.schema.boolean.optional(),
  MAIL_FROM: Env.schema.string.optional({ format: 'email' }),

  /* Files: local disk (storage/) or any S3-compatible store */
  DRIVE_DISK: Env.schema.enum.optional(['fs', 's3'] as const),
  S3_ACCESS_KEY_ID: Env.schema.string.optional(),
  S3_SECRET_ACCESS_KEY: Env.schema.string.optional(),
  S3_REGION: Env.schema.string.optional(),
  S3_BUCKET: Env.schema.string.optional(),
  S3_ENDPOINT: Env.schema.string.optional({ format: 'url', tld: false }),

  /* Rate limits: "database" (default, shared by all instances) or "memory" */
  LIMITER_STORE: Env.schema.enum.optional(['database', 'memory'] as const),

  /* Background jobs (config/queue.ts): where they wait, who runs them */
  QUEUE_DRIVER: Env.schema.enum.optional(['database', 'redis'] as const),
  QUEUE_WORKER: Env.schema.enum.optional(['web', 'separate'] as const),
  REDIS_HOST: Env.schema.string.optional({ format: 'host' }),
  REDIS_PORT: Env.schema.number.optional(),
  REDIS_PASSWORD: Env.schema.string.optional(),
  REDIS_DB: Env.schema.number.optional(),

  /* Mail delivery: how long a mail is retried before staff see it as failed (e.g. 24h, 90m) */
  MAIL_GIVE_UP_AFTER: duration,

  /* Push notifications (config/push.ts, docs/push.md): off unless both keys are set */
  VAPID_PUBLIC_KEY: Env.schema.string.optional(),
  VAPID_PRIVATE_KEY: Env.schema.string.optional(),
  VAPID_SUBJECT: Env.schema.string.optional(),
  /** tests only: accept push endpoints on this machine over http in production too */
  PUSH_ALLOW_LOCAL_ENDPOINTS: Env.schema.boolean.optional(),
  /** more push service hosts than the browsers' own (comma-separated, `*.` for subdomains) */
  PUSH_ALLOWED_HOSTS: Env.schema.string.optional(),

  /* Replies by email (config/imap.ts, docs/mail-replies.md): off without IMAP_HOST */
  IMAP_HOST: Env.schema.string.optional({ format: 'host' }),
  IMAP_PORT: Env.schema.number.optional(),
  IMAP_USER: Env.schema.string.optional(),
  IMAP_PASSWORD: Env.schema.string.optional(),
  IMAP_SECURE: Env.schema.boolean.optional(),
  IMAP_MAILBOX: Env.schema.string.optional(),
  IMAP_POLL_EVERY: duration,
  /** the address replies go to when it is not SUPPORT_EMAIL's mailbox */
  SUPPORT_REPLY_ADDRESS: Env.schema.string.optional({ format: 'email' }),
})
