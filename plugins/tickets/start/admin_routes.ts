import type router from '@adonisjs/core/services/router'

const AdminTicketsController = () => import('../controllers/admin/tickets_controller.js')
const AdminTicketRepliesController = () =>
  import('../controllers/admin/ticket_replies_controller.js')
const AdminTicketStatusController = () => import('../controllers/admin/ticket_status_controller.js')
const AdminTicketAssignmentController = () =>
  import('../controllers/admin/ticket_assignment_controller.js')
const AdminTicketAttachmentsController = () =>
  import('../controllers/admin/ticket_attachments_controller.js')
const AdminInboundMailsController = () => import('../controllers/admin/inbound_mails_controller.js')

/** Mounted by the core under /admin/tickets (names admin.tickets.*), behind login and staff. */
export default function (routes: typeof router) {
  routes.get('/', [AdminTicketsController, 'index']).as('index')
  // Replies by email held for review (before /:id, which would take "inbound" for an id).
  routes.get('/inbound', [AdminInboundMailsController, 'index']).as('inbound')
  routes.post('/inbound/:id/post', [AdminInboundMailsController, 'post']).as('inbound.post')
  routes.delete('/inbound/:id', [AdminInboundMailsController, 'discard']).as('inbound.discard')
  routes.get('/:id', [AdminTicketsController, 'show']).as('show')
  routes.post('/:id/replies', [AdminTicketRepliesController, 'store']).as('reply')
  routes.post('/:id/status', [AdminTicketStatusController, 'update']).as('status')
  routes.post('/:id/assignee', [AdminTicketAssignmentController, 'update']).as('assign')
  routes
    .get('/:id/attachments/:attachmentId', [AdminTicketAttachmentsController, 'show'])
    .as('attachment')
}
