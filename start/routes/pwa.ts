/*
| The installable app. The manifest itself is answered by a server middleware
| (app/middleware/web_manifest_middleware.ts) before sessions start.
*/
import edge from 'edge.js'
import pwaConfig from '#config/pwa'

/**
 * The root view's <head> (manifest link, theme colour, the iOS home-screen
 * tags) reads the same configuration.
 */
edge.global('pwa', pwaConfig)
