import type { HttpContext } from '@adonisjs/core/http'
import pwaConfig from '#config/pwa'

/**
 * The web app manifest: what a phone's "Zum Home-Bildschirm" and Chrome's
 * install arrow read. Public (the login page links it too) and the same for
 * everyone but the language of its description.
 */
export default class WebManifestController {
  async show({ response, i18n }: HttpContext) {
    response.header('Content-Type', 'application/manifest+json; charset=utf-8')
    // Revalidated on every use, so a new PORTAL_NAME or colour reaches installed apps.
    response.header('Cache-Control', 'no-cache')
    return response.send(
      JSON.stringify({
        id: '/',
        name: pwaConfig.name,
        short_name: pwaConfig.shortName,
        description: i18n.t('pwa.manifest.description', { name: pwaConfig.name }),
        lang: i18n.locale,
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: pwaConfig.themeColor,
        background_color: pwaConfig.backgroundColor,
        categories: ['business', 'productivity'],
        icons: pwaConfig.icons,
      })
    )
  }
}
