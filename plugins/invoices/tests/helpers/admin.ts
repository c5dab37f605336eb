import { readdir } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'
import type { UploadFile } from '#tests/helpers/forms'
import { simplePdf } from '#plugins/invoices/services/simple_pdf'

/** A small real PDF whose text names the invoice (so two uploads differ byte for byte). */
export function pdfFile(name: string, text = name): UploadFile {
  return { name, content: simplePdf([`Rechnung ${text}`]), type: 'application/pdf' }
}

/** The fields of a valid single upload; override what the test is about. */
export function invoiceFields(
  organizationId: number,
  overrides: Record<string, string | number | boolean> = {}
) {
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
export function batchFields(
  rows: Record<string, string | number | boolean>[],
  extra: Record<string, string | boolean> = {}
) {
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
