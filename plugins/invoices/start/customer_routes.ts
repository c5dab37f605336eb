import type router from '@adonisjs/core/services/router'

const InvoicesController = () => import('../controllers/invoices_controller.js')

/** Mounted by the core under /invoices, behind login and the customer's organization. */
export default function (routes: typeof router) {
  routes.get('/', [InvoicesController, 'index']).as('index')
  routes.get('/:id', [InvoicesController, 'show']).as('show')
}
