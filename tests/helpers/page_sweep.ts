import type { Assert } from '@japa/assert'
import { mkdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import app from '@adonisjs/core/services/app'
import type { CDPSession, Page } from 'playwright'

/**
 * The phone-first and accessibility checks of issue 5, run on whatever page
 * a browser test has open: axe-core (serious and critical violations fail),
 * horizontal overflow, touch targets of at least 44 × 44 px, and a full-page
 * screenshot per viewport in tmp/artifacts/screenshots/<viewport>/<page>.png
 * (CI keeps that folder). The page code runs as strings in the browser,
 * which keeps the DOM types out of the server's compile.
 */
export type Viewport = {
  name: string
  width: number
  height: number
  /** A phone's notch and home indicator (see installed_app.ts): emulated while this viewport is checked. */
  safeArea?: SafeArea
}

export type SafeArea = { top: number; right: number; bottom: number; left: number }

/** A small phone, a common phone (issue 14), a laptop. */
export const viewports: readonly Viewport[] = [
  { name: '360x740', width: 360, height: 740 },
  { name: '390x844', width: 390, height: 844 },
  { name: '1280x800', width: 1280, height: 800 },
]

/** A check of the page at one viewport beyond the built-in ones; returns its findings' messages. */
export type ExtraCheck = {
  name: Finding['check']
  run: (page: Page, viewport: Viewport) => Promise<string[]>
}

export const screenshotsFolder = app.makePath('tmp/artifacts/screenshots')

/** Smallest touch target (WCAG 2.5.5, and the issue's rule). */
const MIN_TARGET = 44

export type Finding = {
  page: string
  viewport: string
  check: 'axe' | 'overflow' | 'target' | 'words' | 'language' | 'safe-area' | 'display-mode'
  message: string
}

type AxeViolation = { id: string; impact: string | null; help: string; targets: string[] }
type Layout = { wide: string[]; scrollers: string[]; small: string[] }

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/**
 * What counts as a touch target, and which ones are exempt: links inside a
 * sentence (WCAG's "inline" exception), controls that are visually hidden
 * (the skip link until it gets focus; a file input behind its label). A
 * checkbox or radio counts with its label, which is what a thumb hits.
 */
const layoutScript = `(() => {
  const min = ${MIN_TARGET} - 0.5
  const vw = window.innerWidth
  const describe = (el) => {
    let name = el.tagName.toLowerCase()
    if (el.id) name += '#' + el.id
    for (const c of el.classList) if (!c.startsWith('data-v-')) name += '.' + c
    const text = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' ')
    return text ? name + ' "' + text.slice(0, 40) + '"' : name
  }
  const shown = (el) => {
    const style = getComputedStyle(el)
    if (style.visibility === 'hidden' || style.display === 'none') return false
    const box = el.getBoundingClientRect()
    return box.width > 1 && box.height > 1
  }
  const clippingAncestor = (el) => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(a).overflowX)) return a
    }
    return null
  }

  // Wider than the viewport and not inside a scroll container: the page scrolls sideways.
  const wide = []
  const scrollers = new Set()
  for (const el of document.body.querySelectorAll('*')) {
    if (!shown(el)) continue
    const box = el.getBoundingClientRect()
    if (box.right <= vw + 0.5) continue
    const clip = clippingAncestor(el)
    if (clip) continue
    if (!wide.some((w) => w.contains(el))) wide.push(el)
  }
  for (const el of document.body.querySelectorAll('*')) {
    const style = getComputedStyle(el)
    if (['auto', 'scroll'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1 && shown(el)) scrollers.add(el)
  }

  // In a sentence: a text neighbour with letters or digits, looking through inline wrappers (<strong><a>…</a></strong>).
  const inSentence = (el) => {
    if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false
    for (let node = el; node.parentElement; node = node.parentElement) {
      for (const sibling of [node.previousSibling, node.nextSibling]) {
        if (sibling && sibling.nodeType === 3 && /[\\p{L}\\p{N}]/u.test(sibling.textContent)) return true
      }
      if (!getComputedStyle(node.parentElement).display.startsWith('inline')) return false
    }
    return false
  }
  const small = []
  const targets = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex]:not([tabindex="-1"])'
  for (const el of document.querySelectorAll(targets)) {
    if (!shown(el) || inSentence(el)) continue
    let box = el.getBoundingClientRect()
    if (box.right + window.scrollX <= 0) continue
    if (el.type === 'checkbox' || el.type === 'radio') {
      const label = el.closest('label') || (el.id && document.querySelector('label[for="' + el.id + '"]'))
      if (label) {
        const own = box
        const around = label.getBoundingClientRect()
        box = { width: Math.max(own.right, around.right) - Math.min(own.left, around.left), height: Math.max(own.bottom, around.bottom) - Math.min(own.top, around.top) }
      }
    }
    if (box.width < min || box.height < min) small.push(describe(el) + ' ' + Math.round(box.width) + '×' + Math.round(box.height))
  }
  return { wide: wide.map((el) => describe(el) + ' right edge ' + Math.round(el.getBoundingClientRect().right) + ' px'), scrollers: [...scrollers].map((el) => describe(el) + ' scrolls ' + el.scrollWidth + ' in ' + el.clientWidth + ' px'), small }
})()`

/**
 * Interface words (headings, buttons, labels, navigation) split across two
 * lines. The test Chromium has no hyphenation dictionaries (they are a
 * download), so every split is one without a hyphen ("Wiederherstellungsco /
 * des"): the layout has to fit the word. A break at a hyphen in the text
 * ("Zwei-Faktor-") is fine.
 */
const brokenWordsScript = `(() => {
  const broken = []
  for (const el of document.querySelectorAll('h1, h2, h3, button, label, nav a, .button, th, legend, summary')) {
    if (!el.checkVisibility()) continue
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.textContent.matchAll(/[^\\s-]+/g)) {
        const range = document.createRange()
        range.setStart(node, match.index)
        range.setEnd(node, match.index + match[0].length)
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)))
        if (lines.size > 1) broken.push(el.tagName.toLowerCase() + ' "' + match[0] + '"')
      }
    }
  }
  return [...new Set(broken)]
})()`

const axeScript = `axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations.map((v) => ({
  id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((node) => node.target.join(' ')),
})))`

export type TabStop = {
  name: string
  /** in page coordinates */
  top: number
  bottom: number
  left: number
  right: number
  insideMain: boolean
  inViewport: boolean
  focusVisible: boolean
  /** outline (or box-shadow ring) present, at least 2 px */
  ring: boolean
  /** contrast of the outline against the background around the element */
  ringContrast: number
}

const focusedScript = `(() => {
  const el = document.activeElement
  if (!el || el === document.body || el === document.documentElement) return null
  const luminance = (rgb) => {
    const [r, g, b] = rgb.map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4 })
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const parse = (color) => (color.match(/[\\d.]+/g) || []).map(Number)
  let around = [255, 255, 255]
  for (let a = el.parentElement; a; a = a.parentElement) {
    const c = parse(getComputedStyle(a).backgroundColor)
    if (c.length >= 3 && (c.length === 3 || c[3] > 0)) { around = c.slice(0, 3); break }
  }
  const style = getComputedStyle(el)
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
  const ringColor = parse(outline ? style.outlineColor : style.boxShadow).slice(0, 3)
  const [light, dark] = [luminance(ringColor), luminance(around)].sort((x, y) => y - x)
  const box = el.getBoundingClientRect()
  let name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
  const text = (el.innerText || el.getAttribute('aria-label') || el.value || '').trim().replace(/\\s+/g, ' ')
  if (text) name += ' "' + text.slice(0, 40) + '"'
  return {
    name,
    top: box.top + scrollY, bottom: box.bottom + scrollY, left: box.left + scrollX, right: box.right + scrollX,
    insideMain: Boolean(el.closest('main')),
    inViewport: box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth,
    focusVisible: el.matches(':focus-visible'),
    ring: outline || (style.boxShadow !== 'none' && ringColor.length === 3),
    ringContrast: Math.round(((light + 0.05) / (dark + 0.05)) * 100) / 100,
  }
})()`

/**
 * The dashboard's widgets (plugin components, loaded on their own) have all
 * rendered: no widget section without an element inside. A locator, not
 * waitForFunction, whose string predicates the portal's CSP refuses to eval.
 */
export async function widgetsLoaded(page: Page) {
  await page.locator('h1').first().waitFor()
  await page.locator('section.widget:not(:has(> *))').first().waitFor({ state: 'detached' })
}

/** Where the keyboard focus is now (null: on the page itself). */
export async function focused(page: Page) {
  return (await page.evaluate(focusedScript)) as TabStop | null
}

/** Puts the focus back at the top of the document, as on a page without autofocus. */
export async function focusTop(page: Page) {
  await page.evaluate(`(() => {
    document.body.tabIndex = -1
    document.body.focus()
    document.body.removeAttribute('tabindex')
  })()`)
}

/** Presses Tab until the focus leaves the page (or `max` times) and returns every stop. */
export async function tabThrough(page: Page, max = 60) {
  const stops: TabStop[] = []
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const stop = await focused(page)
    if (!stop || (stops.length && stop.name === stops[0].name && stop.top === stops[0].top)) break
    stops.push(stop)
  }
  return stops
}

