import type router from '@adonisjs/core/services/router'

const AdminInvoicesController = () => import('../controllers/admin/invoices_controller.js')
const AdminInvoiceUploadsController = () =>
  import('../controllers/admin/invoice_uploads_controller.js')
const AdminInvoiceBatchesController = () =>
  import('../controllers/admin/invoice_batches_controller.js')
const AdminInvoiceEditsController = () => import('../controllers/admin/invoice_edits_controller.js')
const AdminInvoicePaymentsController = () =>
  import('../controllers/admin/invoice_payments_controller.js')
const AdminInvoiceDeletionsController = () =>
  import('../controllers/admin/invoice_deletions_controller.js')

/**
 * Mounted by the core under /admin/invoices, behind login and staff; names
 * are prefixed "admin.invoices.". The routes taking files ("/", "/batch",
 * "/:id") are declared as `adminUploads` in the manifest. Fixed paths come
 * before "/:id".
 */
export default function (routes: typeof router) {
  routes.get('/', [AdminInvoicesController, 'index']).as('index')
  routes.get('/new', [AdminInvoiceUploadsController, 'create']).as('create')
  routes.post('/', [AdminInvoiceUploadsController, 'store']).as('store')
  routes.get('/batch', [AdminInvoiceBatchesController, 'create']).as('batch')
  routes.post('/batch', [AdminInvoiceBatchesController, 'store']).as('batch.store')
  routes.get('/:id', [AdminInvoicesController, 'show']).as('show')
  routes.get('/:id/pdf', [AdminInvoicesController, 'pdf']).as('pdf')
  routes.get('/:id/edit', [AdminInvoiceEditsController, 'edit']).as('edit')
  // POST, not PUT: browsers and Inertia send files only with POST.
  routes.post('/:id', [AdminInvoiceEditsController, 'update']).as('update')
  routes.post('/:id/paid', [AdminInvoicePaymentsController, 'paid']).as('paid')
  routes.post('/:id/unpaid', [AdminInvoicePaymentsController, 'unpaid']).as('unpaid')
  routes.delete('/:id', [AdminInvoiceDeletionsController, 'destroy']).as('destroy')
}
