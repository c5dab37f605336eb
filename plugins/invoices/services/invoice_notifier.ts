import mail from '@adonisjs/mail/services/main'
import { urlFor } from '@adonisjs/core/services/url_builder'
import portalConfig from '#config/portal'
import User from '#models/user'
import type Invoice from '../models/invoice.js'
import InvoiceAvailableMail from '../mails/invoice_available_mail.js'
import { formatDate, formatMoney } from './formatting.js'
import { invoicesVisible } from './customer_invoices.js'

/** Mails are German: the portal keeps no language per person yet (German first). */
const MAIL_LOCALE = 'de'

/**
 * The customers of the organization who may see invoices: role customer,
 * invited or active (never disabled), with "invoices visible" on.
 */
export async function invoiceRecipients(organizationId: number) {
  const customers = await User.query()
    .where('organization_id', organizationId)
    .where('role', 'customer')
    .whereIn('status', ['invited', 'active'])
    .orderBy('id')
  const recipients: User[] = []
  for (const customer of customers) {
    if (await invoicesVisible(customer)) recipients.push(customer)
  }
  return recipients
}

/**
 * "Neue Rechnung verfügbar" to every recipient, queued in the background
 * (mail.sendLater); returns how many were queued.
 */
export async function notifyInvoiceAvailable(invoice: Invoice, organizationName: string) {
  const recipients = await invoiceRecipients(invoice.organizationId)
  const data = {
    number: invoice.number,
    organization: organizationName,
    amount: formatMoney(invoice.amountCents, invoice.currency, MAIL_LOCALE),
    issuedOn: formatDate(invoice.issuedOn.toISODate()!, MAIL_LOCALE),
    dueOn: formatDate(invoice.dueOn.toISODate()!, MAIL_LOCALE),
    link: (urlFor as unknown as (name: string, params: object, options: object) => string)(
      'invoices.index',
      {},
      { prefixUrl: portalConfig.url }
    ),
  }
  for (const recipient of recipients) {
    await mail.sendLater(new InvoiceAvailableMail(recipient.email, data, MAIL_LOCALE))
  }
  return recipients.length
}
