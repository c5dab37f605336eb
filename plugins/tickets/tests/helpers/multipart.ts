import type HttpAgent from '#tests/helpers/http_agent'
import type { InertiaPage } from '#tests/helpers/http_agent'

export type UploadFile = { name: string; content: string | Buffer; type?: string }

/**
 * A multipart form post the way Inertia sends one with files (FormData,
 * files as attachments[0], attachments[1], ...), over real HTTP with the
 * agent's cookies, XSRF header and Referer. The shared agent only sends
 * JSON, so this lives with the plugin's tests.
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

  const headers: Record<string, string> = {
    'User-Agent': agent.userAgent,
    'Accept-Language': 'de-DE,de;q=0.9',
    'X-Inertia': 'true',
    'X-Requested-With': 'XMLHttpRequest',
    'Accept': 'text/html, application/xhtml+xml',
    'X-Inertia-Version': agent.inertiaVersion,
  }
  if (agent.cookies.size) headers['Cookie'] = [...agent.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  const xsrf = agent.cookies.get('XSRF-TOKEN')
  if (xsrf) headers['X-XSRF-TOKEN'] = decodeURIComponent(xsrf)
  if (agent.lastUrl) headers['Referer'] = agent.lastUrl

  const response = await fetch(new URL(path, agent.baseUrl), { method: 'POST', headers, body: form, redirect: 'manual' })
  remember(agent, response)
  return response
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

/** Keeps the cookies a response sets (the session carries the flashed errors). */
function remember(agent: HttpAgent, response: Response) {
  for (const header of response.headers.getSetCookie()) {
    const [pair, ...attributes] = header.split(';')
    const index = pair.indexOf('=')
    const name = pair.slice(0, index).trim()
    const value = pair.slice(index + 1).trim()
    const expired = attributes.some((a) => /max-age=0\b/i.test(a) || /expires=Thu, 01 Jan 1970/i.test(a))
    if (expired || value === '') agent.cookies.delete(name)
    else agent.cookies.set(name, value)
  }
}
