import { test } from '@japa/runner'
import { replyText } from '#plugins/tickets/services/mail_reply_text'
import ReplyAddress from '#plugins/tickets/services/reply_address'
import imapConfig from '#config/imap'

/**
 * Replies as mail programs write them (German and English): only the new
 * text above the quote and the signature may reach the ticket. Plugin tests
 * live in the functional suite (the unit suite only reads tests/unit/); these
 * need neither database nor HTTP.
 */
test.group('Tickets | replies by email: the new text of a reply', () => {
  test('Thunderbird, German: attribution line and "> " quote are cut, the signature too', ({
    assert,
  }) => {
    const text = [
      'Hallo zusammen,',
      '',
      'danke, jetzt geht es wieder.',
      '',
      'Viele Grüße',
      'Anna',
      '-- ',
      'Anna Kunde · Kunde GmbH',
      'Tel. 030 123456',
      '',
      'Am 06.12.26 um 10:02 schrieb Testportal:',
      '> Hallo Anna,',
      '> wir haben das Problem behoben.',
    ].join('\n')
    assert.equal(
      replyText(text),
      'Hallo zusammen,\n\ndanke, jetzt geht es wieder.\n\nViele Grüße\nAnna'
    )
  })

  test('Gmail, English: the "On … wrote:" line wrapped onto two lines', ({ assert }) => {
    const text = [
      'Thanks, that fixed it!',
      '',
      'On Sun, Dec 6, 2026 at 10:02 AM Testportal <support+t1-u2-0123456789abcdef@example.test>',
      'wrote:',
      '',
      '> Hi Anna,',
      '> we fixed the problem.',
    ].join('\r\n')
    assert.equal(replyText(text), 'Thanks, that fixed it!')
  })

  test('Gmail, German: "Am So., 6. Dez. 2026 um 10:02 Uhr schrieb … <…>:"', ({ assert }) => {
    const text =
      'Passt, danke!\n\nAm So., 6. Dez. 2026 um 10:02 Uhr schrieb Testportal <\nsupport@example.test>:\n\n> Hallo'
    assert.equal(replyText(text), 'Passt, danke!')
  })

  test('Apple Mail, German: "Am 06.12.2026 um 10:02 schrieb …:" and a mobile signature', ({
    assert,
  }) => {
    const text = [
      'Ich schicke das Dokument morgen.',
      '',
      'Von meinem iPhone gesendet',
      '',
      '> Am 06.12.2026 um 10:02 schrieb Testportal <support@example.test>:',
      '> ',
      '> Hallo Anna',
    ].join('\n')
    assert.equal(replyText(text), 'Ich schicke das Dokument morgen.')
  })

  test('Outlook, German: a "Von: / Gesendet: / An: / Betreff:" header block', ({ assert }) => {
    const text = [
      'Guten Tag,',
      '',
      'anbei die Rechnung.',
      '',
      'Mit freundlichen Grüßen',
      'Max Mustermann',
      '',
      '________________________________',
      'Von: Testportal <support@example.test>',
      'Gesendet: Sonntag, 6. Dezember 2026 10:02',
      'An: Max Mustermann <max@kunde.test>',
      'Betreff: [T-2026-0001] Neue Antwort',
      '',
      'Hallo Max, …',
    ].join('\r\n')
    assert.equal(
      replyText(text),
      'Guten Tag,\n\nanbei die Rechnung.\n\nMit freundlichen Grüßen\nMax Mustermann'
    )
  })

  test('Outlook, without the rule: the header block alone, and "-----Original Message-----"', ({
    assert,
  }) => {
    assert.equal(
      replyText(
        'Done.\n\nFrom: Testportal <support@example.test>\nSent: Sunday, December 6, 2026 10:02 AM\nTo: Max\nSubject: Re: hi\n\nHello'
      ),
      'Done.'
    )
    assert.equal(
      replyText('Erledigt.\n\n-----Ursprüngliche Nachricht-----\nVon: Testportal\nHallo'),
      'Erledigt.'
    )
    assert.equal(replyText('Done.\n-----Original Message-----\nFrom: x'), 'Done.')
  })

  test('text that merely mentions "Von:" or "am" is kept; nothing but a quote is empty', ({
    assert,
  }) => {
    const kept = 'Von: unserer Seite alles erledigt.\nAm Montag bin ich wieder da.'
    assert.equal(replyText(kept), kept)
    assert.equal(replyText('\n\n> nur Zitat\n> mehr Zitat\n'), '')
    assert.equal(replyText('-- \nSignatur'), '')
  })

  test('an HTML mail as text: inline image placeholders go, its <hr> starts the history', ({
    assert,
  }) => {
    const text = [
      'Guten Tag,',
      '',
      'geht wieder. [cid:image001.png@01DB] [image: logo.png]',
      '',
      '-'.repeat(80),
      'Von: Testportal',
      'Hallo',
    ].join('\n')
    assert.equal(replyText(text), 'Guten Tag,\n\ngeht wieder.')
  })

  test('control characters are removed, blank lines collapsed', ({ assert }) => {
    assert.equal(replyText('A\u0000B\u200b\n\n\n\nC  \n'), 'AB\n\nC')
  })
})

test.group('Tickets | replies by email: the signed reply address', (group) => {
  const previous = imapConfig.enabled
  group.setup(() => {
    imapConfig.enabled = true
    return () => {
      imapConfig.enabled = previous
    }
  })

  test('names ticket and person, and only its own signature is accepted', ({ assert }) => {
    const address = ReplyAddress.for(42, 7)!
    assert.match(address, /^support\+t42-u7-[0-9a-f]{16}@example\.test$/)
    assert.deepEqual(ReplyAddress.check([address]), { valid: true, ticketId: 42, userId: 7 })
    // Mail programs may change the case of an address.
    assert.deepEqual(ReplyAddress.check(['someone@else.test', address.toUpperCase()]), {
      valid: true,
      ticketId: 42,
      userId: 7,
    })

    const signature = address.split('-').at(-1)!.split('@')[0]
    const otherTicket = address.replace('+t42-', '+t43-')
    const otherPerson = address.replace('-u7-', '-u8-')
    const flipped = address.replace(
      signature,
      signature.slice(0, -1) + (signature.endsWith('0') ? '1' : '0')
    )
    const short = address.replace(signature, signature.slice(0, 8))
    for (const forged of [otherTicket, otherPerson, flipped, short]) {
      assert.deepEqual(ReplyAddress.check([forged]), { valid: false, reason: 'bad_signature' })
    }
    assert.deepEqual(ReplyAddress.check(['support@example.test']), {
      valid: false,
      reason: 'missing',
    })
    assert.deepEqual(ReplyAddress.check(['support+t42-u7-abc@elsewhere.test']), {
      valid: false,
      reason: 'missing',
    })
    assert.deepEqual(ReplyAddress.check([]), { valid: false, reason: 'missing' })
  })

  test('no reply address at all while replies by email are off', ({ assert }) => {
    imapConfig.enabled = false
    assert.isNull(ReplyAddress.for(42, 7))
    imapConfig.enabled = true
  })
})