/**
 * The stops that break the reading order: each stop must be on the same row
 * further right, lower down, or at the top of a column further right (cards
 * side by side are read one after the other). Rows are told apart by
 * vertical overlap.
 */
export function outOfOrder(stops: TabStop[]) {
  const wrong: string[] = []
  for (let i = 1; i < stops.length; i++) {
    const [a, b] = [stops[i - 1], stops[i]]
    const sameRow = b.top < a.bottom - 2 && a.top < b.bottom - 2
    const forward = sameRow ? b.left >= a.left : b.top >= a.top || b.left >= a.right
    if (!forward) wrong.push(`${a.name} → ${b.name}`)
  }
  return wrong
}

const safeAreaSessions = new WeakMap<Page, Promise<CDPSession>>()
const noSafeArea: SafeArea = { top: 0, right: 0, bottom: 0, left: 0 }

/**
 * Chromium's emulation of a phone's safe areas (what `env(safe-area-inset-*)`
 * reports under `viewport-fit=cover`); none when not given. A page that never
 * had one set is left alone.
 */
async function emulateSafeArea(page: Page, safeArea: SafeArea | undefined) {
  if (!safeArea && !safeAreaSessions.has(page)) return
  let session = safeAreaSessions.get(page)
  if (!session) {
    session = page.context().newCDPSession(page)
    safeAreaSessions.set(page, session)
  }
  await (
    await session
  ).send('Emulation.setSafeAreaInsetsOverride', { insets: safeArea ?? noSafeArea })
}

