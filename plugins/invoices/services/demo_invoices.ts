import { DateTime } from 'luxon'
import CreateInvoice from '../actions/create_invoice.js'
import { formatMoney } from './formatting.js'
import { simplePdf } from './simple_pdf.js'

/**
 * Four invoices for the demo organization, dated relative to today so the
 * statuses stay right: paid last year, paid, overdue and open, each with a
 * real PDF on the drive disk.
 */
export async function createDemoInvoices({ organizationId }: { organizationId: number }) {
  const today = DateTime.now().startOf('day')
  const demo = [
    {
      issued: today.minus({ months: 14 }),
      cents: 89000,
      paid: true,
      item: 'Hosting & Wartung (Jahrespaket)',
    },
    {
      issued: today.minus({ months: 2 }),
      cents: 123450,
      paid: true,
      item: 'Relaunch Website: Konzept & Wireframes',
    },
    {
      issued: today.minus({ days: 40 }),
      cents: 249900,
      paid: false,
      item: 'Relaunch Website: Umsetzung',
    },
    {
      issued: today.minus({ days: 5 }),
      cents: 45000,
      paid: false,
      item: 'Support-Kontingent (5 Stunden)',
    },
  ]
  for (const [index, invoice] of demo.entries()) {
    const number = `DEMO-${invoice.issued.year}-${String(organizationId).padStart(3, '0')}${index + 1}`
    const dueOn = invoice.issued.plus({ days: 14 })
    const amount = formatMoney(invoice.cents, 'EUR', 'de')
    await CreateInvoice.handle({
      organizationId,
      number,
      issuedOn: invoice.issued,
      dueOn,
      amountCents: invoice.cents,
      paidAt: invoice.paid ? dueOn.minus({ days: 3 }) : null,
      pdf: simplePdf([
        `Rechnung ${number}`,
        'bitloft (Demo)',
        `Rechnungsdatum: ${invoice.issued.toFormat('dd.MM.yyyy')}`,
        `Fällig am: ${dueOn.toFormat('dd.MM.yyyy')}`,
        '',
        `${invoice.item}: ${amount}`,
        '',
        `Gesamtbetrag: ${amount}`,
        'Dies ist eine Demo-Rechnung.',
      ]),
    })
  }
}
