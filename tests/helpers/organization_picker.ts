import type { Locator, Page } from 'playwright'

/**
 * Picks an organization in the core's organization picker the way a person
 * does: type the start of its name, wait for the browser's suggestion, take
 * it. `field` is the picker's input, `id` its id (the suggestions list is
 * `<id>-suggestions`), `label` the suggestion's text ("Name" or
 * "Name (customer number)").
 */
export async function pickOrganization(page: Page, field: Locator, id: string, label: string) {
  await field.fill('')
  await field.pressSequentially(label.slice(0, 4))
  await page.locator(`#${id}-suggestions option[value="${label}"]`).waitFor({ state: 'attached' })
  await field.fill(label)
  // Longer than the picker's pause before it asks the server.
  await page.waitForTimeout(400)
}
