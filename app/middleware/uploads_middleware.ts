import { createWriteStream } from 'node:fs'
import { unlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { pipeline } from 'node:stream/promises'
import app from '@adonisjs/core/services/app'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import PluginRegistry from '#plugin_kit/plugin_registry'
import { withoutNulBytes } from '#middleware/strip_nul_bytes_middleware'

/**
 * Reads a multipart body only on the upload routes plugins declare, and only
 * after the route's login and role checks passed (this middleware comes last
 * in the plugin route groups; config/bodyparser.ts never reads multipart
 * bodies itself). So an anonymous user or a customer posting to an admin
 * upload route leaves no temp file. Temp files a request did not move to
 * storage (refused by validation, say) are removed when it ends.
 */
export default class UploadsMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const { request } = ctx
    if (request.bodyType !== 'multipart' || !request.multipart || !(await this.#declared(ctx)))
      return next()

    request.multipart.onFile('*', { deferValidations: true }, async (part, reportChunk) => {
      const tmpPath = join(tmpdir(), `portal-upload-${randomUUID()}`)
      part.pause()
      part.on('data', reportChunk)
      try {
        await pipeline(part, createWriteStream(tmpPath))
      } catch (error) {
        await unlink(tmpPath).catch(() => {})
        request.multipart.abort(error)
      }
      return { tmpPath }
    })
    try {
      // Inside the try: a body over the limit aborts half way, after some files were written.
      await request.multipart.process()
      request.updateBody(withoutNulBytes(request.body()))
      return await next()
    } finally {
      await this.#removeLeftovers(request.allFiles())
    }
  }

  async #declared(ctx: HttpContext) {
    const registry = await app.container.make(PluginRegistry)
    return !!ctx.route && registry.uploadPatterns().includes(ctx.route.pattern)
  }

  async #removeLeftovers(files: Record<string, unknown>) {
    const all = Object.values(files).flat(Infinity) as MultipartFile[]
    for (const file of all) {
      if (file?.tmpPath && file.state !== 'moved') await unlink(file.tmpPath).catch(() => {})
    }
  }
}
