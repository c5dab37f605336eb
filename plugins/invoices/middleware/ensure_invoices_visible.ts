import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import InvoicesNotFoundException from '../exceptions/invoices_not_found_exception.js'
import { invoicesVisible } from '../services/customer_invoices.js'

/** For a user whose invoices are hidden, every invoices route does not exist. */
export default async function ensureInvoicesVisible(ctx: HttpContext, next: NextFn) {
  if (!(await invoicesVisible(ctx.auth.getUserOrFail()))) throw new InvoicesNotFoundException()
  return next()
}
