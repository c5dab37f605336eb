import { test } from '@japa/runner'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import portalConfig from '#config/portal'
import MagicLinkMail from '#mails/magic_link_mail'
import HttpClient from '#tests/helpers/http_client'

/** The configuration the tests change (read on every use by the portal). */
const branding = portalConfig.branding as { logoPath: string | null; color: string }

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#0a7"/></svg>'

/** The magic-link mail's HTML as it goes out. */
async function magicLinkHtml() {
  const message = new MagicLinkMail(
    { email: 'a@kunde.test', name: 'Anna' },
    'token',
    'de',
    new Date()
  )
  await message.build()
  await message.message.computeContents()
  return String(message.message.toObject().message.html)
}

test.group('Branding | the agency logo and colour', (group) => {
  let folder: string
  group.each.setup(async () => {
    folder = await mkdtemp(join(tmpdir(), 'portal-logo-'))
    const configured = { ...branding }
    return async () => {
      Object.assign(branding, configured)
      await rm(folder, { recursive: true, force: true })
    }
  })

  test('without PORTAL_LOGO: the name, no logo address, and /branding/logo is the 404 page', async ({
    assert,
  }) => {
    branding.logoPath = null
    const visitor = new HttpClient()
    const login = await visitor.visit('/login')
    assert.isNull(login.props.portal.logoUrl)
    const logo = await visitor.request('GET', '/branding/logo')
    assert.equal(logo.status, 404)
    assert.equal(((await logo.json()) as { component: string }).component, 'errors/not_found')
    const html = await magicLinkHtml()
    assert.notInclude(html, '<img')
    assert.include(html, portalConfig.name)
  })

  test('with PORTAL_LOGO: served without login (script-free), on every page and at the top of the mails', async ({
    assert,
  }) => {
    const path = join(folder, 'logo.svg')
    await writeFile(path, SVG)
    branding.logoPath = path
    const visitor = new HttpClient()
    assert.equal((await visitor.visit('/login')).props.portal.logoUrl, '/branding/logo')

    const logo = await visitor.request('GET', '/branding/logo', { inertia: false })
    assert.equal(logo.status, 200)
    assert.equal(logo.headers.get('content-type'), 'image/svg+xml')
    assert.include(logo.headers.get('content-security-policy') ?? '', "default-src 'none'")
    assert.equal(await logo.text(), SVG)

    const html = await magicLinkHtml()
    assert.include(html, `<img src="${portalConfig.url}/branding/logo" alt="${portalConfig.name}"`)
  })

  test('the theme colour paints the pages and the mails’ buttons alike', async ({ assert }) => {
    branding.color = '#0a7d55'
    const page = await new HttpClient().request('GET', '/login', { inertia: false })
    assert.include(await page.text(), '--accent: #0a7d55')
    assert.include(await magicLinkHtml(), 'background:#0a7d55')
  })
})
