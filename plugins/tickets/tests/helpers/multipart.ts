import type HttpAgent from '#tests/helpers/http_agent'
import type { InertiaPage } from '#tests/helpers/http_agent'

export type UploadFile = { name: string; content: string | Buffer; type?: string }

/**
 * A multipart form post the way Inertia sends one with files (FormData,
 * files as attachments[0], attachments[1], ...), over real HTTP through the
 * agent (its cookies, XSRF header and Referer).
 */
export async function postMultipart(
  agent: HttpAgent,
  path: string,
  fields: Record<string, string>,
  files: UploadFile[] = []
): Promise<Response> {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  files.forEach((file, index) => {
    const bytes = typeof file.content === 'string' ? Buffer.from(file.content) : file.content
    form.append(`attachments[${index}]`, new Blob([new Uint8Array(bytes)], { type: file.type ?? 'application/octet-stream' }), file.name)
  })

  return agent.request('POST', path, { body: form })
}

/** Posts the form and follows the redirect like Inertia, returning the page shown next. */
export async function submitMultipart(
  agent: HttpAgent,
  path: string,
  fields: Record<string, string>,
  files: UploadFile[] = []
): Promise<InertiaPage> {
  const response = await postMultipart(agent, path, fields, files)
  const location = response.headers.get('location')
  if (response.status >= 300 && response.status < 400 && location) return agent.visit(location)
  const text = await response.text()
  throw new Error(`Expected a redirect, got ${response.status}: ${text.slice(0, 300)}`)
}
