/**
 * The application root and an importer that resolves relative paths from it.
 * Shared by the three entry points (server, console, test runner).
 */
export const APP_ROOT = new URL('../', import.meta.url)

export function importer(filePath: string) {
  const isRelative = filePath.startsWith('./') || filePath.startsWith('../')
  return import(isRelative ? new URL(filePath, APP_ROOT).href : filePath)
}
