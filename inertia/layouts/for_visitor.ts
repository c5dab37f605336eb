import AdminLayout from '~/layouts/admin.vue'
import AuthLayout from '~/layouts/auth.vue'
import CustomerLayout from '~/layouts/customer.vue'

/**
 * The layout of a page anyone can meet (the error pages): the admin console's
 * for staff, the customer's for customers, the login's for everyone else.
 * An arrow function of the page props, as Inertia expects for a layout
 * chosen per visit.
 */
export const layoutForVisitor = (props: Record<string, unknown>) => {
  const user = props.user as { role?: string } | null | undefined
  if (!user) return AuthLayout
  return user.role === 'staff' ? AdminLayout : CustomerLayout
}
