import net from 'node:net'
import { mkdir } from 'node:fs/promises'
import type { Logger } from '@adonisjs/core/logger'

export interface EmbeddedPostgres {
  close(): Promise<void>
}

/** True when something already accepts connections on the port. */
function portIsServed(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/**
 * Starts PGlite (PostgreSQL compiled to WebAssembly, data on disk) behind a
 * PostgreSQL wire-protocol socket, unless another process of this portal
 * already serves it on that port.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string
  port: number
  logger: Logger
}): Promise<EmbeddedPostgres | undefined> {
  if (await portIsServed(options.port)) {
    options.logger.debug('embedded PostgreSQL already served on port %d', options.port)
    return undefined
  }

  const { PGlite } = await import('@electric-sql/pglite')
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket')
  // Plugins may search with trigram indexes (pg_trgm); PGlite ships the extension, loaded on demand.
  const { pg_trgm: trigrams } = await import('@electric-sql/pglite/contrib/pg_trgm')

  await mkdir(options.dataDir, { recursive: true })
  const db = await PGlite.create(options.dataDir, { extensions: { pg_trgm: trigrams } })
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: options.port,
    maxConnections: 8,
  })
  await server.start()
  // The socket alone must not keep a process alive: a short ace command
  // (codegen) would otherwise never exit. The HTTP server keeps `dev` alive.
  ;(server as unknown as { server?: net.Server }).server?.unref()
  options.logger.info(
    'embedded PostgreSQL (no DB_HOST set): data in %s, port %d',
    options.dataDir,
    options.port
  )

  return {
    async close() {
      await server.stop()
      await db.close()
    },
  }
}
