import { readdir } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'
import type HttpAgent from '#tests/helpers/http_agent'
import type { InertiaPage } from '#tests/helpers/http_agent'
import { simplePdf } from '#plugins/invoices/services/simple_pdf'

export type UploadFile = { name: string; content: string | Buffer; type?: string }

/** A small real PDF whose text names the invoice (so two uploads differ byte for byte). */
export function pdfFile(name: string, text = name): UploadFile {
  return { name, content: simplePdf([`Rechnung ${text}`]), type: 'application/pdf' }
}

/**
 * A multipart form post the way Inertia sends one (FormData; nested fields
 * as rows[0][number]; files under their field name), over real HTTP
 * through the agent (cookies, XSRF header, Referer).
 */
export function postForm(
  agent: HttpAgent,
  path: string,
  fields: Record<string, string | number | boolean>,
  files: Record<string, UploadFile> = {}
) {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) {
    form.append(name, typeof value === 'boolean' ? (value ? '1' : '0') : String(value))
  }
  for (const [field, file] of Object.entries(files)) {
    const bytes = typeof file.content === 'string' ? Buffer.from(file.content) : file.content
    form.append(field, new Blob([new Uint8Array(bytes)], { type: file.type ?? 'application/octet-stream' }), file.name)
  }
  return agent.request('POST', path, { body: form })
}

/** Posts and follows the redirect like Inertia; returns the page shown next. */
export async function submitForm(...args: Parameters<typeof postForm>): Promise<InertiaPage> {
  const [agent] = args
  const response = await postForm(...args)
  const location = response.headers.get('location')
  if (response.status >= 300 && response.status < 400 && location) return agent.visit(location)
  throw new Error(`Expected a redirect, got ${response.status}: ${(await response.text()).slice(0, 300)}`)
}

/** The fields of a valid single upload; override what the test is about. */
export function invoiceFields(organizationId: number, overrides: Record<string, string | number | boolean> = {}) {
  return {
    organizationId,
    number: `A-${Date.now()}-${Math.random().toString(36).slice(2, 7)}`,
    issuedOn: '2026-03-01',
    dueOn: '2026-03-15',
    amount: '1.234,56',
    currency: 'EUR',
    notify: false,
    ...overrides,
  }
}

/** Batch rows as form fields: rows[0][number] … (files go separately as rows[0][pdf]). */
export function batchFields(rows: Record<string, string | number | boolean>[], extra: Record<string, string | boolean> = {}) {
  const fields: Record<string, string | number | boolean> = { ...extra }
  rows.forEach((row, index) => {
    for (const [key, value] of Object.entries(row)) fields[`rows[${index}][${key}]`] = value
  })
  return fields
}

/** The PDFs stored for an organization on the test disk (the fs disk under tmp/test-storage). */
export async function storedFiles(organizationId: number) {
  try {
    return await readdir(app.tmpPath('test-storage', 'invoices', String(organizationId)))
  } catch {
    return []
  }
}
