import type { HttpContext } from '@adonisjs/core/http'
import StaffMemberPolicy from '#policies/staff_member_policy'
import StaffQueries from '#queries/staff_queries'
import AddStaffMember from '#actions/staff/add_staff_member'
import ChangeStaffRole from '#actions/staff/change_staff_role'
import ChangeStaffStatus from '#actions/staff/change_staff_status'
import StaffMemberTransformer from '#transformers/staff_member_transformer'
import { newStaffValidator, staffRoleValidator } from '#validators/admin/staff'

/**
 * The agency's team (admins only, see the `staff` route middleware): who may
 * use the admin console, in which role. Who may change whom is the
 * StaffMemberPolicy (never oneself).
 */
export default class StaffController {
  async index({ inertia, auth, bouncer }: HttpContext) {
    const members = await StaffQueries.list()
    const policy = bouncer.with(StaffMemberPolicy)
    const staff = await Promise.all(
      members.map(async (member) =>
        StaffMemberTransformer.row(member, await policy.allows('change', member))
      )
    )
    return inertia.render('admin/staff/index', { me: auth.user!.id, staff })
  }

  async store(ctx: HttpContext) {
    const { request, response, session, i18n } = ctx
    const input = await request.validateUsing(newStaffValidator)
    const user = await AddStaffMember.handle(ctx, input)
    if (!user) {
      session.flash('inputErrorsBag', { email: i18n.t('admin.staff.email_taken') })
      session.flashOnly(['email', 'name', 'staffRole'])
      return response.redirect().toRoute('admin.staff.index')
    }
    session.flash('success', i18n.t('admin.staff.added', { email: user.email }))
    return response.redirect().toRoute('admin.staff.index')
  }

  async updateRole(ctx: HttpContext) {
    const member = await StaffQueries.find(ctx.params.id)
    await ctx.bouncer.with(StaffMemberPolicy).authorize('change', member)
    const { staffRole } = await ctx.request.validateUsing(staffRoleValidator)
    await ChangeStaffRole.handle(ctx, member, staffRole)
    const name = member.name ?? member.email
    ctx.session.flash('success', ctx.i18n.t('admin.staff.role_saved', { name }))
    return ctx.response.redirect().toRoute('admin.staff.index')
  }

  async updateStatus(ctx: HttpContext) {
    const member = await StaffQueries.find(ctx.params.id)
    await ctx.bouncer.with(StaffMemberPolicy).authorize('change', member)
    const disable = [true, 'true'].includes(ctx.request.input('disabled'))
    await ChangeStaffStatus.handle(ctx, member, disable)
    const key = disable ? 'admin.staff.disabled_done' : 'admin.staff.enabled_done'
    ctx.session.flash('success', ctx.i18n.t(key, { name: member.name ?? member.email }))
    return ctx.response.redirect().toRoute('admin.staff.index')
  }
}
