import AuthLayout from '~/layouts/auth.vue'
import CustomerLayout from '~/layouts/customer.vue'
import { adminLayout } from '~/layouts/admin_layout'

type LayoutProps = Record<string, unknown>

function isStaff(props: LayoutProps) {
  return (props.user as { role?: string } | null | undefined)?.role === 'staff'
}

/**
 * The layout of a logged-in page both staff and customers open (Mein Konto):
 * the admin console's for staff, the customer's for customers. An arrow
 * function of the page props, as Inertia expects for a layout chosen per visit.
 */
export const layoutForUser = (props: LayoutProps) =>
  isStaff(props) ? adminLayout() : CustomerLayout

/**
 * The layout of a page anyone can meet (the error pages): as layoutForUser
 * for someone logged in, the login's for everyone else.
 */
export const layoutForVisitor = (props: LayoutProps) =>
  props.user ? layoutForUser(props) : AuthLayout
