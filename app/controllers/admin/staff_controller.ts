import type { HttpContext } from '@adonisjs/core/http'
import User from '#models/user'
import Allowlist from '#services/allowlist'
import { recordStaffAction } from '#services/audit_log'
import { newStaffValidator, staffRoleValidator } from '#validators/admin/staff'

/**
 * The agency's team (admins only): who may use the admin console, in which
 * role. Nobody changes their own role or status here, so an admin can never
 * lock the portal out of its last admin by accident.
 */
export default class StaffController {
  async index({ inertia, auth }: HttpContext) {
    const staff = await User.query()
      .where('role', 'staff')
      .orderByRaw('lower(coalesce(name, email))')
    return inertia.render('admin/staff/index', {
      me: auth.user!.id,
      staff: staff.map((member) => ({
        id: member.id,
        name: member.name,
        email: member.email,
        staffRole: member.staffRole!,
        status: member.status,
        lastLoginAt: member.lastLoginAt?.toISO() ?? null,
      })),
    })
  }

  async store(ctx: HttpContext) {
    const { request, response, session, i18n } = ctx
    const input = await request.validateUsing(newStaffValidator)
    const emailTaken = () => {
      session.flash('inputErrorsBag', { email: i18n.t('admin.staff.email_taken') })
      session.flashOnly(['email', 'name', 'staffRole'])
      return response.redirect().toRoute('admin.staff.index')
    }
    if (await User.findByEmail(input.email)) return emailTaken()
    let user: User
    try {
      const allowed = await Allowlist.allowStaff(input)
      user = allowed.user
    } catch (error) {
      // Someone added the same address in the same moment (unique index on the email).
      if ((error as { code?: string }).code === '23505') return emailTaken()
      throw error
    }
    await recordStaffAction(ctx, 'staff.added', { user, meta: { role: user.staffRole } })
    session.flash('success', i18n.t('admin.staff.added', { email: user.email }))
    return response.redirect().toRoute('admin.staff.index')
  }

  async updateRole(ctx: HttpContext) {
    const member = await this.#otherMember(ctx)
    if (!member) return
    const { staffRole } = await ctx.request.validateUsing(staffRoleValidator)
    if (member.staffRole !== staffRole) {
      const from = member.staffRole
      member.staffRole = staffRole
      await member.save()
      await recordStaffAction(ctx, 'staff.role_changed', {
        user: member,
        meta: { from, to: staffRole },
      })
    }
    ctx.session.flash(
      'success',
      ctx.i18n.t('admin.staff.role_saved', { name: member.name ?? member.email })
    )
    return ctx.response.redirect().toRoute('admin.staff.index')
  }

  /** Disabling ends the member's sessions on their next request (session limits middleware). */
  async updateStatus(ctx: HttpContext) {
    const member = await this.#otherMember(ctx)
    if (!member) return
    const disable =
      ctx.request.input('disabled') === true || ctx.request.input('disabled') === 'true'
    const next = disable ? 'disabled' : member.lastLoginAt ? 'active' : 'invited'
    if (member.status !== next) {
      member.status = next
      await member.save()
      await recordStaffAction(ctx, disable ? 'staff.disabled' : 'staff.enabled', { user: member })
    }
    const key = disable ? 'admin.staff.disabled_done' : 'admin.staff.enabled_done'
    ctx.session.flash('success', ctx.i18n.t(key, { name: member.name ?? member.email }))
    return ctx.response.redirect().toRoute('admin.staff.index')
  }

  /** The staff member of the URL, never the one acting; anything else answers 404 or a message. */
  async #otherMember({ params, auth, response, session, i18n }: HttpContext) {
    const member = await User.query()
      .where('id', Number(params.id) || 0)
      .where('role', 'staff')
      .first()
    if (!member) {
      response.notFound('Not found')
      return null
    }
    if (member.id === auth.user!.id) {
      session.flash('error', i18n.t('admin.staff.not_yourself'))
      response.redirect().toRoute('admin.staff.index')
      return null
    }
    return member
  }
}
