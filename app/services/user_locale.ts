import i18nManager from '@adonisjs/i18n/services/main'
import type User from '#models/user'

/** The language mails to this person are written in: theirs if supported, else the default. */
export function mailLocaleOf(user: Pick<User, 'locale'> | null | undefined) {
  const locale = user?.locale
  return locale && i18nManager.supportedLocales().includes(locale)
    ? locale
    : i18nManager.defaultLocale
}

/** Remembers the language a person uses, writing only when it changed. */
export async function rememberLocale(user: User, locale: string) {
  if (user.locale === locale || !i18nManager.supportedLocales().includes(locale)) return
  user.locale = locale
  await user.save()
}
