import type router from '@adonisjs/core/services/router'

const TicketsController = () => import('../controllers/tickets_controller.js')
const TicketRepliesController = () => import('../controllers/ticket_replies_controller.js')
const TicketStatusController = () => import('../controllers/ticket_status_controller.js')
const TicketAttachmentsController = () => import('../controllers/ticket_attachments_controller.js')
const TicketFollowersController = () => import('../controllers/ticket_followers_controller.js')

/** Mounted by the core under /tickets, behind login and the customer's organization. */
export default function (routes: typeof router) {
  routes.get('/', [TicketsController, 'index']).as('index')
  routes.get('/new', [TicketsController, 'create']).as('create')
  routes.post('/', [TicketsController, 'store']).as('store')
  routes.get('/:id', [TicketsController, 'show']).as('show')
  routes.post('/:id/replies', [TicketRepliesController, 'store']).as('reply')
  routes.post('/:id/close', [TicketStatusController, 'close']).as('close')
  routes.post('/:id/reopen', [TicketStatusController, 'reopen']).as('reopen')
  routes.post('/:id/follow', [TicketFollowersController, 'follow']).as('follow')
  routes.post('/:id/unfollow', [TicketFollowersController, 'unfollow']).as('unfollow')
  routes
    .get('/:id/attachments/:attachmentId', [TicketAttachmentsController, 'show'])
    .as('attachment')
}
