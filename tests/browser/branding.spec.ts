import { test } from '@japa/runner'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import portalConfig from '#config/portal'
import { picture } from '#tests/helpers/screenshots'

const branding = portalConfig.branding as { logoPath: string | null; color: string }
const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" rx="6" fill="#0a7d55"/><text x="60" y="26" font-size="16" text-anchor="middle" fill="#fff" font-family="sans-serif">bitloft</text></svg>'

test.group('Browser | the agency brand on the login card', (group) => {
  group.each.setup(async () => {
    const folder = await mkdtemp(join(tmpdir(), 'portal-brand-'))
    const configured = { ...branding }
    await writeFile(join(folder, 'logo.svg'), LOGO)
    branding.logoPath = join(folder, 'logo.svg')
    branding.color = '#0a7d55'
    return async () => {
      Object.assign(branding, configured)
      await rm(folder, { recursive: true, force: true })
    }
  })

  test('a phone shows the logo above the name and the button in the agency colour', async ({
    browser,
    assert,
  }) => {
    const context = await browser.newContext({
      locale: 'de-DE',
      baseURL: `http://${process.env.HOST}:${process.env.PORT}`,
      viewport: { width: 390, height: 844 },
      isMobile: true,
    })
    const page = await context.newPage()
    await page.goto('/login')
    const logo = page.locator('.auth__brand img')
    await logo.waitFor()
    assert.equal(await logo.getAttribute('src'), '/branding/logo')
    await page.waitForLoadState('load')
    // Runs in the page: the strings keep the DOM types out of the server's compile.
    const loadedWidth = await page.evaluate(
      `document.querySelector('.auth__brand img').naturalWidth`
    )
    assert.isAbove(loadedWidth as number, 0, 'the logo loaded')
    await page.getByRole('button', { name: 'Weiter' }).waitFor()
    const buttonColour = await page.evaluate(
      `getComputedStyle(document.querySelector('main button[type=submit]')).backgroundColor`
    )
    assert.equal(buttonColour, 'rgb(10, 125, 85)')
    await picture(page, 'login-branded-390')
    await context.close()
  })
})
