import mail from '@adonisjs/mail/services/main'
import i18nManager from '@adonisjs/i18n/services/main'
import { urlFor } from '@adonisjs/core/services/url_builder'
import portalConfig from '#config/portal'
import User from '#models/user'
import { mailLocaleOf } from '#services/user_locale'
import { pushToUsers } from '#plugin_kit/push'
import type Invoice from '../models/invoice.js'
import InvoiceAvailableMail from '../mails/invoice_available_mail.js'
import { formatDate, formatMoney } from './formatting.js'
import { invoicesVisible } from './customer_invoices.js'

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
 * (mail.sendLater), and a push notification to their devices that turned
 * it on (the invoice number only; a tap opens the invoices); returns how
 * many mails were queued.
 */
export async function notifyInvoiceAvailable(invoice: Invoice, organizationName: string) {
  const recipients = await invoiceRecipients(invoice.organizationId)
  const link = urlFor('invoices.index', {}, { prefixUrl: portalConfig.url })
  // Each in their own language: amounts and dates are formatted for it too.
  for (const recipient of recipients) {
    const locale = mailLocaleOf(recipient)
    const data = {
      number: invoice.number,
      organization: organizationName,
      amount: formatMoney(invoice.amountCents, invoice.currency, locale),
      issuedOn: formatDate(invoice.issuedOn.toISODate()!, locale),
      dueOn: formatDate(invoice.dueOn.toISODate()!, locale),
      link,
    }
    await mail.sendLater(new InvoiceAvailableMail(recipient.email, data, locale))
  }
  await pushToUsers(
    recipients.map((recipient) => recipient.id),
    (locale) => {
      const i18n = i18nManager.locale(locale)
      return {
        title: i18n.t('invoices.mail.available.heading'),
        body: i18n.t('invoices.mail.available.push_body', { number: invoice.number }),
        url: urlFor('invoices.index'),
      }
    }
  )
  return recipients.length
}
