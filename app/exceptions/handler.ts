import app from '@adonisjs/core/services/app'
import { type HttpContext, ExceptionHandler } from '@adonisjs/core/http'
import type { StatusPageRange, StatusPageRenderer } from '@adonisjs/core/types/http'

/**
 * Thin on purpose: domain errors render themselves (their own handle()),
 * validation errors go back to the form. Friendly pages for 404 and 5xx.
 */
export default class HttpExceptionHandler extends ExceptionHandler {
  protected debug = !app.inProduction
  protected renderStatusPages = app.inProduction || app.inTest

  protected statusPages: Record<StatusPageRange, StatusPageRenderer> = {
    '404': (_, { inertia }) => inertia.render('errors/not_found', {}),
    '500..599': (_, { inertia }) => inertia.render('errors/server_error', {}),
  }

  async handle(error: unknown, ctx: HttpContext) {
    // Files over the body limit: back to the form with a message, not a bare 413 page.
    if ((error as { code?: string })?.code === 'E_REQUEST_ENTITY_TOO_LARGE' && ctx.request.header('x-inertia') && 'session' in ctx) {
      ctx.session.flash('error', ctx.i18n.t('messages.upload.too_large', { limit: '50 MB' }))
      return ctx.response.redirect().back()
    }
    return super.handle(error, ctx)
  }

  async report(error: unknown, ctx: HttpContext) {
    return super.report(error, ctx)
  }
}
