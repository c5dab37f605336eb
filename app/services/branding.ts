import { extname, isAbsolute } from 'node:path'
import app from '@adonisjs/core/services/app'
import portalConfig from '#config/portal'

/** The image types a logo may have, by extension. */
const LOGO_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
}

/**
 * The agency's logo and colour (PORTAL_LOGO, PORTAL_THEME_COLOR), for the
 * pages, the login card and the mails. The configuration is read on every
 * call, so an operator's change needs only a restart.
 */
export default class Branding {
  /** The logo file on the server and its type; null without one (or with an unknown type). */
  static logoFile() {
    const path = portalConfig.branding.logoPath
    const type = path ? LOGO_TYPES[extname(path).toLowerCase()] : undefined
    if (!path || !type) return null
    return { path: isAbsolute(path) ? path : app.makePath(path), type }
  }

  /** The logo's address for pages (relative) or mails (absolute); null without a logo. */
  static logoUrl(options: { absolute?: boolean } = {}) {
    if (!this.logoFile()) return null
    return `${options.absolute ? portalConfig.url : ''}/branding/logo`
  }

  /** What the mails' views need: name, logo (absolute address) and the buttons' colour. */
  static forMails() {
    return {
      name: portalConfig.name,
      logoUrl: this.logoUrl({ absolute: true }),
      color: portalConfig.branding.color,
    }
  }
}
