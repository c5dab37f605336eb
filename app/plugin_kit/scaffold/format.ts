/**
 * Formats a generated file with the project's Prettier config, as
 * `npm run format` would, so a new plugin passes `npm run lint` as it is.
 * Prettier is a dev dependency: without it (a production install) the file
 * is written as rendered.
 */
export async function formatGenerated(path: string, content: string) {
  let prettier: typeof import('prettier')
  try {
    prettier = await import('prettier')
  } catch {
    return content
  }
  const options = await prettier.resolveConfig(path)
  return prettier.format(content, { ...options, filepath: path })
}
