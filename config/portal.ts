import env from '#start/env'
import string from '@adonisjs/core/helpers/string'

/**
 * The portal's own settings: what the customer sees and the login rules of
 * DESIGN.md. The time limits are requirements, not tuning knobs, which is why
 * they are constants and not environment variables.
 */
const port = env.get('PORT', 3333)
const host = env.get('HOST', 'localhost')

const portalConfig = {
  name: env.get('PORTAL_NAME', 'Kundenportal'),
  url: (env.get('APP_URL') ?? `http://${host}:${port}`).replace(/\/+$/, ''),
  supportEmail: env.get('SUPPORT_EMAIL', 'support@example.com'),
  mailFrom: env.get('MAIL_FROM', 'portal@example.com'),

  /**
   * The agency's look: a logo file (served at /branding/logo, shown in the
   * header, on the login card and in the mails) and the theme colour of
   * buttons and links, the browser's toolbar and the mails' buttons.
   */
  branding: {
    logoPath: env.get('PORTAL_LOGO') ?? null,
    color: env.get('PORTAL_THEME_COLOR') ?? '#1d4ed8',
  },

  /** false: unknown addresses get the same neutral answer as known ones */
  revealUnknownAddresses: env.get('LOGIN_REVEAL_UNKNOWN', true),

  login: {
    /** link + code must be done within this many minutes of the mail */
    attemptMinutes: 15,
    /** wrong codes per login attempt before it is void */
    maxCodeFailuresPerAttempt: 5,
    /** wrong codes per account within the window below */
    maxCodeFailuresPerAccount: 10,
    accountFailureWindowMinutes: 15,
    /**
     * Magic-link requests within the window below: per address from one IP
     * (what a person needs), per address from everywhere (much higher, so a
     * stranger cannot use up a customer's links from a few addresses of
     * their own), and per IP whatever the addresses.
     */
    maxLinkRequestsPerAddressAndIp: 3,
    maxLinkRequestsPerAddress: 20,
    maxLinkRequestsPerIp: 30,
    linkRequestWindowMinutes: 15,
    /** every answer to "Weiter" takes at least this long (known or not) */
    minimumAnswerMs: 250,
  },

  devices: {
    /** a trusted device is trusted for this many days, counted from the code */
    trustDays: 30,
    cookieName: 'portal_device',
  },

  sessions: {
    /** staff: absolute and idle limits; customers stay up to the device trust */
    staffAbsoluteHours: 12,
    staffIdleMinutes: 30,
  },

  mail: {
    /**
     * A mail that could not be delivered is retried (backoff up to 30 s)
     * until this long after it was handed off; then staff see it as failed
     * in the console and can send it again. A magic link gives up earlier,
     * when it expires.
     */
    giveUpAfterMs: string.milliseconds.parse(env.get('MAIL_GIVE_UP_AFTER', '24h')),
  },

  totp: {
    issuer: env.get('PORTAL_NAME', 'Kundenportal'),
    /** ±1 step of 30 s */
    toleranceSeconds: 30,
    stepSeconds: 30,
  },
} as const

export default portalConfig
