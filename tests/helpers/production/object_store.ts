import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import S3rver from 's3rver'

/**
 * An S3-compatible object store on loopback for the tests that run several
 * instances of the built app (s3rver: installed from npm with the dev
 * dependencies, no binary to download). Files live in a temporary folder.
 */
export async function startObjectStore() {
  const directory = await mkdtemp(join(tmpdir(), 'portal-s3-'))
  const bucket = 'portal-files'
  const server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  })
  const address = (await server.run()) as AddressInfo
  const endpoint = `http://127.0.0.1:${address.port}`
  return {
    endpoint,
    /** The environment that points the built app at this store. */
    env: {
      DRIVE_DISK: 's3',
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    },
    directory,
    async close() {
      await server.close()
      await rm(directory, { recursive: true, force: true })
    },
  }
}
