import env from '#start/env'

/**
 * The mailbox the portal reads (IMAP), for plugins that take mail in
 * (replies by email: docs/mail-replies.md). Off without IMAP_HOST. A plain object on purpose: whoever reads it reads
 * it when connecting, so tests can point it at their own server.
 */
const imapConfig = {
  enabled: Boolean(env.get('IMAP_HOST')),
  host: env.get('IMAP_HOST', '127.0.0.1'),
  /** 993 with TLS from the start (IMAP_SECURE, the default), 143 with STARTTLS */
  secure: env.get('IMAP_SECURE', true),
  port: env.get('IMAP_PORT') ?? (env.get('IMAP_SECURE', true) ? 993 : 143),
  user: env.get('IMAP_USER', ''),
  password: env.get('IMAP_PASSWORD', ''),
  mailbox: env.get('IMAP_MAILBOX', 'INBOX'),
  /** how often the mailbox is read, e.g. "1m" */
  pollEvery: env.get('IMAP_POLL_EVERY', '1m'),
  /** an unreachable or silent server is given up after this long (the next run tries again) */
  timeoutMs: 20_000,
}

export type ImapConfig = typeof imapConfig

export default imapConfig
