/*
| Admin console: organizations, their customers, the allowlist (all staff).
*/
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'
import router from '@adonisjs/core/services/router'

router
  .group(() => {
    router
      .get('/organizations', [controllers.admin.Organizations, 'index'])
      .as('organizations.index')
    router
      .post('/organizations', [controllers.admin.Organizations, 'store'])
      .as('organizations.store')
    router
      .get('/organizations/lookup', [controllers.admin.OrganizationLookup, 'index'])
      .as('organizations.lookup')
    router
      .get('/organizations/:id', [controllers.admin.Organizations, 'show'])
      .as('organizations.show')
    router
      .put('/organizations/:id', [controllers.admin.Organizations, 'update'])
      .as('organizations.update')
    router
      .post('/organizations/:id/customers', [controllers.admin.OrganizationCustomers, 'store'])
      .as('organizations.customers.store')
    router
      .get('/organizations/:id/import', [controllers.admin.CustomerImports, 'show'])
      .as('organizations.import.show')
    router
      .post('/organizations/:id/import/preview', [controllers.admin.CustomerImports, 'preview'])
      .as('organizations.import.preview')
    router
      .post('/organizations/:id/import', [controllers.admin.CustomerImports, 'store'])
      .as('organizations.import.store')

    router.get('/customers/:id', [controllers.admin.Customers, 'show']).as('customers.show')
    router.put('/customers/:id', [controllers.admin.Customers, 'update']).as('customers.update')
    router
      .post('/customers/:id/disable', [controllers.admin.Customers, 'disable'])
      .as('customers.disable')
    router
      .post('/customers/:id/enable', [controllers.admin.Customers, 'enable'])
      .as('customers.enable')
    router
      .put('/customers/:id/settings', [controllers.admin.Customers, 'settings'])
      .as('customers.settings')
    router
      .post('/customers/:id/invitation', [controllers.admin.Customers, 'invite'])
      .as('customers.invite')
  })
  .prefix('/admin')
  .as('admin')
  .use([middleware.auth(), middleware.staff()])
