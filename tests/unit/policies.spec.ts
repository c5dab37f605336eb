import { test } from '@japa/runner'
import { Bouncer } from '@adonisjs/bouncer'
import * as abilities from '#abilities/main'
import User from '#models/user'
import StaffMemberPolicy from '#policies/staff_member_policy'
import UserSecurityPolicy from '#policies/user_security_policy'

/** Users as the policies see them; nothing is saved. */
function person(
  id: number,
  role: 'customer' | 'staff',
  staffRole: 'admin' | 'agent' | null = null
) {
  return new User().merge({ id, role, staffRole, organizationId: role === 'customer' ? 7 : null })
}
const admin = person(1, 'staff', 'admin')
const http = person(2, 'staff', 'agent')
const customer = person(3, 'customer')
const otherAdmin = person(4, 'staff', 'admin')

/** The answer, or the status of a refusal (403, or 409 for a refusal shown on the form). */
async function answer(bouncer: Bouncer<User, typeof abilities>, ...check: [string, User]) {
  const policy = bouncer.with(check[0] === 'staff' ? StaffMemberPolicy : UserSecurityPolicy)
  const action = check[0] === 'staff' ? 'change' : (check[0] as 'view' | 'change')
  try {
    await (policy.authorize as (action: string, user: User) => Promise<void>)(action, check[1])
    return 'allowed'
  } catch (error) {
    return (error as { response: { status?: number } }).response.status ?? 403
  }
}

test.group('Policies | who may do what in the console', () => {
  test('abilities: the console for staff, the team for admins, the customer area for customers', async ({
    assert,
  }) => {
    const of = (user: User | null) => new Bouncer(user, abilities)
    assert.isTrue(await of(http).allows('useConsole'))
    assert.isFalse(await of(customer).allows('useConsole'))
    assert.isFalse(await of(null).allows('useConsole'))
    assert.isTrue(await of(admin).allows('manageTeam'))
    assert.isFalse(await of(http).allows('manageTeam'))
    assert.isTrue(await of(customer).allows('useCustomerArea'))
    assert.isFalse(await of(http).allows('useCustomerArea'))
    const homeless = person(9, 'customer').merge({ organizationId: null })
    assert.isFalse(await of(homeless).allows('useCustomerArea'))
  })

  test('security of another user: agents for customers, admins for everyone, nobody for themselves', async ({
    assert,
  }) => {
    const as = (user: User) => new Bouncer(user, abilities)
    assert.equal(await answer(as(http), 'view', customer), 'allowed')
    assert.equal(await answer(as(http), 'change', customer), 'allowed')
    assert.equal(await answer(as(http), 'view', otherAdmin), 403)
    assert.equal(await answer(as(http), 'change', otherAdmin), 403)
    assert.equal(await answer(as(admin), 'change', http), 'allowed')
    assert.equal(await answer(as(admin), 'view', admin), 'allowed')
    assert.equal(await answer(as(admin), 'change', admin), 409)
    assert.equal(await answer(as(customer), 'view', customer), 403)
  })

  test('staff members: admins change others, never themselves; agents nobody', async ({
    assert,
  }) => {
    const as = (user: User) => new Bouncer(user, abilities)
    assert.equal(await answer(as(admin), 'staff', http), 'allowed')
    assert.equal(await answer(as(admin), 'staff', otherAdmin), 'allowed')
    assert.equal(await answer(as(admin), 'staff', admin), 409)
    assert.equal(await answer(as(http), 'staff', otherAdmin), 403)
  })
})
