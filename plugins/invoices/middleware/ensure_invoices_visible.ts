import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import InvoicePolicy from '../policies/invoice_policy.js'

/** For a user whose invoices are hidden, every invoices route does not exist (a 404). */
export default async function ensureInvoicesVisible(ctx: HttpContext, next: NextFn) {
  await ctx.bouncer.with(InvoicePolicy).authorize('viewAny')
  return next()
}
