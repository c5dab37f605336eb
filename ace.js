/**
 * JavaScript entry for ace: registers the TypeScript loader, then hands over
 * to bin/console.ts. The production build replaces this file.
 */
import '@poppinss/ts-exec'

await import('./bin/console.js')
