import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import portalConfig from '#config/portal'
import HttpClient from '#tests/helpers/http_client'

test.group('PWA | web app manifest', () => {
  test('is public JSON from configuration, in the visitor’s language, and starts no session', async ({
    assert,
  }) => {
    const [{ total: before }] = await db.from('sessions').count('* as total')
    const http = new HttpClient()
    const response = await http.request('GET', '/manifest.webmanifest', { inertia: false })
    assert.equal(response.status, 200)
    assert.match(response.headers.get('content-type') ?? '', /^application\/manifest\+json/)
    assert.deepEqual(response.headers.getSetCookie(), [], 'no session or XSRF cookie')
    const manifest = (await response.json()) as Record<string, any>
    assert.equal(manifest.display, 'standalone')
    assert.equal(manifest.start_url, '/')
    assert.equal(manifest.scope, '/')
    assert.equal(manifest.name, portalConfig.name)
    assert.includeMembers(
      manifest.icons.map(
        (icon: { sizes: string; purpose?: string }) => `${icon.sizes} ${icon.purpose ?? 'any'}`
      ),
      ['192x192 any', '512x512 any', '192x192 maskable', '512x512 maskable']
    )
    const [{ total: after }] = await db.from('sessions').count('* as total')
    assert.equal(Number(after), Number(before))

    const english = await http.request('GET', '/manifest.webmanifest?lang=en', { inertia: false })
    assert.equal(((await english.json()) as { lang: string }).lang, 'en')
    assert.equal(
      (await http.request('POST', '/manifest.webmanifest', { inertia: false, csrf: false })).status,
      404
    )
  })
})
