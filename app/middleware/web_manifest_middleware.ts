import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import pwaConfig from '#config/pwa'

/**
 * The web app manifest: what a phone's "Zum Home-Bildschirm" and Chrome's
 * install arrow read. Answered here, before the router's middleware, so that
 * fetching it (browsers do, on every page, without asking) starts no session,
 * sets no cookie and touches no database. The same for everyone but the
 * language of its description.
 */
export default class WebManifestMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const { request, response, i18n } = ctx
    if (request.url() !== pwaConfig.manifestUrl || !['GET', 'HEAD'].includes(request.method()))
      return next()

    response.header('Content-Type', 'application/manifest+json; charset=utf-8')
    // Revalidated on every use, so a new PORTAL_NAME or colour reaches installed apps.
    response.header('Cache-Control', 'no-cache')
    response.send(
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
