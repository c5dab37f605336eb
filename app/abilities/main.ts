/*
|--------------------------------------------------------------------------
| Bouncer abilities
|--------------------------------------------------------------------------
| The "who may" questions that are about the user alone. Questions about a
| user and a record (this staff member, this person's security) are
| policies in app/policies; a plugin keeps its own in plugins/<id>/policies.
*/
import { Bouncer } from '@adonisjs/bouncer'
import type User from '#models/user'

/** The admin console: every staff member (admins and agents). */
export const useConsole = Bouncer.ability((user: User) => user.isStaff)

/** The team page (add staff, roles, disable): admins only. */
export const manageTeam = Bouncer.ability((user: User) => user.isAdmin)

/** The customer area of plugins: customers who belong to an organization. */
export const useCustomerArea = Bouncer.ability(
  (user: User) => user.isCustomer && user.organizationId !== null
)
