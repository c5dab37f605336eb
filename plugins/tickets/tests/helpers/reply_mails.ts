import MailComposer from 'nodemailer/lib/mail-composer/index.js'
import type Mail from 'nodemailer/lib/mailer/index.js'

/** A real 1×1 PNG. */
export const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201ffa3e6c5700000000049454e44ae426082',
  'hex'
)

/** Builds the raw bytes of a mail (headers, MIME parts, base64 attachments) like a mail program sends. */
export function buildMail(options: Mail.Options & { headers?: Record<string, string> }) {
  return new MailComposer(options).compile().build()
}

let counter = 0
function messageId(domain: string) {
  counter++
  return `<${Date.now()}.${counter}.${Math.random().toString(36).slice(2)}@${domain}>`
}

/**
 * A reply as Thunderbird writes it (German): the new text, a "-- "
 * signature, the attribution line and the quoted ticket mail, In-Reply-To
 * and References, optionally files.
 */
export function thunderbirdReply(options: {
  from: string
  to: string
  subject: string
  text: string
  inReplyTo?: string
  attachments?: Mail.Attachment[]
  messageId?: string
}) {
  return buildMail({
    from: options.from,
    to: options.to,
    subject: `Re: ${options.subject}`,
    messageId: options.messageId ?? messageId('kunde.test'),
    inReplyTo: options.inReplyTo,
    references: options.inReplyTo ? [options.inReplyTo] : undefined,
    headers: { 'User-Agent': 'Mozilla Thunderbird' },
    text: [
      options.text,
      '',
      '-- ',
      'Anna Kunde',
      'Kunde GmbH · Tel. 030 123456',
      '',
      'Am 06.12.26 um 10:02 schrieb Testportal:',
      '> Hallo,',
      '> wir haben dir im Ticket geantwortet.',
      '>',
      '> Du kannst direkt auf diese E-Mail antworten: Deine Antwort erscheint im Ticket.',
    ].join('\n'),
    attachments: options.attachments,
  })
}

/**
 * A reply as Outlook on the web sends it: HTML only (no text part), with a
 * style block, an inline logo, a script someone pasted, and the history
 * below Outlook's divider.
 */
export function outlookHtmlReply(options: {
  from: string
  to: string
  subject: string
  html: string
}) {
  return buildMail({
    from: options.from,
    to: options.to,
    subject: `AW: ${options.subject}`,
    messageId: messageId('outlook.test'),
    headers: { 'X-Mailer': 'Microsoft Outlook 16.0' },
    html: `<html><head><style>p { color: red }</style></head><body>
<div>${options.html}</div>
<script>alert('xss')</script>
<img src="cid:logo@outlook">
<div id="divRplyFwdMsg"><hr>
<p><b>Von:</b> Testportal &lt;support@example.test&gt;<br>
<b>Gesendet:</b> Sonntag, 6. Dezember 2026 10:02<br>
<b>An:</b> Kunde<br>
<b>Betreff:</b> Neue Antwort</p></div>
<p>Hallo, wir haben dir geantwortet.</p>
</body></html>`,
    attachments: [
      { filename: 'image001.png', content: PNG, cid: 'logo@outlook', contentType: 'image/png' },
    ],
  })
}
