import type { Page } from 'playwright'

/**
 * What a page logged, threw, fetched and failed to fetch, for the message of a browser
 * test that waited in vain: "the hint never showed" alone does not tell a
 * failed request from a script error or a slow server.
 *
 * @example
 * const diagnostics = recordDiagnostics(page)
 * await diagnostics.explain(page.getByText('…').waitFor(), 'the hint')
 */
export function recordDiagnostics(page: Page) {
  const events: string[] = []
  const at = () => new Date().toISOString().slice(11, 23)
  page.on('console', (message) =>
    events.push(`${at()} console.${message.type()}: ${message.text()}`)
  )
  page.on('pageerror', (error) => events.push(`${at()} page error: ${error.message}`))
  page.on('requestfailed', (request) =>
    events.push(`${at()} request failed: ${request.url()} (${request.failure()?.errorText})`)
  )
  // Every answer to a script's own request (fetch, XHR), and any other that failed.
  page.on('response', (response) => {
    const type = response.request().resourceType()
    if (response.status() >= 400 || type === 'fetch' || type === 'xhr')
      events.push(`${at()} ${response.status()} ${type}: ${response.url()}`)
  })
  return {
    events,
    /** Awaits `waiting`; if it fails, fails with what the page did meanwhile. */
    async explain<T>(waiting: Promise<T>, what: string): Promise<T> {
      try {
        return await waiting
      } catch (error) {
        const seen = events.length
          ? events.join('\n')
          : '(no console output, errors or failed requests)'
        throw new Error(`${what}: ${(error as Error).message}\nThe page meanwhile:\n${seen}`)
      }
    },
  }
}
