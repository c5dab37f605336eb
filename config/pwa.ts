import env from '#start/env'
import portalConfig from '#config/portal'

/**
 * The portal as an installable app (issue 5): what the web app manifest, the
 * root view's <head> and the service worker need. Colours default to the
 * stylesheet's accent and page background (inertia/css/app.css), so the
 * browser's toolbar, the splash screen and the pages match.
 */
const name = portalConfig.name

const pwaConfig = {
  name,
  /** Home-screen label: browsers cut names after about 12 characters. */
  shortName: env.get('PORTAL_SHORT_NAME') ?? (name.length <= 12 ? name : name.slice(0, 12).trim()),
  /** The agency's colour (config/portal.ts), read when used. */
  get themeColor() {
    return portalConfig.branding.color
  },
  backgroundColor: env.get('PORTAL_BACKGROUND_COLOR') ?? '#f4f5f7',

  /** Fixed paths: public/ holds the files, start/routes/pwa.ts the manifest route. */
  manifestUrl: '/manifest.webmanifest',
  workerUrl: '/sw.js',
  offlineUrl: '/offline.html',
  appleTouchIcon: '/icons/apple-touch-icon.png',
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
    { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
} as const

export default pwaConfig
