import mail from '@adonisjs/mail/services/main'
import { SMTPTransport } from '@adonisjs/mail/transports/smtp'
import type { MailManagerTransportFactory } from '@adonisjs/mail/types'

/**
 * Makes a real SMTP mailer pointed at a test server the default for one
 * test. A new name rather than the configured "smtp" mailer, because the
 * manager caches mailer instances by name; the cleanup drops it again.
 */
export function useSmtpMailer(port: number, cleanup: (handler: () => Promise<void>) => void) {
  const mailConfig = mail.config as unknown as {
    default?: string
    mailers: Record<string, MailManagerTransportFactory>
  }
  const previousDefault = mailConfig.default
  mailConfig.mailers.smtp_test = () =>
    new SMTPTransport({
      host: '127.0.0.1',
      port,
      secure: false,
      ignoreTLS: true,
      connectionTimeout: 2000,
    })
  mailConfig.default = 'smtp_test'
  cleanup(async () => {
    mailConfig.default = previousDefault
    await mail.close('smtp_test' as never)
    delete mailConfig.mailers.smtp_test
  })
}
