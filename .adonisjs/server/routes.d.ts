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
    'dashboard': { paramsTuple?: []; params?: {} }
    'logout': { paramsTuple?: []; params?: {} }
    'admin.dashboard': { paramsTuple?: []; params?: {} }
    'admin.organizations.index': { paramsTuple?: []; params?: {} }
    'admin.audit.index': { paramsTuple?: []; params?: {} }
    'admin.staff.index': { paramsTuple?: []; params?: {} }
    'admin.staff.store': { paramsTuple?: []; params?: {} }
    'admin.staff.role': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.staff.status': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
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
    'invoices.index': { paramsTuple?: []; params?: {} }
    'invoices.zip': { paramsTuple?: []; params?: {} }
    'invoices.download': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  GET: {
    'home': { paramsTuple?: []; params?: {} }
    'login.show': { paramsTuple?: []; params?: {} }
    'login.link.show': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'login.setup.show': { paramsTuple?: []; params?: {} }
    'login.code.show': { paramsTuple?: []; params?: {} }
    'dashboard': { paramsTuple?: []; params?: {} }
    'admin.dashboard': { paramsTuple?: []; params?: {} }
    'admin.organizations.index': { paramsTuple?: []; params?: {} }
    'admin.audit.index': { paramsTuple?: []; params?: {} }
    'admin.staff.index': { paramsTuple?: []; params?: {} }
    'dev.mails.index': { paramsTuple?: []; params?: {} }
    'dev.mails.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tickets.index': { paramsTuple?: []; params?: {} }
    'tickets.create': { paramsTuple?: []; params?: {} }
    'tickets.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tickets.attachment': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'attachmentId': ParamValue} }
    'invoices.index': { paramsTuple?: []; params?: {} }
    'invoices.zip': { paramsTuple?: []; params?: {} }
    'invoices.download': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  HEAD: {
    'home': { paramsTuple?: []; params?: {} }
    'login.show': { paramsTuple?: []; params?: {} }
    'login.link.show': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'login.setup.show': { paramsTuple?: []; params?: {} }
    'login.code.show': { paramsTuple?: []; params?: {} }
    'dashboard': { paramsTuple?: []; params?: {} }
    'admin.dashboard': { paramsTuple?: []; params?: {} }
    'admin.organizations.index': { paramsTuple?: []; params?: {} }
    'admin.audit.index': { paramsTuple?: []; params?: {} }
    'admin.staff.index': { paramsTuple?: []; params?: {} }
    'dev.mails.index': { paramsTuple?: []; params?: {} }
    'dev.mails.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tickets.index': { paramsTuple?: []; params?: {} }
    'tickets.create': { paramsTuple?: []; params?: {} }
    'tickets.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tickets.attachment': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'attachmentId': ParamValue} }
    'invoices.index': { paramsTuple?: []; params?: {} }
    'invoices.zip': { paramsTuple?: []; params?: {} }
    'invoices.download': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  POST: {
    'login.request': { paramsTuple?: []; params?: {} }
    'login.link.confirm': { paramsTuple?: []; params?: {} }
    'login.setup.store': { paramsTuple?: []; params?: {} }
    'login.code.store': { paramsTuple?: []; params?: {} }
    'logout': { paramsTuple?: []; params?: {} }
    'admin.staff.store': { paramsTuple?: []; params?: {} }
    'tickets.store': { paramsTuple?: []; params?: {} }
    'tickets.reply': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tickets.close': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tickets.reopen': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tickets.follow': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'tickets.unfollow': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  PUT: {
    'admin.staff.role': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.staff.status': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
}
declare module '@adonisjs/core/types/http' {
  export interface RoutesList extends ScannedRoutes {}
}