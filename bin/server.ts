/**
 * HTTP server entry point: `node bin/server.js` in production, or through
 * `node ace serve` in development.
 */
await import('reflect-metadata')
const { Ignitor, prettyPrintError } = await import('@adonisjs/core')
const { APP_ROOT, importer } = await import('./app_root.js')

/** A stop that takes longer than this (a request or job that hangs) is cut short. */
const SHUTDOWN_LIMIT_MS = 9_000

new Ignitor(APP_ROOT, { importer })
  .tap((app) => {
    app.booting(async () => {
      await import('#start/env')
    })
    /**
     * SIGTERM (orchestrators, systemd, `docker stop`): stop accepting
     * connections, let running requests and jobs finish, close the database,
     * then exit 0. Open pools and timers would otherwise keep the process
     * alive after everything is closed.
     */
    const stop = async () => {
      setTimeout(() => {
        console.error(`shutdown took longer than ${SHUTDOWN_LIMIT_MS / 1000} s: exiting anyway`)
        process.exit(1)
      }, SHUTDOWN_LIMIT_MS).unref()
      await app.terminate()
      process.exit(0)
    }
    app.listen('SIGTERM', stop)
    app.listenIf(app.managedByPm2, 'SIGINT', stop)
  })
  .httpServer()
  .start()
  .catch((error) => {
    process.exitCode = 1
    prettyPrintError(error)
  })
