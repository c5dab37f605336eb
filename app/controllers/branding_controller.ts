import { existsSync } from 'node:fs'
import type { HttpContext } from '@adonisjs/core/http'
import PageNotFoundException from '#exceptions/page_not_found_exception'
import Branding from '#services/branding'

/** The agency's logo, for the pages, the login card and the mails (no login needed). */
export default class BrandingController {
  async logo({ response }: HttpContext) {
    const logo = Branding.logoFile()
    if (!logo || !existsSync(logo.path)) throw new PageNotFoundException('no logo configured')
    response.header('Content-Type', logo.type)
    response.header('Cache-Control', 'public, max-age=3600')
    // An SVG opened on its own runs no script and loads nothing.
    response.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
    return response.download(logo.path)
  }
}
