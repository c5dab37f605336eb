import type { AddressInfo } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { SMTPServer } from 'smtp-server'
import { simpleParser, type ParsedMail } from 'mailparser'

/** A mail as the SMTP server received it: envelope plus parsed message. */
export interface ReceivedMail {
  envelope: { from: string | null; to: string[] }
  parsed: ParsedMail
}

export interface SmtpServerOptions {
  /** a fixed port (to bring a server back where the portal expects it); a free one by default */
  port?: number
  /** recipients answered with "550 mailbox unavailable" (a permanent refusal) */
  refuse?: (address: string) => boolean
  /** a slow server: each message is acknowledged only after this long */
  delayMs?: number
}

/**
 * A real SMTP server on 127.0.0.1 that keeps every message it receives,
 * parsed. No TLS, no auth: it only listens on loopback. `stop()` takes it
 * away (connections are refused) and `start()` brings it back on the same
 * port, for outages.
 */
export async function startSmtpServer(options: SmtpServerOptions = {}) {
  const received: ReceivedMail[] = []
  const failures: unknown[] = []
  let server: SMTPServer | null = null
  let port = options.port ?? 0

  const listen = async () => {
    server = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      authOptional: true,
      logger: false,
      onRcptTo(address, _session, callback) {
        if (options.refuse?.(address.address)) {
          return callback(Object.assign(new Error('mailbox unavailable'), { responseCode: 550 }))
        }
        callback()
      },
      onData(stream, session, callback) {
        simpleParser(stream)
          .then(async (parsed) => {
            if (options.delayMs) await sleep(options.delayMs)
            const mailFrom = session.envelope.mailFrom
            received.push({
              envelope: {
                from: mailFrom ? mailFrom.address : null,
                to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
              },
              parsed,
            })
            callback()
          })
          .catch((error: Error) => {
            failures.push(error)
            callback(error)
          })
      },
    })
    const current = server
    await new Promise<void>((resolve, reject) => {
      current.server.once('error', reject)
      current.listen(port, '127.0.0.1', () => resolve())
    })
    port = (current.server.address() as AddressInfo).port
  }

  const stop = async () => {
    const current = server
    server = null
    if (current) await new Promise<void>((resolve) => current.close(() => resolve()))
  }

  await listen()

  return {
    get port() {
      return port
    },
    received,
    failures,
    /** Mails to this address, oldest first. */
    to(address: string) {
      return received.filter((mail) => mail.envelope.to.includes(address))
    },
    /** Waits until `count` mails reached this address (default 1), at most `timeoutMs`. */
    async waitFor(address: string, { count = 1, timeoutMs = 10_000 } = {}) {
      for (const started = Date.now(); Date.now() - started < timeoutMs; await sleep(50)) {
        if (this.to(address).length >= count) return this.to(address)
      }
      throw new Error(
        `${count} mail(s) to ${address} expected within ${timeoutMs} ms, got ${this.to(address).length}`
      )
    },
    /** Waits for a mail to this address whose subject matches, at most `timeoutMs`. */
    async waitForSubject(address: string, subject: RegExp, timeoutMs = 10_000) {
      for (const started = Date.now(); Date.now() - started < timeoutMs; await sleep(50)) {
        const found = this.to(address).find((mail) => subject.test(mail.parsed.subject ?? ''))
        if (found) return found
      }
      const subjects = this.to(address).map((mail) => mail.parsed.subject)
      throw new Error(
        `no mail to ${address} with a subject like ${subject} within ${timeoutMs} ms (got: ${subjects.join(' | ')})`
      )
    },
    start: listen,
    /** How long accepting each mail takes from now on (a slow mail server). */
    setDelay(ms: number) {
      options.delayMs = ms
    },
    /** Brings the server back if a test that stopped it ended early. */
    async ensureStarted() {
      if (!server) await listen()
    },
    stop,
    close: stop,
  }
}

export type TestSmtpServer = Awaited<ReturnType<typeof startSmtpServer>>

/** The magic link in a mail's text, as a URL. */
export function magicLinkIn(mail: ReceivedMail) {
  const link = /https?:\/\/\S+\/login\/link\/[^\s"<>]+/.exec(mail.parsed.text ?? '')?.[0]
  if (!link) throw new Error(`no magic link in "${mail.parsed.subject}"`)
  return new URL(link)
}

/** The HTML of a parsed mail (mailparser gives `false` when there is none). */
export function htmlOf(message: ParsedMail) {
  return typeof message.html === 'string' ? message.html : ''
}
