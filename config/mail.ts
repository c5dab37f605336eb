import env from '#start/env'
import { defineConfig, transports } from '@adonisjs/mail'
import portalConfig from '#config/portal'
import MailboxTransport from '#mails/transports/mailbox_transport'

/**
 * SMTP when SMTP_HOST is set. Otherwise every mail is caught by the mailbox
 * transport: written to tmp/mailbox, printed to the console with its links
 * and listed at /dev/mails (development only). Mail is never dropped.
 */
export const usesSmtp = Boolean(env.get('SMTP_HOST'))

const smtpUser = env.get('SMTP_USERNAME')

const mailConfig = defineConfig({
  default: usesSmtp ? 'smtp' : 'mailbox',
  from: { address: portalConfig.mailFrom, name: portalConfig.name },
  mailers: {
    smtp: transports.smtp({
      host: env.get('SMTP_HOST', '127.0.0.1'),
      port: env.get('SMTP_PORT', 587),
      secure: env.get('SMTP_SECURE', false),
      /**
       * Fail fast when the server is away or hangs: the mail job then retries
       * with backoff instead of holding a worker slot for minutes.
       */
      connectionTimeout: 5_000,
      greetingTimeout: 5_000,
      socketTimeout: 30_000,
      ...(smtpUser
        ? { auth: { type: 'login' as const, user: smtpUser, pass: env.get('SMTP_PASSWORD', '') } }
        : {}),
    }),
    mailbox: () => new MailboxTransport(),
  },
})

export default mailConfig

declare module '@adonisjs/mail/types' {
  export interface MailersList extends InferMailers<typeof mailConfig> {}
}
