import type router from '@adonisjs/core/services/router'

const TicketsController = () => import('../controllers/tickets_controller.js')

/** Mounted by the core under /tickets, behind login and the customer's organization. */
export default function (routes: typeof router) {
  routes.get('/', [TicketsController, 'index']).as('index')
  routes.get('/:id', [TicketsController, 'show']).as('show')
}
