/* eslint-disable prettier/prettier */
/// <reference path="../manifest.d.ts" />

import type { ExtractBody, ExtractErrorResponse, ExtractQuery, ExtractQueryForGet, ExtractResponse } from '@tuyau/core/types'
import type { InferInput, SimpleError } from '@vinejs/vine/types'

export type ParamValue = string | number | bigint | boolean

export interface Registry {
  'home': {
    methods: ["GET","HEAD"]
    pattern: '/'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/home_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/home_controller').default['index']>>>
    }
  }
  'login.show': {
    methods: ["GET","HEAD"]
    pattern: '/login'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/login_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/login_controller').default['show']>>>
    }
  }
  'login.request': {
    methods: ["POST"]
    pattern: '/login'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/login').emailValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/login').emailValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/login_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/login_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'login.link.show': {
    methods: ["GET","HEAD"]
    pattern: '/login/link/:token'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { token: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/magic_link_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/magic_link_controller').default['show']>>>
    }
  }
  'login.link.confirm': {
    methods: ["POST"]
    pattern: '/login/link'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/login').linkTokenValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/login').linkTokenValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/magic_link_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/magic_link_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'login.setup.show': {
    methods: ["GET","HEAD"]
    pattern: '/login/setup'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/totp_setup_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/totp_setup_controller').default['show']>>>
    }
  }
  'login.setup.store': {
    methods: ["POST"]
    pattern: '/login/setup'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/login').codeValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/login').codeValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/totp_setup_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/totp_setup_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'login.code.show': {
    methods: ["GET","HEAD"]
    pattern: '/login/code'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/totp_code_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/totp_code_controller').default['show']>>>
    }
  }
  'login.code.store': {
    methods: ["POST"]
    pattern: '/login/code'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/login').codeValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/login').codeValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/totp_code_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/totp_code_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'login.passkey.options': {
    methods: ["GET","HEAD"]
    pattern: '/login/passkey/options'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/passkey_login_controller').default['options']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/passkey_login_controller').default['options']>>>
    }
  }
  'dashboard': {
    methods: ["GET","HEAD"]
    pattern: '/dashboard'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/dashboard_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/dashboard_controller').default['show']>>>
    }
  }
  'logout': {
    methods: ["POST"]
    pattern: '/logout'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/logout_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/logout_controller').default['store']>>>
    }
  }
  'admin.dashboard': {
    methods: ["GET","HEAD"]
    pattern: '/admin'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/dashboard_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/dashboard_controller').default['show']>>>
    }
  }
  'admin.organizations.index': {
    methods: ["GET","HEAD"]
    pattern: '/admin/organizations'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/organizations_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/organizations_controller').default['index']>>>
    }
  }
  'admin.organizations.store': {
    methods: ["POST"]
    pattern: '/admin/organizations'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/admin/organization').createOrganizationValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/admin/organization').createOrganizationValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/organizations_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/organizations_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.organizations.lookup': {
    methods: ["GET","HEAD"]
    pattern: '/admin/organizations/lookup'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/organization_lookup_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/organization_lookup_controller').default['index']>>>
    }
  }
  'admin.organizations.show': {
    methods: ["GET","HEAD"]
    pattern: '/admin/organizations/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/organizations_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/organizations_controller').default['show']>>>
    }
  }
  'admin.organizations.update': {
    methods: ["PUT"]
    pattern: '/admin/organizations/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/admin/organization').updateOrganizationValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/admin/organization').updateOrganizationValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/organizations_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/organizations_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.organizations.customers.store': {
    methods: ["POST"]
    pattern: '/admin/organizations/:id/customers'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/admin/customer').addCustomerValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/admin/customer').addCustomerValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/organization_customers_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/organization_customers_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.organizations.import.show': {
    methods: ["GET","HEAD"]
    pattern: '/admin/organizations/:id/import'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/customer_imports_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/customer_imports_controller').default['show']>>>
    }
  }
  'admin.organizations.import.preview': {
    methods: ["POST"]
    pattern: '/admin/organizations/:id/import/preview'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/admin/customer_import').importPreviewValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/admin/customer_import').importPreviewValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/customer_imports_controller').default['preview']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/customer_imports_controller').default['preview']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.organizations.import.store': {
    methods: ["POST"]
    pattern: '/admin/organizations/:id/import'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/admin/customer_import').importCommitValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/admin/customer_import').importCommitValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/customer_imports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/customer_imports_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.customers.show': {
    methods: ["GET","HEAD"]
    pattern: '/admin/customers/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/customers_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/customers_controller').default['show']>>>
    }
  }
  'admin.customers.update': {
    methods: ["PUT"]
    pattern: '/admin/customers/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/admin/customer').updateCustomerValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/admin/customer').updateCustomerValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/customers_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/customers_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.customers.disable': {
    methods: ["POST"]
    pattern: '/admin/customers/:id/disable'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/customers_controller').default['disable']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/customers_controller').default['disable']>>>
    }
  }
  'admin.customers.enable': {
    methods: ["POST"]
    pattern: '/admin/customers/:id/enable'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/customers_controller').default['enable']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/customers_controller').default['enable']>>>
    }
  }
  'admin.customers.settings': {
    methods: ["PUT"]
    pattern: '/admin/customers/:id/settings'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/customers_controller').default['settings']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/customers_controller').default['settings']>>>
    }
  }
  'admin.customers.invite': {
    methods: ["POST"]
    pattern: '/admin/customers/:id/invitation'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/admin/customer').inviteCustomerValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/admin/customer').inviteCustomerValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/customers_controller').default['invite']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/customers_controller').default['invite']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.users.security': {
    methods: ["GET","HEAD"]
    pattern: '/admin/users/:id/security'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/user_security_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/user_security_controller').default['show']>>>
    }
  }
  'admin.users.devices.destroy_all': {
    methods: ["DELETE"]
    pattern: '/admin/users/:id/devices'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/user_security_controller').default['destroyAllDevices']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/user_security_controller').default['destroyAllDevices']>>>
    }
  }
  'admin.users.devices.destroy': {
    methods: ["DELETE"]
    pattern: '/admin/users/:id/devices/:deviceId'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { id: ParamValue; deviceId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/user_security_controller').default['destroyDevice']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/user_security_controller').default['destroyDevice']>>>
    }
  }
  'admin.users.two_factor.reset': {
    methods: ["POST"]
    pattern: '/admin/users/:id/two-factor/reset'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/admin/user_security').twoFactorResetValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/admin/user_security').twoFactorResetValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/user_security_controller').default['resetTwoFactor']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/user_security_controller').default['resetTwoFactor']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.audit.index': {
    methods: ["GET","HEAD"]
    pattern: '/admin/audit'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/audit_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/audit_controller').default['index']>>>
    }
  }
  'admin.staff.index': {
    methods: ["GET","HEAD"]
    pattern: '/admin/staff'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/staff_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/staff_controller').default['index']>>>
    }
  }
  'admin.staff.store': {
    methods: ["POST"]
    pattern: '/admin/staff'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/admin/staff').newStaffValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/admin/staff').newStaffValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/staff_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/staff_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.staff.role': {
    methods: ["PUT"]
    pattern: '/admin/staff/:id/role'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/admin/staff').staffRoleValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/admin/staff').staffRoleValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/staff_controller').default['updateRole']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/staff_controller').default['updateRole']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.staff.status': {
    methods: ["PUT"]
    pattern: '/admin/staff/:id/status'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/staff_controller').default['updateStatus']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/staff_controller').default['updateStatus']>>>
    }
  }
  'admin.mails.index': {
    methods: ["GET","HEAD"]
    pattern: '/admin/mails'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/mail_deliveries_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/mail_deliveries_controller').default['index']>>>
    }
  }
  'admin.mails.retry': {
    methods: ["POST"]
    pattern: '/admin/mails/:id/retry'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/mail_deliveries_controller').default['retry']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/mail_deliveries_controller').default['retry']>>>
    }
  }
  'admin.mails.dismiss': {
    methods: ["POST"]
    pattern: '/admin/mails/:id/dismiss'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/mail_deliveries_controller').default['dismiss']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/mail_deliveries_controller').default['dismiss']>>>
    }
  }
  'account.show': {
    methods: ["GET","HEAD"]
    pattern: '/account'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/account/account_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/account/account_controller').default['show']>>>
    }
  }
  'account.devices.destroy_all': {
    methods: ["DELETE"]
    pattern: '/account/devices'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/account/devices_controller').default['destroyAll']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/account/devices_controller').default['destroyAll']>>>
    }
  }
  'account.devices.destroy': {
    methods: ["DELETE"]
    pattern: '/account/devices/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/account/devices_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/account/devices_controller').default['destroy']>>>
    }
  }
  'account.recovery_codes.show': {
    methods: ["GET","HEAD"]
    pattern: '/account/recovery-codes'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/account/recovery_codes_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/account/recovery_codes_controller').default['show']>>>
    }
  }
  'account.recovery_codes.store': {
    methods: ["POST"]
    pattern: '/account/recovery-codes'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/account/recovery_codes_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/account/recovery_codes_controller').default['store']>>>
    }
  }
  'account.passkeys.create': {
    methods: ["GET","HEAD"]
    pattern: '/account/passkeys/new'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/account/passkeys_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/account/passkeys_controller').default['create']>>>
    }
  }
  'account.passkeys.options': {
    methods: ["GET","HEAD"]
    pattern: '/account/passkeys/options'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/account/passkeys_controller').default['options']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/account/passkeys_controller').default['options']>>>
    }
  }
  'account.passkeys.store': {
    methods: ["POST"]
    pattern: '/account/passkeys'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/account').newPasskeyValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/account').newPasskeyValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/account/passkeys_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/account/passkeys_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'account.step_up': {
    methods: ["POST"]
    pattern: '/account/confirm'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/login').codeValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/login').codeValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/account/step_up_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/account/step_up_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'account.passkeys.destroy': {
    methods: ["DELETE"]
    pattern: '/account/passkeys/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/account/passkeys_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/account/passkeys_controller').default['destroy']>>>
    }
  }
  'push.show': {
    methods: ["GET","HEAD"]
    pattern: '/push'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/push/push_subscriptions_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/push/push_subscriptions_controller').default['show']>>>
    }
  }
  'push.subscribe': {
    methods: ["POST"]
    pattern: '/push/subscription'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/push').pushSubscriptionValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/push').pushSubscriptionValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/push/push_subscriptions_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/push/push_subscriptions_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'push.unsubscribe': {
    methods: ["DELETE"]
    pattern: '/push/subscription'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/push').pushEndpointValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/push').pushEndpointValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/push/push_subscriptions_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/push/push_subscriptions_controller').default['destroy']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'branding.logo': {
    methods: ["GET","HEAD"]
    pattern: '/branding/logo'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/branding_controller').default['logo']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/branding_controller').default['logo']>>>
    }
  }
  'dev.mails.index': {
    methods: ["GET","HEAD"]
    pattern: '/dev/mails'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/dev_mailbox_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/dev_mailbox_controller').default['index']>>>
    }
  }
  'dev.mails.show': {
    methods: ["GET","HEAD"]
    pattern: '/dev/mails/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/dev_mailbox_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/dev_mailbox_controller').default['show']>>>
    }
  }
  'tickets.index': {
    methods: ["GET","HEAD"]
    pattern: '/tickets'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'tickets.create': {
    methods: ["GET","HEAD"]
    pattern: '/tickets/new'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'tickets.store': {
    methods: ["POST"]
    pattern: '/tickets'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'tickets.show': {
    methods: ["GET","HEAD"]
    pattern: '/tickets/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'tickets.reply': {
    methods: ["POST"]
    pattern: '/tickets/:id/replies'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'tickets.close': {
    methods: ["POST"]
    pattern: '/tickets/:id/close'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'tickets.reopen': {
    methods: ["POST"]
    pattern: '/tickets/:id/reopen'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'tickets.follow': {
    methods: ["POST"]
    pattern: '/tickets/:id/follow'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'tickets.unfollow': {
    methods: ["POST"]
    pattern: '/tickets/:id/unfollow'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'tickets.attachment': {
    methods: ["GET","HEAD"]
    pattern: '/tickets/:id/attachments/:attachmentId'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { id: ParamValue; attachmentId: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'admin.tickets.index': {
    methods: ["GET","HEAD"]
    pattern: '/admin/tickets'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'admin.tickets.inbound': {
    methods: ["GET","HEAD"]
    pattern: '/admin/tickets/inbound'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'admin.tickets.inbound.post': {
    methods: ["POST"]
    pattern: '/admin/tickets/inbound/:id/post'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'admin.tickets.inbound.discard': {
    methods: ["DELETE"]
    pattern: '/admin/tickets/inbound/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'admin.tickets.show': {
    methods: ["GET","HEAD"]
    pattern: '/admin/tickets/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'admin.tickets.reply': {
    methods: ["POST"]
    pattern: '/admin/tickets/:id/replies'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'admin.tickets.status': {
    methods: ["POST"]
    pattern: '/admin/tickets/:id/status'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'admin.tickets.assign': {
    methods: ["POST"]
    pattern: '/admin/tickets/:id/assignee'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'admin.tickets.attachment': {
    methods: ["GET","HEAD"]
    pattern: '/admin/tickets/:id/attachments/:attachmentId'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { id: ParamValue; attachmentId: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'invoices.index': {
    methods: ["GET","HEAD"]
    pattern: '/invoices'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'invoices.zip': {
    methods: ["GET","HEAD"]
    pattern: '/invoices/download.zip'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'invoices.download': {
    methods: ["GET","HEAD"]
    pattern: '/invoices/:id/download'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'admin.invoices.index': {
    methods: ["GET","HEAD"]
    pattern: '/admin/invoices'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'admin.invoices.create': {
    methods: ["GET","HEAD"]
    pattern: '/admin/invoices/new'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'admin.invoices.store': {
    methods: ["POST"]
    pattern: '/admin/invoices'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'admin.invoices.batch': {
    methods: ["GET","HEAD"]
    pattern: '/admin/invoices/batch'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'admin.invoices.batch.store': {
    methods: ["POST"]
    pattern: '/admin/invoices/batch'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'admin.invoices.show': {
    methods: ["GET","HEAD"]
    pattern: '/admin/invoices/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'admin.invoices.pdf': {
    methods: ["GET","HEAD"]
    pattern: '/admin/invoices/:id/pdf'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'admin.invoices.edit': {
    methods: ["GET","HEAD"]
    pattern: '/admin/invoices/:id/edit'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'admin.invoices.update': {
    methods: ["POST"]
    pattern: '/admin/invoices/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'admin.invoices.paid': {
    methods: ["POST"]
    pattern: '/admin/invoices/:id/paid'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'admin.invoices.unpaid': {
    methods: ["POST"]
    pattern: '/admin/invoices/:id/unpaid'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'admin.invoices.destroy': {
    methods: ["DELETE"]
    pattern: '/admin/invoices/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'not_found': {
    methods: ["GET","HEAD"]
    pattern: '/*'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { '*': ParamValue[] }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/not_found_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/not_found_controller').default['show']>>>
    }
  }
}
