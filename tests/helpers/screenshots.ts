import app from '@adonisjs/core/services/app'
import type { Page } from 'playwright'

/** Where browser tests leave pictures of what they checked, for people to look at. */
export const pictureFolder = app.makePath('tmp/artifacts/pictures')

/** A full-page picture of what the test sees now: tmp/artifacts/pictures/<name>.png. */
export async function picture(page: Page, name: string) {
  await page.screenshot({ path: `${pictureFolder}/${name}.png`, fullPage: true })
}
