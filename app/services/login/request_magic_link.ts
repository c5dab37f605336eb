import { setTimeout as sleep } from 'node:timers/promises'
import { DateTime } from 'luxon'
import mail from '@adonisjs/mail/services/main'
import limiter from '@adonisjs/limiter/services/main'
import portalConfig from '#config/portal'
import User from '#models/user'
import LoginAttempt from '#models/login_attempt'
import MagicLinkMail from '#mails/magic_link_mail'
import Allowlist from '#services/allowlist'
import { recordAudit } from '#services/audit_log'
import { createSecretToken, sha256Hex } from '#services/secret_token'
import type { HttpContext } from '@adonisjs/core/http'

export type MagicLinkOutcome =
  { kind: 'sent' } | { kind: 'refused' } | { kind: 'rate_limited'; retryInMinutes: number }

const rules = portalConfig.login

/**
 * Step 1 of the login: "Weiter" with an email address.
 *
 * An allowlisted, enabled address gets a new login attempt and a magic-link
 * mail, queued so the answer never waits on SMTP. So does a new address at a
 * domain one organization allows (it joins that organization, see
 * `#joinByDomain`). Every answer — sent, refused or rate limited — takes at
 * least `minimumAnswerMs`, so timing tells nothing about which addresses exist.
 */
export default class RequestMagicLink {
  async handle(rawEmail: string, { request, i18n }: Pick<HttpContext, 'request' | 'i18n'>) {
    const startedAt = Date.now()
    try {
      return await this.#decide(User.normalizeEmail(rawEmail), request, i18n.locale)
    } finally {
      const remaining = rules.minimumAnswerMs - (Date.now() - startedAt)
      if (remaining > 0) await sleep(remaining)
    }
  }

  async #decide(
    email: string,
    request: HttpContext['request'],
    locale: string
  ): Promise<MagicLinkOutcome> {
    const limited = await this.#consumeRateLimits(email, request.ip())
    if (limited) {
      await recordAudit('login.rate_limited', { request, meta: { email } })
      return limited
    }

    const user = (await User.findByEmail(email)) ?? (await this.#joinByDomain(email, request))
    if (!user || !user.canLogIn) {
      await recordAudit('login.refused', { user, request, meta: { email } })
      return { kind: 'refused' }
    }

    const token = createSecretToken()
    const attempt = await LoginAttempt.create({
      userId: user.id,
      tokenHash: sha256Hex(token),
      expiresAt: DateTime.now().plus({ minutes: rules.attemptMinutes }),
      requestedIp: request.ip(),
    })
    await recordAudit('login.requested', { user, request })
    await mail.sendLater(new MagicLinkMail(user, token, locale, attempt.expiresAt.toJSDate()))
    return { kind: 'sent' }
  }

  /**
   * An address nobody listed, at a domain exactly one organization allows:
   * the person becomes a member of it now, as "invited" (and "active" after
   * the first completed login, like everyone else). Now and not at the end
   * of the login, because a login attempt belongs to a user row, and the
   * rest of the flow (link, TOTP setup, device trust) then works unchanged.
   * The cost, an invited row for an address that never finishes the login,
   * is bounded by the rate limits above and visible to staff as "invited".
   * A disabled address never gets here: it has a row, and that row says no.
   */
  async #joinByDomain(email: string, request: HttpContext['request']) {
    const joined = await Allowlist.joinByDomain(email)
    if (!joined) return null
    if (joined.created) {
      await recordAudit('customers.joined_by_domain', {
        user: joined.user,
        request,
        meta: { domain: User.domainOf(email) },
      })
    }
    return joined.user
  }

  /**
   * Per address from this IP first, then per IP, then per address from
   * everywhere; unknown addresses count too. A request refused by one check
   * uses up none after it, so a stranger who keeps asking for a customer's
   * address exhausts only their own share (3), not the customer's.
   */
  async #consumeRateLimits(email: string, ip: string): Promise<MagicLinkOutcome | null> {
    const duration = `${rules.linkRequestWindowMinutes} mins`
    const address = sha256Hex(email)
    const checks = [
      {
        key: `magic_link:email_ip:${address}:${ip}`,
        requests: rules.maxLinkRequestsPerAddressAndIp,
      },
      { key: `magic_link:ip:${ip}`, requests: rules.maxLinkRequestsPerIp },
      { key: `magic_link:email:${address}`, requests: rules.maxLinkRequestsPerAddress },
    ]
    for (const check of checks) {
      const bucket = limiter.use({ requests: check.requests, duration })
      const allowed = await bucket.attempt(check.key, () => true)
      if (!allowed) {
        const seconds = await bucket.availableIn(check.key)
        return { kind: 'rate_limited', retryInMinutes: Math.max(1, Math.ceil(seconds / 60)) }
      }
    }
    return null
  }
}