/**
 * Collects what the checks find on each page, so one run reports every page
 * at once instead of stopping at the first.
 */
export default class PageSweep {
  #viewports: readonly Viewport[]
  #checks: ExtraCheck[]
  /** Prepended to the screenshots' names (one sweep's pictures beside another's). */
  #prefix: string

  constructor(
    options: { viewports?: readonly Viewport[]; checks?: ExtraCheck[]; prefix?: string } = {}
  ) {
    this.#viewports = options.viewports ?? viewports
    this.#checks = options.checks ?? []
    this.#prefix = options.prefix ?? ''
  }

  /** Fail the test. */
  findings: Finding[] = []
  /** Worth a look, not a failure (moderate and minor axe findings). */
  notes: Finding[] = []
  checked: string[] = []

  /** Load a path and check it (the page is ready when its h1 is there). */
  async visit(page: Page, path: string, name: string) {
    await page.goto(path)
    await page.locator('h1').first().waitFor()
    await this.check(page, name)
  }

  /** Check the page as it is now, at every viewport, and leave it at the phone size. */
  async check(page: Page, name: string, options: { screenshot?: boolean } = {}) {
    await page.locator('h1').first().waitFor()
    for (const viewport of this.#viewports) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height })
      await emulateSafeArea(page, viewport.safeArea)
      await page.evaluate(
        'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))'
      )
      const where = { page: name, viewport: viewport.name }
      await this.#overflow(page, where, viewport.width)
      for (const word of (await page.evaluate(brokenWordsScript)) as string[])
        this.findings.push({
          ...where,
          check: 'words',
          message: `a word split across lines: ${word}`,
        })
      await this.#axe(page, where)
      for (const extra of this.#checks) {
        for (const message of await extra.run(page, viewport))
          this.findings.push({ ...where, check: extra.name, message })
      }
      if (options.screenshot === false) continue
      await mkdir(`${screenshotsFolder}/${viewport.name}`, { recursive: true })
      await page.screenshot({
        path: `${screenshotsFolder}/${viewport.name}/${this.#prefix}${name}.png`,
        fullPage: true,
        animations: 'disabled',
      })
    }
    const [first] = this.#viewports
    await page.setViewportSize({ width: first.width, height: first.height })
    await emulateSafeArea(page, first.safeArea)
    this.checked.push(name)
  }

