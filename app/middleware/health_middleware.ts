import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

const LIVE = '/health/live'
const READY = '/health/ready'

/**
 * Probes for load balancers and orchestrators, answered before anything
 * else runs: no session, no cookie, no static file lookup.
 * - /health/live: the process is up and its event loop answers (200).
 * - /health/ready: database, migrations, job queue and file store work
 *   (200), or not (503) — then the instance should get no traffic.
 * The answer names each check and its state, never an error's details
 * (those go to the log).
 */
export default class HealthMiddleware {
  async handle({ request, response }: HttpContext, next: NextFn) {
    const url = request.url()
    if ((url !== LIVE && url !== READY) || !['GET', 'HEAD'].includes(request.method()))
      return next()

    response.header('Cache-Control', 'no-store')
    if (url === LIVE) return response.json({ status: 'ok' })

    const { readinessChecks } = await import('#start/health')
    const report = await readinessChecks.run()
    response.status(report.isHealthy ? 200 : 503).json({
      status: report.isHealthy ? 'ok' : 'error',
      checks: Object.fromEntries(
        report.checks.map((check) => [check.name, { status: check.status, message: check.message }])
      ),
    })
  }
}
