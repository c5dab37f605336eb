import { readdir, readFile } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'
import { chromium } from 'playwright'
import { chromiumArgs, chromiumPath } from '#tests/helpers/chromium'
import { viewports, type ExtraCheck, type Viewport } from '#tests/helpers/page_sweep'

/*
| The portal as it runs once installed on a phone (issue 14): Chromium's app
| window (`--app`), which is the real `display-mode: standalone` (no address
| bar, no back or reload button), on a phone with a notch and a home
| indicator (the safe areas `env(safe-area-inset-*)` reports under
| `viewport-fit=cover`), in any language.
*/

const baseURL = `http://${process.env.HOST}:${process.env.PORT}`

/** An iPhone 14/15: 47 px status bar with the notch, 34 px home indicator. */
export const phoneWithNotch: Viewport = {
  name: '390x844',
  width: 390,
  height: 844,
  safeArea: { top: 47, right: 0, bottom: 34, left: 0 },
}

/** The sweep's viewports, the 390 px phone with its notch and home indicator. */
export const installedViewports: readonly Viewport[] = viewports.map((viewport) =>
  viewport.width === phoneWithNotch.width ? phoneWithNotch : viewport
)

/**
 * Opens the portal as an installed app at `path` (in a browser of its own:
 * an app window is a launch flag). Close the returned context.
 */
export async function openInstalledApp(path: string, locale: string) {
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath,
    args: [...chromiumArgs, `--app=${baseURL}${path}`],
    locale,
    baseURL,
    viewport: { width: viewports[0].width, height: viewports[0].height },
  })
  const page = context.pages()[0] ?? (await context.waitForEvent('page'))
  await page.waitForLoadState()
  return { context, page }
}

/** Runs as the installed app does, and offers no installation (it is installed). */
export const displayModeCheck: ExtraCheck = {
  name: 'display-mode',
  async run(page) {
    const found: string[] = []
    if (!(await page.evaluate(`matchMedia('(display-mode: standalone)').matches`)))
      found.push('not in the standalone display mode')
    if (await page.locator('.pwa-install').count()) found.push('offers to install the app')
    return found
  },
}

/**
 * Nothing to read or tap under the notch, the rounded corners or the home
 * indicator: at the top of the page (status bar and sides) and at its end
 * (home indicator), and never in a fixed bar. Backgrounds may reach the
 * edges; text, images and controls may not.
 */
const safeAreaScript = (inset: { top: number; right: number; bottom: number; left: number }) => `
(async () => {
  const inset = ${JSON.stringify(inset)}
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
  const content = () => [...document.body.querySelectorAll('*')].filter((el) => {
    // Not rendered: hidden, or inside a closed <details>.
    if (!el.checkVisibility({ visibilityProperty: true }) || el.closest('[aria-hidden="true"]:not(img)')) return false
    if (el.matches('.skip-link:not(:focus), .sr-only')) return false
    const box = el.getBoundingClientRect()
    if (box.width < 1 || box.height < 1) return false
    const ownText = [...el.childNodes].some((node) => node.nodeType === 3 && node.textContent.trim())
    return ownText || el.matches('a[href], button, input, select, textarea, img, svg, summary')
  })
  const describe = (el) => {
    const text = (el.innerText || el.getAttribute('aria-label') || el.tagName).trim().replace(/\\s+/g, ' ')
    return el.tagName.toLowerCase() + ' "' + text.slice(0, 40) + '"'
  }
  const under = (fixedOnly) => {
    const found = []
    for (const el of content()) {
      const fixed = ['fixed', 'sticky'].includes(getComputedStyle(el).position) || el.closest('dialog[open]')
      if (fixedOnly && !fixed) continue
      const box = el.getBoundingClientRect()
      const where = []
      if (!fixedOnly && box.top < inset.top && box.bottom > 0 && scrollY === 0) where.push('the status bar')
      if (box.left < inset.left) where.push('the left edge')
      if (box.right > innerWidth - inset.right) where.push('the right edge')
      if (box.bottom > innerHeight - inset.bottom && box.top < innerHeight && (fixed || scrollY + innerHeight >= document.documentElement.scrollHeight - 1)) where.push('the home indicator')
      if (where.length) found.push(describe(el) + ' under ' + where.join(' and '))
    }
    return found
  }
  const found = new Set()
  scrollTo(0, 0); await frame()
  for (const line of under(false)) found.add(line)
  scrollTo(0, document.documentElement.scrollHeight); await frame()
  for (const line of under(false)) found.add(line)
  scrollTo(0, 0); await frame()
  return [...found]
})()`

