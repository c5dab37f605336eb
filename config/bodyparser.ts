import { defineConfig } from '@adonisjs/core/bodyparser'

export default defineConfig({
  allowedMethods: ['POST', 'PUT', 'PATCH', 'DELETE'],
  form: {
    convertEmptyStringsToNull: true,
    types: ['application/x-www-form-urlencoded'],
  },
  json: {
    convertEmptyStringsToNull: true,
    types: ['application/json', 'application/json-patch+json', 'application/vnd.api+json'],
  },
  multipart: {
    // Only the upload routes plugins declare (set at boot by providers/plugins_provider.ts).
    // Never read here: app/middleware/uploads_middleware.ts reads multipart bodies
    // on the upload routes plugins declare, after login and role checks.
    autoProcess: false,
    convertEmptyStringsToNull: true,
    processManually: [],
    // 5 attachments of at most 10 MB each, plus the text fields.
    limit: '52mb',
    types: ['multipart/form-data'],
  },
})
