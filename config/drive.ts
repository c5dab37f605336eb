import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, services } from '@adonisjs/drive'

/**
 * Files (ticket attachments, invoice PDFs) are private: never served as
 * public URLs, always streamed through a route that checks who may see them.
 * Local disk by default; any S3-compatible store with DRIVE_DISK=s3.
 */
const driveConfig = defineConfig({
  default: env.get('DRIVE_DISK', 'fs'),
  services: {
    fs: services.fs({
      location: app.inTest ? app.tmpPath('test-storage') : app.makePath('storage'),
      serveFiles: false,
      visibility: 'private',
    }),
    s3: services.s3({
      credentials: {
        accessKeyId: env.get('S3_ACCESS_KEY_ID', ''),
        secretAccessKey: env.get('S3_SECRET_ACCESS_KEY', ''),
      },
      region: env.get('S3_REGION', 'auto'),
      bucket: env.get('S3_BUCKET', ''),
      endpoint: env.get('S3_ENDPOINT'),
      forcePathStyle: true,
      /**
       * Checksums only where S3 requires them: the SDK's default streams
       * uploads as aws-chunked with a trailing checksum, which many
       * S3-compatible stores (and older MinIO/Ceph) store as garbage.
       */
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      // Files are private and served through routes that check access: no ACLs (R2 and others have none).
      supportsACL: false,
      visibility: 'private',
    }),
  },
})

export default driveConfig

declare module '@adonisjs/drive/types' {
  export interface DriveDisks extends InferDriveDisks<typeof driveConfig> {}
}
