import { ImapFlow } from 'imapflow'
import imapConfig from '#config/imap'

function isLoopback(host: string) {
  return host === 'localhost' || host === '::1' || host.startsWith('127.')
}

/**
 * Whether the portal reads a mailbox (IMAP_HOST is set); a plugin's mail
 * features (a Reply-To address, a fetch job) stay off otherwise.
 */
export function imapEnabled() {
  return imapConfig.enabled
}

/** How often the mailbox should be read (IMAP_POLL_EVERY, default "1m"). */
export function imapPollEvery() {
  return imapConfig.pollEvery
}

/** The configured mailbox's name (IMAP_MAILBOX, default INBOX). */
export function imapMailbox() {
  return imapConfig.mailbox
}

/**
 * Connects to the configured IMAP server (config/imap.ts) and runs `work`
 * with the client; logs out (or drops the connection) afterwards, whatever
 * happened. Connection errors and timeouts are thrown to the caller.
 *
 * @example
 * await withImapClient(async (client) => {
 *   const lock = await client.getMailboxLock(imapMailbox())
 *   try { ... } finally { lock.release() }
 * })
 */
export async function withImapClient<T>(work: (client: ImapFlow) => Promise<T>): Promise<T> {
  const client = new ImapFlow({
    host: imapConfig.host,
    port: imapConfig.port,
    secure: imapConfig.secure,
    // Without TLS from the start the password must still not cross the network in clear text:
    // STARTTLS is required, except on loopback (a server on the same machine).
    doSTARTTLS: imapConfig.secure || isLoopback(imapConfig.host) ? undefined : true,
    auth: { user: imapConfig.user, pass: imapConfig.password },
    logger: false,
    connectionTimeout: imapConfig.timeoutMs,
    greetingTimeout: imapConfig.timeoutMs,
    socketTimeout: imapConfig.timeoutMs * 3,
  })
  // An error event without a listener would crash the process; the awaited calls report it.
  client.on('error', () => {})
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.logout().catch(() => client.close())
  }
}
