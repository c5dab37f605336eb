import app from '@adonisjs/core/services/app'
import { type HttpContext, ExceptionHandler } from '@adonisjs/core/http'
import type { HttpError, StatusPageRange, StatusPageRenderer } from '@adonisjs/core/types/http'
import DatabaseUnavailableException from '#exceptions/database_unavailable_exception'
import StorageUnavailableException from '#exceptions/storage_unavailable_exception'
import { renderErrorPage } from '#exceptions/error_pages'
import { errors as bouncerErrors } from '@adonisjs/bouncer'

/**
 * Thin on purpose: domain errors render themselves (their own handle()),
 * validation errors go back to the form. Friendly pages for 404 and 5xx.
 */
export default class HttpExceptionHandler extends ExceptionHandler {
  protected debug = !app.inProduction
  protected renderStatusPages = app.inProduction || app.inTest

  /** The portal's own pages, in the visitor's language and layout (app/exceptions/error_pages.ts). */
  protected statusPages: Record<StatusPageRange, StatusPageRenderer> = {
    '403': (_, ctx) => renderErrorPage(ctx, 'errors/forbidden'),
    '404': (_, ctx) => renderErrorPage(ctx, 'errors/not_found'),
    '500..502': (_, ctx) => renderErrorPage(ctx, 'errors/server_error'),
    '503': (_, ctx) => renderErrorPage(ctx, 'errors/unavailable'),
    '504..599': (_, ctx) => renderErrorPage(ctx, 'errors/server_error'),
  }

  async handle(error: unknown, ctx: HttpContext) {
    // A policy said no: the 403 (or 404) page, for forms too. Only a refusal meant for the
    // form (409, see refusedOnForm) is left to Bouncer, which flashes its message and goes back.
    if (error instanceof bouncerErrors.E_AUTHORIZATION_FAILURE && error.response.status !== 409) {
      const status = error.response.status ?? 403
      const page = status === 404 ? 'errors/not_found' : 'errors/forbidden'
      return ctx.response.status(status).send(await renderErrorPage(ctx, page))
    }
    // Files over the body limit: back to the form with a message, not a bare 413 page.
    if (
      (error as { code?: string })?.code === 'E_REQUEST_ENTITY_TOO_LARGE' &&
      this.#isInertiaForm(ctx)
    ) {
      ctx.session.flash('error', ctx.i18n.t('messages.upload.too_large', { limit: '50 MB' }))
      return ctx.response.redirect().back()
    }
    // The file store is away: the upload's transaction has undone everything; say so on the form.
    if (StorageUnavailableException.matches(error)) {
      if (ctx.request.method() !== 'GET' && this.#isInertiaForm(ctx)) {
        ctx.session.flash('error', ctx.i18n.t('messages.upload.storage_unavailable'))
        return ctx.response.redirect().back()
      }
      ctx.response.header('Retry-After', '30')
      return super.handle(
        new StorageUnavailableException('the file store cannot be reached', { cause: error }),
        ctx
      )
    }
    // The database is away: "back in a moment", never a stack trace. (After the store: an S3
    // error also carries a refused connection among its causes.)
    if (DatabaseUnavailableException.matches(error)) {
      ctx.response.header('Retry-After', '30')
      return super.handle(
        new DatabaseUnavailableException('the database cannot be reached', { cause: error }),
        ctx
      )
    }
    return super.handle(error, ctx)
  }

  #isInertiaForm(ctx: HttpContext) {
    return Boolean(ctx.request.header('x-inertia')) && 'session' in ctx
  }

  /**
   * A 4xx is the portal refusing a request on purpose (an unknown address, a
   * customer at an admin URL, an expired form, a file over the limit): the
   * visitor gets the page that says so and the request log line has the
   * status. Only what went wrong on our side (5xx, and any error without a
   * status) is reported.
   */
  protected shouldReport(error: HttpError) {
    return error.status >= 500 && super.shouldReport(error)
  }

  async report(error: unknown, ctx: HttpContext) {
    if (StorageUnavailableException.matches(error)) {
      ctx.logger.error({ err: error }, 'the file store cannot be reached: nothing was saved')
      return
    }
    if (DatabaseUnavailableException.matches(error)) {
      ctx.logger.error(
        { err: error },
        'a service the portal needs (the database, the job queue) cannot be reached: answered 503'
      )
      return
    }
    return super.report(error, ctx)
  }
}
