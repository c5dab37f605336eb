import { inflateRawSync } from 'node:zlib'
import { DateTime } from 'luxon'
import type User from '#models/user'
import CreateInvoice from '#plugins/invoices/actions/create_invoice'
import { simplePdf } from '#plugins/invoices/services/simple_pdf'

export const today = () => DateTime.now().startOf('day')

/** An invoice with a real PDF on the test disk; open and due in two weeks unless told otherwise. */
export async function makeInvoice(
  organizationId: number,
  overrides: Partial<{
    number: string
    issuedOn: string | DateTime
    dueOn: string | DateTime
    amountCents: number
    currency: string
    paid: boolean
    deleted: boolean
  }> = {}
) {
  const number = overrides.number ?? `T-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`
  const asDate = (value: string | DateTime) =>
    typeof value === 'string' ? DateTime.fromISO(value) : value
  const pdf = simplePdf([`Rechnung ${number}`, 'Betrag: 1.234,50 €'])
  const invoice = await CreateInvoice.handle({
    organizationId,
    number,
    issuedOn: asDate(overrides.issuedOn ?? today()),
    dueOn: asDate(overrides.dueOn ?? today().plus({ days: 14 })),
    amountCents: overrides.amountCents ?? 10000,
    currency: overrides.currency ?? 'EUR',
    paidAt: overrides.paid ? DateTime.now() : null,
    pdf,
  })
  if (overrides.deleted) {
    invoice.deletedAt = DateTime.now()
    await invoice.save()
  }
  return { invoice, pdf }
}

/** Turns invoices off for this user, the way staff will in the admin console. */
export async function hideInvoicesFor(user: User) {
  user.pluginSettings = { ...user.pluginSettings, invoices: { visible: false } }
  await user.save()
}

/**
 * The entries of a ZIP file, read from its central directory (enough for
 * the stored or deflated entries archiver writes).
 */
export function readZip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (end < 0) throw new Error('not a ZIP file: no end of central directory')
  const count = zip.readUInt16LE(end + 10)
  let at = zip.readUInt32LE(end + 16)
  const entries = new Map<string, Buffer>()
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('broken central directory')
    const method = zip.readUInt16LE(at + 10)
    const compressedSize = zip.readUInt32LE(at + 20)
    const nameLength = zip.readUInt16LE(at + 28)
    const extraLength = zip.readUInt16LE(at + 30)
    const commentLength = zip.readUInt16LE(at + 32)
    const localOffset = zip.readUInt32LE(at + 42)
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8')
    const dataStart =
      localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28)
    const data = zip.subarray(dataStart, dataStart + compressedSize)
    entries.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data))
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}
