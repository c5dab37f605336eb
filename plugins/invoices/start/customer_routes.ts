import type router from '@adonisjs/core/services/router'
import ensureInvoicesVisible from '../middleware/ensure_invoices_visible.js'

const InvoicesController = () => import('../controllers/invoices_controller.js')
const InvoiceArchivesController = () => import('../controllers/invoice_archives_controller.js')

/** Mounted by the core under /invoices, behind login and the customer's organization. */
export default function (routes: typeof router) {
  routes.get('/', [InvoicesController, 'index']).as('index').use(ensureInvoicesVisible)
  routes
    .get('/download.zip', [InvoiceArchivesController, 'show'])
    .as('zip')
    .use(ensureInvoicesVisible)
  routes
    .get('/:id/download', [InvoicesController, 'download'])
    .as('download')
    .use(ensureInvoicesVisible)
}
