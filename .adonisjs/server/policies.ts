export const policies = {
  StaffMemberPolicy: () => import('#policies/staff_member_policy'),
  UserSecurityPolicy: () => import('#policies/user_security_policy'),
}

