import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto'
import env from '#start/env'
import portalConfig from '#config/portal'
import { imapEnabled } from '#plugin_kit/imap'

/** Hex characters of the signature: 64 bits, plenty against guessing, short enough to read. */
const SIGNATURE_LENGTH = 16

let key: KeyObject | undefined

/** Derived from APP_KEY for this one purpose, so the signature reveals nothing else. */
function signingKey() {
  key ??= createSecretKey(
    createHmac('sha256', env.get('APP_KEY').release()).update('tickets.reply-address').digest()
  )
  return key
}

function signature(ticketId: number, userId: number) {
  return createHmac('sha256', signingKey())
    .update(`${ticketId}:${userId}`)
    .digest('hex')
    .slice(0, SIGNATURE_LENGTH)
}

/** The mailbox replies go to: SUPPORT_REPLY_ADDRESS, else SUPPORT_EMAIL. */
export function replyMailbox() {
  return env.get('SUPPORT_REPLY_ADDRESS') ?? portalConfig.supportEmail
}

const PLUS_PART = /^t(\d{1,10})-u(\d{1,10})-([0-9a-f]+)$/i

export type ReplyAddressCheck =
  | { valid: true; ticketId: number; userId: number }
  | { valid: false; reason: 'missing' | 'bad_signature' }

/**
 * The address a ticket's mails to one person carry as Reply-To:
 * support+t<ticket>-u<user>-<signature>@domain. The signature (an HMAC
 * with a key from APP_KEY) means nobody can write into a ticket by making
 * up an address: a reply is only posted when the address was one the
 * portal handed out, to that person, for that ticket.
 */
export default class ReplyAddress {
  /** null when replies by email are off (no IMAP configured): then mails carry no Reply-To. */
  static for(ticketId: number, userId: number): string | null {
    if (!imapEnabled()) return null
    const [local, domain] = splitAddress(replyMailbox())
    return `${local}+t${ticketId}-u${userId}-${signature(ticketId, userId)}@${domain}`
  }

  /**
   * Which ticket and person a recipient address names, if it is one of
   * ours and its signature is right (compared in constant time).
   */
  static check(addresses: string[]): ReplyAddressCheck {
    const [mailboxLocal, mailboxDomain] = splitAddress(replyMailbox()).map((part) =>
      part.toLowerCase()
    )
    let sawOurs = false
    for (const address of addresses) {
      const [local, domain] = splitAddress(address.trim())
      if (!domain || domain.toLowerCase() !== mailboxDomain) continue
      const plus = local.indexOf('+')
      if (plus === -1 || local.slice(0, plus).toLowerCase() !== mailboxLocal) continue
      const match = PLUS_PART.exec(local.slice(plus + 1))
      if (!match) {
        sawOurs = true
        continue
      }
      sawOurs = true
      const ticketId = Number(match[1])
      const userId = Number(match[2])
      const given = Buffer.from(match[3].toLowerCase())
      const expected = Buffer.from(signature(ticketId, userId))
      if (given.length === expected.length && timingSafeEqual(given, expected)) {
        return { valid: true, ticketId, userId }
      }
    }
    return { valid: false, reason: sawOurs ? 'bad_signature' : 'missing' }
  }
}

function splitAddress(address: string): [string, string] {
  const at = address.lastIndexOf('@')
  return at === -1 ? [address, ''] : [address.slice(0, at), address.slice(at + 1)]
}
