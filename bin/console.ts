/**
 * Ace entry point. Commands boot the application only when they ask for it
 * (`options.startApp`).
 */
await import('reflect-metadata')
const { Ignitor, prettyPrintError } = await import('@adonisjs/core')
const { APP_ROOT, importer } = await import('./app_root.js')

new Ignitor(APP_ROOT, { importer })
  .tap((app) => {
    app.booting(async () => {
      await import('#start/env')
    })
    /**
     * SIGTERM ends a long-running command (node ace portal:worker) cleanly:
     * its `terminating` hooks run first (the worker finishes its jobs while
     * the database is still open), then the providers close, then the
     * process exits instead of waiting for idle pools.
     *
     * `node ace serve` (npm run dev) first stops the HTTP server it started,
     * as Ctrl+C in its terminal does; otherwise that child would outlive it.
     */
    const stop = async () => {
      const kernel = await app.container.make('ace')
      const command = kernel.getMainCommand() as
        { devServer?: { close(): Promise<void> } } | undefined
      await command?.devServer?.close()
      await app.terminate()
      process.exit(process.exitCode ?? 0)
    }
    app.listen('SIGTERM', stop)
    app.listenIf(app.managedByPm2, 'SIGINT', stop)
  })
  .ace()
  .handle(process.argv.splice(2))
  .catch((error) => {
    process.exitCode = 1
    prettyPrintError(error)
  })
