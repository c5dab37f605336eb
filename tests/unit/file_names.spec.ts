import { test } from '@japa/runner'
import i18nManager from '@adonisjs/i18n/services/main'
import { contentDisposition, safeFileName } from '#plugin_kit/file_names'
import PortalMessagesProvider from '#validators/portal_messages_provider'

test.group('File names from uploads', () => {
  test('only the base name is kept, whatever separators came with it', ({ assert }) => {
    assert.equal(safeFileName('../../../etc/passwd.txt'), 'passwd.txt')
    assert.equal(safeFileName('..\\..\\windows\\win.ini'), 'win.ini')
    assert.equal(safeFileName('C:\\Users\\Karl\\Rechnung März.pdf'), 'Rechnung März.pdf')
  })

  test('control and direction characters, leading dots and spaces go; letters of every script stay', ({
    assert,
  }) => {
    assert.equal(safeFileName('.htaccess'), 'htaccess')
    assert.equal(safeFileName('  ..versteckt.txt'), 'versteckt.txt')
    assert.equal(safeFileName('zeile\r\numbruch\u0000.txt'), 'zeileumbruch.txt')
    assert.equal(safeFileName('bild\u202egnp.exe'), 'bildgnp.exe')
    assert.equal(safeFileName('Übersicht – Straße 東京.pdf'), 'Übersicht – Straße 東京.pdf')
    assert.equal(safeFileName('Cafe\u0301.txt'), 'Café.txt', 'NFC')
  })

  test('nothing left gives the fallback; long names keep their extension', ({ assert }) => {
    assert.equal(safeFileName('../'), 'datei')
    assert.equal(safeFileName(undefined, 'anhang'), 'anhang')
    const long = safeFileName(`${'ä'.repeat(300)}.pdf`)
    assert.lengthOf([...long], 120)
    assert.isTrue(long.endsWith('.pdf'))
  })

  test('Content-Disposition carries the cleaned name, as ASCII and exactly', ({ assert }) => {
    assert.equal(
      contentDisposition('../../Übersicht "März".pdf'),
      `attachment; filename="Ubersicht _Marz_.pdf"; filename*=UTF-8''%C3%9Cbersicht%20%22M%C3%A4rz%22.pdf`
    )
    assert.match(contentDisposition('a.pdf', 'inline'), /^inline; filename="a\.pdf"/)
  })

  test('allowed file types are listed for people, not as an array', ({ assert }) => {
    const provider = new PortalMessagesProvider(i18nManager.locale('de'))
    const message = provider.getMessage(
      '',
      'file.extname',
      { wildCardPath: 'file', name: 'file' } as never,
      {
        extnames: ['png', 'jpg', 'pdf'],
      }
    )
    assert.equal(message, 'Dieser Dateityp ist nicht erlaubt (erlaubt: PNG, JPG und PDF).')
  })
})
