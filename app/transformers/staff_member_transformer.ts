import type User from '#models/user'

/** A row of the team page; `canChange` is the StaffMemberPolicy's answer for the viewer. */
export default class StaffMemberTransformer {
  static row(member: User, canChange: boolean) {
    return {
      id: member.id,
      name: member.name,
      email: member.email,
      staffRole: member.staffRole!,
      status: member.status,
      lastLoginAt: member.lastLoginAt?.toISO() ?? null,
      canChange,
    }
  }
}