export const safeAreaCheck: ExtraCheck = {
  name: 'safe-area',
  async run(page, viewport) {
    if (!viewport.safeArea) return []
    return (await page.evaluate(safeAreaScript(viewport.safeArea))) as string[]
  },
}

/** The German and English catalogues of the core and of every plugin, key by key. */
async function catalogues() {
  const folders = [app.makePath('resources/lang')]
  for (const plugin of await readdir(app.makePath('plugins')))
    folders.push(app.makePath('plugins', plugin, 'resources/lang'))
  const read = async (folder: string, locale: string) => {
    const messages: Record<string, string> = {}
    const files = await readdir(`${folder}/${locale}`).catch(() => [] as string[])
    for (const file of files.filter((name) => name.endsWith('.json')))
      Object.assign(messages, JSON.parse(await readFile(`${folder}/${locale}/${file}`, 'utf8')))
    return messages
  }
  const german: string[] = []
  const english: string[] = []
  for (const folder of folders) {
    german.push(...Object.values(await read(folder, 'de')))
    english.push(...Object.values(await read(folder, 'en')))
  }
  return { german, english }
}

/**
 * The pieces of German messages that no English message contains (the text
 * between placeholders, at least two words): finding one on an English page
 * means a message that was not translated, or a German text outside the
 * catalogues that happens to repeat one.
 */
export async function germanOnlyPhrases() {
  const { german, english } = await catalogues()
  const englishText = english.join('\n')
  const phrases = new Set<string>()
  for (const message of german) {
    for (const piece of message.split(/\{[^{}]*\}|[{}#|]/)) {
      const phrase = piece.trim().replace(/^[\s.,:;!?…()·–-]+|[\s.,:;!?…()·–-]+$/g, '')
      if (phrase.split(/\s+/).length >= 2 && phrase.length >= 8 && !englishText.includes(phrase))
        phrases.add(phrase)
    }
  }
  return [...phrases]
}

/**
 * German words a portal's own buttons, labels, headings of tables and
 * navigation would use, and German letters: the interface text of an English
 * page (not what customers wrote, which stays in their language).
 */
const interfaceTextScript = `(() => {
  const texts = []
  for (const el of document.querySelectorAll('button, label, th, legend, summary, nav a, .topbar a, footer, option, [role="status"], [role="alert"], .empty, .hint'))
    if (el.getClientRects().length) texts.push(el.innerText)
  for (const el of document.querySelectorAll('[placeholder], [aria-label], [title]'))
    texts.push(el.getAttribute('placeholder') || '', el.getAttribute('aria-label') || '', el.getAttribute('title') || '')
  return texts.map((text) => text.replace(/\\s+/g, ' ').trim()).filter(Boolean)
})()`

const germanWords =
  /[äöüÄÖÜß]|\b(und|oder|nicht|kein|keine|dein|deine|deinen|deiner|für|bitte|zurück|weiter|speichern|löschen|abbrechen|anlegen|suchen|seite|alle|neue|neues|offen|erledigt|anmelden|abmelden)\b/i

/** An English page: `lang="en"`, no German message, no German word in its interface. */
export function englishCheck(phrases: string[]): ExtraCheck {
  return {
    name: 'language',
    async run(page) {
      const found: string[] = []
      const lang = await page.evaluate('document.documentElement.lang')
      if (lang !== 'en') found.push(`<html lang="${lang}">`)
      const title = (await page.title()) as string
      const body = (await page.evaluate('document.body.innerText')) as string
      for (const phrase of phrases)
        if (body.includes(phrase) || title.includes(phrase)) found.push(`German text: "${phrase}"`)
      for (const text of (await page.evaluate(interfaceTextScript)) as string[]) {
        const word = text.match(germanWords)
        if (word) found.push(`German in the interface: "${text.slice(0, 60)}" ("${word[0]}")`)
      }
      return [...new Set(found)]
    },
  }
}
