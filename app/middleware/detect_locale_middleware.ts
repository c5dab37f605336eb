import { I18n } from '@adonisjs/i18n'
import i18nManager from '@adonisjs/i18n/services/main'
import type { NextFn } from '@adonisjs/core/types/http'
import { type HttpContext, RequestValidator } from '@adonisjs/core/http'
import PortalMessagesProvider from '#validators/portal_messages_provider'

const LOCALE_COOKIE = 'portal_lang'

/**
 * German unless the visitor chose otherwise: `?lang=en` switches and is
 * remembered in a cookie for a year; without a choice the browser's
 * Accept-Language decides among the supported locales.
 */
export default class DetectLocaleMiddleware {
  static {
    RequestValidator.messagesProvider = (ctx) => new PortalMessagesProvider(ctx.i18n)
  }

  #pick(ctx: HttpContext) {
    const chosen = ctx.request.qs().lang
    if (typeof chosen === 'string' && i18nManager.supportedLocales().includes(chosen)) {
      ctx.response.plainCookie(LOCALE_COOKIE, chosen, {
        maxAge: '365d',
        httpOnly: true,
        sameSite: 'lax',
      })
      return chosen
    }
    const remembered = ctx.request.plainCookie(LOCALE_COOKIE)
    if (typeof remembered === 'string' && i18nManager.supportedLocales().includes(remembered)) {
      return remembered
    }
    return i18nManager.getSupportedLocaleFor(ctx.request.languages()) ?? i18nManager.defaultLocale
  }

  async handle(ctx: HttpContext, next: NextFn) {
    ctx.i18n = i18nManager.locale(this.#pick(ctx))
    ctx.containerResolver.bindValue(I18n, ctx.i18n)
    if ('view' in ctx) ctx.view.share({ i18n: ctx.i18n, locale: ctx.i18n.locale })
    return next()
  }
}

declare module '@adonisjs/core/http' {
  export interface HttpContext {
    i18n: I18n
  }
}
