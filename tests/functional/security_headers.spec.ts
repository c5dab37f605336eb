import { test } from '@japa/runner'
import { readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import HttpClient from '#tests/helpers/http_client'
import { customerClient } from '#tests/helpers/plugin_testing'

test.group('Security headers', () => {
  test('pages forbid framing and sniffing and restrict scripts to this origin', async ({
    assert,
  }) => {
    const response = await new HttpClient().request('GET', '/login', { inertia: false })
    assert.equal(response.status, 200)
    const csp = response.headers.get('content-security-policy') ?? ''
    assert.include(csp, "frame-ancestors 'none'")
    assert.include(csp, "default-src 'self'")
    assert.match(csp, /script-src 'self'/)
    assert.equal(response.headers.get('x-frame-options'), 'DENY')
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff')
  })

  test('the login page is a real German HTML page carrying the Inertia page', async ({
    assert,
  }) => {
    const response = await new HttpClient().request('GET', '/login', { inertia: false })
    const html = await response.text()
    assert.match(html, /<html lang="de"[\s>]/)
    assert.include(html, 'data-page')
    assert.match(html, /"component":"auth\\?\/login"/)
  })

  test('unknown URLs get the friendly 404 page', async ({ assert }) => {
    const page = await new HttpClient().request('GET', '/gibt-es-nicht')
    assert.equal(page.status, 404)
    const body = (await page.json()) as { component: string }
    assert.equal(body.component, 'errors/not_found')
  })
})

test.group('Uploads', () => {
  test('a multipart body sent to a route that takes no uploads is not parsed (no temp files from anonymous requests)', async ({
    assert,
  }) => {
    const http = new HttpClient()
    await http.primeCsrf()
    const form = new FormData()
    form.append('email', 'anna@kunde.de')
    form.append('file', new Blob([new Uint8Array(1024 * 1024)]), 'big.bin')
    const response = await http.request('POST', '/login', { body: form })
    const page = await http.visit(response.headers.get('location')!)
    assert.equal(
      page.props.errors.email,
      'Bitte fülle dieses Feld aus.',
      'the body was not read at all'
    )
  })

  test('upload routes read files only after login and role checks, and leave no temp files behind', async ({
    assert,
  }) => {
    const leftovers = async () =>
      (await readdir(tmpdir())).filter((name) => name.startsWith('portal-upload-'))
    const before = await leftovers()
    // The core's test plugin (tests/fixtures/plugins/test_fixture) declares POST / as an upload route, customer and admin.
    const upload = (name = 'big.pdf', bytes = 512 * 1024) => {
      const form = new FormData()
      form.append('title', 'Mit Datei')
      form.append('file', new Blob([new Uint8Array(bytes)]), name)
      return form
    }

    const anonymous = new HttpClient()
    await anonymous.primeCsrf()
    const asAnonymous = await anonymous.request('POST', '/admin/test_fixture', { body: upload() })
    assert.equal(asAnonymous.status, 302)
    const { http: customer } = await customerClient('Upload GmbH')
    assert.equal(
      (await customer.request('POST', '/admin/test_fixture', { body: upload() })).status,
      404
    )

    // A declared customer upload route, with a file validation refuses: read, then cleaned up.
    await customer.visit('/dashboard')
    const refused = await customer.request('POST', '/test_fixture', {
      body: upload('programm.exe', 1024),
    })
    assert.equal(refused.status, 302)
    const page = await customer.visit(refused.headers.get('location')!)
    assert.match(page.props.errors.file, /Dateityp/, 'the file was read and refused')
    assert.deepEqual(await leftovers(), before)
  })

  test('a body over the 52 MB limit goes back to the form with a message and leaves no temp files', async ({
    assert,
  }) => {
    const leftovers = async () =>
      (await readdir(tmpdir())).filter((name) => name.startsWith('portal-upload-'))
    const before = await leftovers()
    const { http } = await customerClient('Gross GmbH')
    await http.visit('/account')
    const form = new FormData()
    form.append('title', 'Zu groß')
    form.append('file', new Blob([new Uint8Array(40 * 1024 * 1024)]), 'eins.pdf')
    form.append('file', new Blob([new Uint8Array(20 * 1024 * 1024)]), 'zwei.pdf')
    const response = await http.request('POST', '/test_fixture', { body: form })
    assert.equal(response.status, 302)
    const page = await http.visit(response.headers.get('location')!)
    assert.equal(page.component, 'account/show', 'back on the page the form was on')
    assert.include(page.props.flash.error, 'zu groß')
    assert.deepEqual(await leftovers(), before)
  })
})
