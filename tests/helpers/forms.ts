import type HttpClient from '#tests/helpers/http_client'
import type { InertiaPage } from '#tests/helpers/http_client'

/** A file a test uploads: its name, its bytes (or text) and the type the browser would claim. */
export type UploadFile = { name: string; content: string | Buffer; type?: string }

type Fields = Record<string, string | number | boolean>

/**
 * A form post the way Inertia sends one with files: FormData, booleans as
 * 1/0, nested fields named by the caller (`rows[0][number]`), a file list as
 * `field[0]`, `field[1]` …, over real HTTP through the client (its cookies,
 * XSRF header and Referer). For plugin and core tests alike.
 *
 * @example
 * await postForm(staff, '/admin/notes', { title: 'Plan' }, { file: { name: 'plan.pdf', content: pdfBytes } })
 */
export function postForm(
  http: HttpClient,
  path: string,
  fields: Fields,
  files: Record<string, UploadFile | UploadFile[]> = {}
) {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) {
    form.append(name, typeof value === 'boolean' ? (value ? '1' : '0') : String(value))
  }
  for (const [field, chosen] of Object.entries(files)) {
    if (Array.isArray(chosen))
      chosen.forEach((file, index) => appendFile(form, `${field}[${index}]`, file))
    else appendFile(form, field, chosen)
  }
  return http.request('POST', path, { body: form })
}

/** Posts and follows the redirect like Inertia; returns the page shown next (throws on anything but a redirect). */
export async function submitForm(...args: Parameters<typeof postForm>): Promise<InertiaPage> {
  const [http] = args
  const response = await postForm(...args)
  const location = response.headers.get('location')
  if (response.status >= 300 && response.status < 400 && location) return http.visit(location)
  throw new Error(
    `Expected a redirect, got ${response.status}: ${(await response.text()).slice(0, 300)}`
  )
}

/** PUT/POST/DELETE a form as JSON the way Inertia does without files, follow the redirect, return the page. */
export async function sendForm(
  http: HttpClient,
  method: string,
  path: string,
  body: Record<string, unknown> = {}
): Promise<InertiaPage> {
  const response = await http.request(method, path, { body })
  const location = response.headers.get('location')
  if (response.status >= 300 && response.status < 400 && location) return http.visit(location)
  throw new Error(
    `Expected a redirect from ${method} ${path}, got ${response.status}: ${(await response.text()).slice(0, 300)}`
  )
}

/** The smallest file every PDF check accepts (it starts with "%PDF-"); `text` makes two of them differ. */
export function pdfUpload(name = 'dokument.pdf', text = name): UploadFile {
  return {
    name,
    content: Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`, 'latin1'),
    type: 'application/pdf',
  }
}

function appendFile(form: FormData, field: string, file: UploadFile) {
  const bytes = typeof file.content === 'string' ? Buffer.from(file.content) : file.content
  form.append(
    field,
    new Blob([new Uint8Array(bytes)], { type: file.type ?? 'application/octet-stream' }),
    file.name
  )
}