  async #overflow(page: Page, where: Omit<Finding, 'check' | 'message'>, width: number) {
    const scrollWidth = (await page.evaluate('document.documentElement.scrollWidth')) as number
    if (scrollWidth > width) {
      this.findings.push({
        ...where,
        check: 'overflow',
        message: `the page is ${scrollWidth} px wide in a ${width} px viewport`,
      })
    }
    const layout = (await page.evaluate(layoutScript)) as Layout
    for (const element of layout.wide)
      this.findings.push({
        ...where,
        check: 'overflow',
        message: `wider than the viewport: ${element}`,
      })
    for (const element of layout.scrollers)
      this.findings.push({
        ...where,
        check: 'overflow',
        message: `scrolls sideways inside the page: ${element}`,
      })
    for (const element of layout.small)
      this.findings.push({
        ...where,
        check: 'target',
        message: `touch target under ${MIN_TARGET} px: ${element}`,
      })
  }

  async #axe(page: Page, where: Omit<Finding, 'check' | 'message'>) {
    if (!(await page.evaluate('typeof window.axe !== "undefined"')))
      await page.evaluate(await axeSource)
    const violations = (await page.evaluate(axeScript)) as AxeViolation[]
    for (const violation of violations) {
      const finding = {
        ...where,
        check: 'axe' as const,
        message: `${violation.id} (${violation.impact}): ${violation.help} — ${violation.targets.slice(0, 5).join(', ')}${violation.targets.length > 5 ? ` and ${violation.targets.length - 5} more` : ''}`,
      }
      if (violation.impact === 'serious' || violation.impact === 'critical')
        this.findings.push(finding)
      else this.notes.push(finding)
    }
  }

  /** One line per finding, grouped by page: readable in a failed assertion. */
  static format(findings: Finding[]) {
    return findings.map((f) => `[${f.page} @ ${f.viewport}] ${f.check}: ${f.message}`).join('\n')
  }
}

/** The field's error is tied to it: aria-invalid, and aria-describedby pointing at the message. */
export async function assertErrorTiedToField(
  assert: Assert,
  page: Page,
  label: string,
  message: string | RegExp
) {
  const field = page.getByLabel(label, { exact: true })
  assert.equal(await field.getAttribute('aria-invalid'), 'true', `${label}: aria-invalid`)
  const describedBy = await field.getAttribute('aria-describedby')
  assert.isString(describedBy, `${label}: aria-describedby`)
  const text = await page
    .locator(
      describedBy!
        .split(/\s+/)
        .map((id) => `#${id}`)
        .join(', ')
    )
    .allInnerTexts()
  if (typeof message === 'string') assert.include(text.join(' '), message)
  else assert.match(text.join(' '), message)
}
