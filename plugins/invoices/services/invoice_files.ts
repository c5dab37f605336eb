/** Invoice PDFs live on the private disk in the organization's folder (see #plugin_kit/private_files). */
export function invoiceFolder(organizationId: number) {
  return `invoices/${organizationId}`
}

/** "RE/2026 001" -> "RE_2026_001.pdf": safe in a header and on every file system. */
export function pdfFileName(number: string) {
  const safe = number
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+|_+$/g, '')
  return `${safe || 'rechnung'}.pdf`
}
