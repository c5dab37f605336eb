import '@adonisjs/core/types/http'

type ParamValue = string | number | bigint | boolean

export type ScannedRoutes = {
  ALL: {
    'home': { paramsTuple?: []; params?: {} }
    'login.show': { paramsTuple?: []; params?: {} }
    'login.request': { paramsTuple?: []; params?: {} }
    'login.link.show': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'login.link.confirm': { paramsTuple?: []; params?: {} }
    'login.setup.show': { paramsTuple?: []; params?: {} }
    'login.setup.store': { paramsTuple?: []; params?: {} }
    'login.code.show': { paramsTuple?: []; params?: {} }
    'login.code.store': { paramsTuple?: []; params?: {} }
    'login.passkey.options': { paramsTuple?: []; params?: {} }
    'dashboard': { paramsTuple?: []; params?: {} }
    'logout': { paramsTuple?: []; params?: {} }
    'admin.dashboard': { paramsTuple?: []; params?: {} }
    'admin.organizations.index': { paramsTuple?: []; params?: {} }
    'admin.organizations.store': { paramsTuple?: []; params?: {} }
    'admin.organizations.lookup': { paramsTuple?: []; params?: {} }
    'admin.organizations.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.organizations.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.organizations.customers.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.organizations.import.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.organizations.import.preview': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.organizations.import.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.customers.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.customers.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.customers.disable': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.customers.enable': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.customers.settings': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.customers.invite': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.security': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.devices.destroy_all': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.devices.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'deviceId': ParamValue} }
    'admin.users.two_factor.reset': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.audit.index': { paramsTuple?: []; params?: {} }
    'admin.staff.index': { paramsTuple?: []; params?: {} }
    'admin.staff.store': { paramsTuple?: []; params?: {} }
    'admin.staff.role': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.staff.status': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.mails.index': { paramsTuple?: []; params?: {} }
    'admin.mails.retry': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.mails.dismiss': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'account.show': { paramsTuple?: []; params?: {} }
    'account.devices.destroy_all': { paramsTuple?: []; params?: {} }
    'account.devices.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'account.recovery_codes.show': { paramsTuple?: []; params?: {} }
    'account.recovery_codes.store': { paramsTuple?: []; params?: {} }
    'account.passkeys.create': { paramsTuple?: []; params?: {} }
    'account.passkeys.options': { paramsTuple?: []; params?: {} }
    'account.passkeys.store': { paramsTuple?: []; params?: {} }
    'account.step_up': { paramsTuple?: []; params?: {} }
    'account.passkeys.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'push.show': { paramsTuple?: []; params?: {} }
    'push.subscribe': { paramsTuple?: []; params?: {} }
    'push.unsubscribe': { paramsTuple?: []; params?: {} }
    'branding.logo': { paramsTuple?: []; params?: {} }
    'dev.mails.index': { paramsTuple?: []; params?: {} }
    'dev.mails.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tickets.index': { paramsTuple?: []; params?: {} }
    'tickets.create': { paramsTuple?: []; params?: {} }
    'tickets.store': { paramsTuple?: []; params?: {} }
    'tickets.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tickets.reply': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tickets.close': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tickets.reopen': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tickets.follow': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tickets.unfollow': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tickets.attachment': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'attachmentId': ParamValue} }
    'admin.tickets.index': { paramsTuple?: []; params?: {} }
    'admin.tickets.inbound': { paramsTuple?: []; params?: {} }
    'admin.tickets.inbound.post': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tickets.inbound.discard': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tickets.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tickets.reply': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tickets.status': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tickets.assign': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tickets.attachment': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'attachmentId': ParamValue} }
    'invoices.index': { paramsTuple?: []; params?: {} }
    'invoices.zip': { paramsTuple?: []; params?: {} }
    'invoices.download': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.invoices.index': { paramsTuple?: []; params?: {} }
    'admin.invoices.create': { paramsTuple?: []; params?: {} }
    'admin.invoices.store': { paramsTuple?: []; params?: {} }
    'admin.invoices.batch': { paramsTuple?: []; params?: {} }
    'admin.invoices.batch.store': { paramsTuple?: []; params?: {} }
    'admin.invoices.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.invoices.pdf': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.invoices.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.invoices.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.invoices.paid': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.invoices.unpaid': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.invoices.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'not_found': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
  }
  GET: {
    'home': { paramsTuple?: []; params?: {} }
    'login.show': { paramsTuple?: []; params?: {} }
    'login.link.show': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'login.setup.show': { paramsTuple?: []; params?: {} }
    'login.code.show': { paramsTuple?: []; params?: {} }
    'login.passkey.options': { paramsTuple?: []; params?: {} }
    'dashboard': { paramsTuple?: []; params?: {} }
    'admin.dashboard': { paramsTuple?: []; params?: {} }
    'admin.organizations.index': { paramsTuple?: []; params?: {} }
    'admin.organizations.lookup': { paramsTuple?: []; params?: {} }
    'admin.organizations.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.organizations.import.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.customers.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.security': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.audit.index': { paramsTuple?: []; params?: {} }
    'admin.staff.index': { paramsTuple?: []; params?: {} }
    'admin.mails.index': { paramsTuple?: []; params?: {} }
    'account.show': { paramsTuple?: []; params?: {} }
    'account.recovery_codes.show': { paramsTuple?: []; params?: {} }
    'account.passkeys.create': { paramsTuple?: []; params?: {} }
    'account.passkeys.options': { paramsTuple?: []; params?: {} }
    'push.show': { paramsTuple?: []; params?: {} }
    'branding.logo': { paramsTuple?: []; params?: {} }
    'dev.mails.index': { paramsTuple?: []; params?: {} }
    'dev.mails.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tickets.index': { paramsTuple?: []; params?: {} }
    'tickets.create': { paramsTuple?: []; params?: {} }
    'tickets.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tickets.attachment': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'attachmentId': ParamValue} }
    'admin.tickets.index': { paramsTuple?: []; params?: {} }
    'admin.tickets.inbound': { paramsTuple?: []; params?: {} }
    'admin.tickets.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tickets.attachment': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'attachmentId': ParamValue} }
    'invoices.index': { paramsTuple?: []; params?: {} }
    'invoices.zip': { paramsTuple?: []; params?: {} }
    'invoices.download': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.invoices.index': { paramsTuple?: []; params?: {} }
    'admin.invoices.create': { paramsTuple?: []; params?: {} }
    'admin.invoices.batch': { paramsTuple?: []; params?: {} }
    'admin.invoices.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.invoices.pdf': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.invoices.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'not_found': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
  }
  HEAD: {
    'home': { paramsTuple?: []; params?: {} }
    'login.show': { paramsTuple?: []; params?: {} }
    'login.link.show': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'login.setup.show': { paramsTuple?: []; params?: {} }
    'login.code.show': { paramsTuple?: []; params?: {} }
    'login.passkey.options': { paramsTuple?: []; params?: {} }
    'dashboard': { paramsTuple?: []; params?: {} }
    'admin.dashboard': { paramsTuple?: []; params?: {} }
    'admin.organizations.index': { paramsTuple?: []; params?: {} }
    'admin.organizations.lookup': { paramsTuple?: []; params?: {} }
    'admin.organizations.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.organizations.import.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.customers.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.security': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.audit.index': { paramsTuple?: []; params?: {} }
    'admin.staff.index': { paramsTuple?: []; params?: {} }
    'admin.mails.index': { paramsTuple?: []; params?: {} }
    'account.show': { paramsTuple?: []; params?: {} }
    'account.recovery_codes.show': { paramsTuple?: []; params?: {} }
    'account.passkeys.create': { paramsTuple?: []; params?: {} }
    'account.passkeys.options': { paramsTuple?: []; params?: {} }
    'push.show': { paramsTuple?: []; params?: {} }
    'branding.logo': { paramsTuple?: []; params?: {} }
    'dev.mails.index': { paramsTuple?: []; params?: {} }
    'dev.mails.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tickets.index': { paramsTuple?: []; params?: {} }
    'tickets.create': { paramsTuple?: []; params?: {} }
    'tickets.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tickets.attachment': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'attachmentId': ParamValue} }
    'admin.tickets.index': { paramsTuple?: []; params?: {} }
    'admin.tickets.inbound': { paramsTuple?: []; params?: {} }
    'admin.tickets.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tickets.attachment': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'attachmentId': ParamValue} }
    'invoices.index': { paramsTuple?: []; params?: {} }
    'invoices.zip': { paramsTuple?: []; params?: {} }
    'invoices.download': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.invoices.index': { paramsTuple?: []; params?: {} }
    'admin.invoices.create': { paramsTuple?: []; params?: {} }
    'admin.invoices.batch': { paramsTuple?: []; params?: {} }
    'admin.invoices.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.invoices.pdf': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.invoices.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'not_found': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
  }
  POST: {
    'login.request': { paramsTuple?: []; params?: {} }
    'login.link.confirm': { paramsTuple?: []; params?: {} }
    'login.setup.store': { paramsTuple?: []; params?: {} }
    'login.code.store': { paramsTuple?: []; params?: {} }
    'logout': { paramsTuple?: []; params?: {} }
    'admin.organizations.store': { paramsTuple?: []; params?: {} }
    'admin.organizations.customers.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.organizations.import.preview': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.organizations.import.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.customers.disable': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.customers.enable': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.customers.invite': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.two_factor.reset': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.staff.store': { paramsTuple?: []; params?: {} }
    'admin.mails.retry': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.mails.dismiss': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'account.recovery_codes.store': { paramsTuple?: []; params?: {} }
    'account.passkeys.store': { paramsTuple?: []; params?: {} }
    'account.step_up': { paramsTuple?: []; params?: {} }
    'push.subscribe': { paramsTuple?: []; params?: {} }
    'tickets.store': { paramsTuple?: []; params?: {} }
    'tickets.reply': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tickets.close': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tickets.reopen': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tickets.follow': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tickets.unfollow': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tickets.inbound.post': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tickets.reply': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tickets.status': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.tickets.assign': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.invoices.store': { paramsTuple?: []; params?: {} }
    'admin.invoices.batch.store': { paramsTuple?: []; params?: {} }
    'admin.invoices.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.invoices.paid': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.invoices.unpaid': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  PUT: {
    'admin.organizations.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.customers.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.customers.settings': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.staff.role': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.staff.status': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  DELETE: {
    'admin.users.devices.destroy_all': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.devices.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'deviceId': ParamValue} }
    'account.devices.destroy_all': { paramsTuple?: []; params?: {} }
    'account.devices.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'account.passkeys.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'push.unsubscribe': { paramsTuple?: []; params?: {} }
    'admin.tickets.inbound.discard': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.invoices.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
}
declare module '@adonisjs/core/types/http' {
  export interface RoutesList extends ScannedRoutes {}
}