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
    autoProcess: [],
    convertEmptyStringsToNull: true,
    processManually: [],
    // 5 attachments of at most 10 MB each, plus the text fields.
    limit: '52mb',
    types: ['multipart/form-data'],
  },
})
