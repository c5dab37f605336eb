/*
| The installable app: web app manifest (public, no login).
*/
import edge from 'edge.js'
import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import pwaConfig from '#config/pwa'

router.get(pwaConfig.manifestUrl, [controllers.WebManifest, 'show']).as('pwa.manifest')

/**
 * The root view's <head> (manifest link, theme colour, the iOS home-screen
 * tags) reads the same configuration.
 */
edge.global('pwa', pwaConfig)
