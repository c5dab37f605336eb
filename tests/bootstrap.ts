import { assert } from '@japa/assert'
import { apiClient } from '@japa/api-client'
import { browserClient } from '@japa/browser-client'
import app from '@adonisjs/core/services/app'
import type { Config } from '@japa/runner/types'
import { pluginAdonisJS } from '@japa/plugin-adonisjs'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import { sessionApiClient } from '@adonisjs/session/plugins/api_client'
import { shieldApiClient } from '@adonisjs/shield/plugins/api_client'
import { launchChromium } from '#tests/helpers/chromium'
import { queueQueriesPerConnection } from '#tests/helpers/database'

/**
 * Real PostgreSQL (the database named in .env.test, migrated afresh for the
 * run), real HTTP on PORT, real Chromium for the browser suite.
 */
export const plugins: Config['plugins'] = [
  assert(),
  apiClient(),
  pluginAdonisJS(app),
  sessionApiClient(app),
  shieldApiClient(),
  browserClient({ runInSuites: ['browser'], launcher: launchChromium }),
]

export const runnerHooks: Required<Pick<Config, 'setup' | 'teardown'>> = {
  setup: [queueQueriesPerConnection, () => testUtils.db().migrate()],
  teardown: [],
}

export const configureSuite: Config['configureSuite'] = (suite) => {
  if (['browser', 'functional'].includes(suite.name)) {
    // Every test logs in from 127.0.0.1: without a fresh start, the per-IP
    // link limit (30 in 15 minutes) would be used up by earlier tests. The
    // limiter writes outside test transactions, so its rows are removed here.
    const freshLimits = async () => {
      await db.from('rate_limits').delete()
    }
    suite.onTest((t) => t.setup(freshLimits))
    suite.onGroup((group) => group.each.setup(freshLimits))
    return suite.setup(() => testUtils.httpServer().start())
  }
}
