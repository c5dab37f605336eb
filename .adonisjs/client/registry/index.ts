/* eslint-disable prettier/prettier */
import type { AdonisEndpoint } from '@tuyau/core/types'
import type { Registry } from './schema.d.ts'
import type { ApiDefinition } from './tree.d.ts'

const placeholder: any = {}

const routes = {
  'home': {
    methods: ["GET","HEAD"],
    pattern: '/',
    tokens: [{"old":"/","type":0,"val":"/","end":""}],
    types: placeholder as Registry['home']['types'],
  },
  'login.show': {
    methods: ["GET","HEAD"],
    pattern: '/login',
    tokens: [{"old":"/login","type":0,"val":"login","end":""}],
    types: placeholder as Registry['login.show']['types'],
  },
  'login.request': {
    methods: ["POST"],
    pattern: '/login',
    tokens: [{"old":"/login","type":0,"val":"login","end":""}],
    types: placeholder as Registry['login.request']['types'],
  },
  'login.link.show': {
    methods: ["GET","HEAD"],
    pattern: '/login/link/:token',
    tokens: [{"old":"/login/link/:token","type":0,"val":"login","end":""},{"old":"/login/link/:token","type":0,"val":"link","end":""},{"old":"/login/link/:token","type":1,"val":"token","end":""}],
    types: placeholder as Registry['login.link.show']['types'],
  },
  'login.link.confirm': {
    methods: ["POST"],
    pattern: '/login/link',
    tokens: [{"old":"/login/link","type":0,"val":"login","end":""},{"old":"/login/link","type":0,"val":"link","end":""}],
    types: placeholder as Registry['login.link.confirm']['types'],
  },
  'login.setup.show': {
    methods: ["GET","HEAD"],
    pattern: '/login/setup',
    tokens: [{"old":"/login/setup","type":0,"val":"login","end":""},{"old":"/login/setup","type":0,"val":"setup","end":""}],
    types: placeholder as Registry['login.setup.show']['types'],
  },
  'login.setup.store': {
    methods: ["POST"],
    pattern: '/login/setup',
    tokens: [{"old":"/login/setup","type":0,"val":"login","end":""},{"old":"/login/setup","type":0,"val":"setup","end":""}],
    types: placeholder as Registry['login.setup.store']['types'],
  },
  'login.code.show': {
    methods: ["GET","HEAD"],
    pattern: '/login/code',
    tokens: [{"old":"/login/code","type":0,"val":"login","end":""},{"old":"/login/code","type":0,"val":"code","end":""}],
    types: placeholder as Registry['login.code.show']['types'],
  },
  'login.code.store': {
    methods: ["POST"],
    pattern: '/login/code',
    tokens: [{"old":"/login/code","type":0,"val":"login","end":""},{"old":"/login/code","type":0,"val":"code","end":""}],
    types: placeholder as Registry['login.code.store']['types'],
  },
  'dashboard': {
    methods: ["GET","HEAD"],
    pattern: '/dashboard',
    tokens: [{"old":"/dashboard","type":0,"val":"dashboard","end":""}],
    types: placeholder as Registry['dashboard']['types'],
  },
  'logout': {
    methods: ["POST"],
    pattern: '/logout',
    tokens: [{"old":"/logout","type":0,"val":"logout","end":""}],
    types: placeholder as Registry['logout']['types'],
  },
  'admin.dashboard': {
    methods: ["GET","HEAD"],
    pattern: '/admin',
    tokens: [{"old":"/admin","type":0,"val":"admin","end":""}],
    types: placeholder as Registry['admin.dashboard']['types'],
  },
  'admin.organizations.index': {
    methods: ["GET","HEAD"],
    pattern: '/admin/organizations',
    tokens: [{"old":"/admin/organizations","type":0,"val":"admin","end":""},{"old":"/admin/organizations","type":0,"val":"organizations","end":""}],
    types: placeholder as Registry['admin.organizations.index']['types'],
  },
  'admin.organizations.store': {
    methods: ["POST"],
    pattern: '/admin/organizations',
    tokens: [{"old":"/admin/organizations","type":0,"val":"admin","end":""},{"old":"/admin/organizations","type":0,"val":"organizations","end":""}],
    types: placeholder as Registry['admin.organizations.store']['types'],
  },
  'admin.organizations.lookup': {
    methods: ["GET","HEAD"],
    pattern: '/admin/organizations/lookup',
    tokens: [{"old":"/admin/organizations/lookup","type":0,"val":"admin","end":""},{"old":"/admin/organizations/lookup","type":0,"val":"organizations","end":""},{"old":"/admin/organizations/lookup","type":0,"val":"lookup","end":""}],
    types: placeholder as Registry['admin.organizations.lookup']['types'],
  },
  'admin.organizations.show': {
    methods: ["GET","HEAD"],
    pattern: '/admin/organizations/:id',
    tokens: [{"old":"/admin/organizations/:id","type":0,"val":"admin","end":""},{"old":"/admin/organizations/:id","type":0,"val":"organizations","end":""},{"old":"/admin/organizations/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['admin.organizations.show']['types'],
  },
  'admin.organizations.update': {
    methods: ["PUT"],
    pattern: '/admin/organizations/:id',
    tokens: [{"old":"/admin/organizations/:id","type":0,"val":"admin","end":""},{"old":"/admin/organizations/:id","type":0,"val":"organizations","end":""},{"old":"/admin/organizations/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['admin.organizations.update']['types'],
  },
  'admin.organizations.customers.store': {
    methods: ["POST"],
    pattern: '/admin/organizations/:id/customers',
    tokens: [{"old":"/admin/organizations/:id/customers","type":0,"val":"admin","end":""},{"old":"/admin/organizations/:id/customers","type":0,"val":"organizations","end":""},{"old":"/admin/organizations/:id/customers","type":1,"val":"id","end":""},{"old":"/admin/organizations/:id/customers","type":0,"val":"customers","end":""}],
    types: placeholder as Registry['admin.organizations.customers.store']['types'],
  },
  'admin.organizations.import.show': {
    methods: ["GET","HEAD"],
    pattern: '/admin/organizations/:id/import',
    tokens: [{"old":"/admin/organizations/:id/import","type":0,"val":"admin","end":""},{"old":"/admin/organizations/:id/import","type":0,"val":"organizations","end":""},{"old":"/admin/organizations/:id/import","type":1,"val":"id","end":""},{"old":"/admin/organizations/:id/import","type":0,"val":"import","end":""}],
    types: placeholder as Registry['admin.organizations.import.show']['types'],
  },
  'admin.organizations.import.preview': {
    methods: ["POST"],
    pattern: '/admin/organizations/:id/import/preview',
    tokens: [{"old":"/admin/organizations/:id/import/preview","type":0,"val":"admin","end":""},{"old":"/admin/organizations/:id/import/preview","type":0,"val":"organizations","end":""},{"old":"/admin/organizations/:id/import/preview","type":1,"val":"id","end":""},{"old":"/admin/organizations/:id/import/preview","type":0,"val":"import","end":""},{"old":"/admin/organizations/:id/import/preview","type":0,"val":"preview","end":""}],
    types: placeholder as Registry['admin.organizations.import.preview']['types'],
  },
  'admin.organizations.import.store': {
    methods: ["POST"],
    pattern: '/admin/organizations/:id/import',
    tokens: [{"old":"/admin/organizations/:id/import","type":0,"val":"admin","end":""},{"old":"/admin/organizations/:id/import","type":0,"val":"organizations","end":""},{"old":"/admin/organizations/:id/import","type":1,"val":"id","end":""},{"old":"/admin/organizations/:id/import","type":0,"val":"import","end":""}],
    types: placeholder as Registry['admin.organizations.import.store']['types'],
  },
  'admin.customers.show': {
    methods: ["GET","HEAD"],
    pattern: '/admin/customers/:id',
    tokens: [{"old":"/admin/customers/:id","type":0,"val":"admin","end":""},{"old":"/admin/customers/:id","type":0,"val":"customers","end":""},{"old":"/admin/customers/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['admin.customers.show']['types'],
  },
  'admin.customers.update': {
    methods: ["PUT"],
    pattern: '/admin/customers/:id',
    tokens: [{"old":"/admin/customers/:id","type":0,"val":"admin","end":""},{"old":"/admin/customers/:id","type":0,"val":"customers","end":""},{"old":"/admin/customers/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['admin.customers.update']['types'],
  },
  'admin.customers.disable': {
    methods: ["POST"],
    pattern: '/admin/customers/:id/disable',
    tokens: [{"old":"/admin/customers/:id/disable","type":0,"val":"admin","end":""},{"old":"/admin/customers/:id/disable","type":0,"val":"customers","end":""},{"old":"/admin/customers/:id/disable","type":1,"val":"id","end":""},{"old":"/admin/customers/:id/disable","type":0,"val":"disable","end":""}],
    types: placeholder as Registry['admin.customers.disable']['types'],
  },
  'admin.customers.enable': {
    methods: ["POST"],
    pattern: '/admin/customers/:id/enable',
    tokens: [{"old":"/admin/customers/:id/enable","type":0,"val":"admin","end":""},{"old":"/admin/customers/:id/enable","type":0,"val":"customers","end":""},{"old":"/admin/customers/:id/enable","type":1,"val":"id","end":""},{"old":"/admin/customers/:id/enable","type":0,"val":"enable","end":""}],
    types: placeholder as Registry['admin.customers.enable']['types'],
  },
  'admin.customers.settings': {
    methods: ["PUT"],
    pattern: '/admin/customers/:id/settings',
    tokens: [{"old":"/admin/customers/:id/settings","type":0,"val":"admin","end":""},{"old":"/admin/customers/:id/settings","type":0,"val":"customers","end":""},{"old":"/admin/customers/:id/settings","type":1,"val":"id","end":""},{"old":"/admin/customers/:id/settings","type":0,"val":"settings","end":""}],
    types: placeholder as Registry['admin.customers.settings']['types'],
  },
  'admin.customers.invite': {
    methods: ["POST"],
    pattern: '/admin/customers/:id/invitation',
    tokens: [{"old":"/admin/customers/:id/invitation","type":0,"val":"admin","end":""},{"old":"/admin/customers/:id/invitation","type":0,"val":"customers","end":""},{"old":"/admin/customers/:id/invitation","type":1,"val":"id","end":""},{"old":"/admin/customers/:id/invitation","type":0,"val":"invitation","end":""}],
    types: placeholder as Registry['admin.customers.invite']['types'],
  },
  'admin.users.security': {
    methods: ["GET","HEAD"],
    pattern: '/admin/users/:id/security',
    tokens: [{"old":"/admin/users/:id/security","type":0,"val":"admin","end":""},{"old":"/admin/users/:id/security","type":0,"val":"users","end":""},{"old":"/admin/users/:id/security","type":1,"val":"id","end":""},{"old":"/admin/users/:id/security","type":0,"val":"security","end":""}],
    types: placeholder as Registry['admin.users.security']['types'],
  },
  'admin.users.devices.destroy_all': {
    methods: ["DELETE"],
    pattern: '/admin/users/:id/devices',
    tokens: [{"old":"/admin/users/:id/devices","type":0,"val":"admin","end":""},{"old":"/admin/users/:id/devices","type":0,"val":"users","end":""},{"old":"/admin/users/:id/devices","type":1,"val":"id","end":""},{"old":"/admin/users/:id/devices","type":0,"val":"devices","end":""}],
    types: placeholder as Registry['admin.users.devices.destroy_all']['types'],
  },
  'admin.users.devices.destroy': {
    methods: ["DELETE"],
    pattern: '/admin/users/:id/devices/:deviceId',
    tokens: [{"old":"/admin/users/:id/devices/:deviceId","type":0,"val":"admin","end":""},{"old":"/admin/users/:id/devices/:deviceId","type":0,"val":"users","end":""},{"old":"/admin/users/:id/devices/:deviceId","type":1,"val":"id","end":""},{"old":"/admin/users/:id/devices/:deviceId","type":0,"val":"devices","end":""},{"old":"/admin/users/:id/devices/:deviceId","type":1,"val":"deviceId","end":""}],
    types: placeholder as Registry['admin.users.devices.destroy']['types'],
  },
  'admin.users.two_factor.reset': {
    methods: ["POST"],
    pattern: '/admin/users/:id/two-factor/reset',
    tokens: [{"old":"/admin/users/:id/two-factor/reset","type":0,"val":"admin","end":""},{"old":"/admin/users/:id/two-factor/reset","type":0,"val":"users","end":""},{"old":"/admin/users/:id/two-factor/reset","type":1,"val":"id","end":""},{"old":"/admin/users/:id/two-factor/reset","type":0,"val":"two-factor","end":""},{"old":"/admin/users/:id/two-factor/reset","type":0,"val":"reset","end":""}],
    types: placeholder as Registry['admin.users.two_factor.reset']['types'],
  },
  'admin.audit.index': {
    methods: ["GET","HEAD"],
    pattern: '/admin/audit',
    tokens: [{"old":"/admin/audit","type":0,"val":"admin","end":""},{"old":"/admin/audit","type":0,"val":"audit","end":""}],
    types: placeholder as Registry['admin.audit.index']['types'],
  },
  'admin.staff.index': {
    methods: ["GET","HEAD"],
    pattern: '/admin/staff',
    tokens: [{"old":"/admin/staff","type":0,"val":"admin","end":""},{"old":"/admin/staff","type":0,"val":"staff","end":""}],
    types: placeholder as Registry['admin.staff.index']['types'],
  },
  'admin.staff.store': {
    methods: ["POST"],
    pattern: '/admin/staff',
    tokens: [{"old":"/admin/staff","type":0,"val":"admin","end":""},{"old":"/admin/staff","type":0,"val":"staff","end":""}],
    types: placeholder as Registry['admin.staff.store']['types'],
  },
  'admin.staff.role': {
    methods: ["PUT"],
    pattern: '/admin/staff/:id/role',
    tokens: [{"old":"/admin/staff/:id/role","type":0,"val":"admin","end":""},{"old":"/admin/staff/:id/role","type":0,"val":"staff","end":""},{"old":"/admin/staff/:id/role","type":1,"val":"id","end":""},{"old":"/admin/staff/:id/role","type":0,"val":"role","end":""}],
    types: placeholder as Registry['admin.staff.role']['types'],
  },
  'admin.staff.status': {
    methods: ["PUT"],
    pattern: '/admin/staff/:id/status',
    tokens: [{"old":"/admin/staff/:id/status","type":0,"val":"admin","end":""},{"old":"/admin/staff/:id/status","type":0,"val":"staff","end":""},{"old":"/admin/staff/:id/status","type":1,"val":"id","end":""},{"old":"/admin/staff/:id/status","type":0,"val":"status","end":""}],
    types: placeholder as Registry['admin.staff.status']['types'],
  },
  'admin.mails.index': {
    methods: ["GET","HEAD"],
    pattern: '/admin/mails',
    tokens: [{"old":"/admin/mails","type":0,"val":"admin","end":""},{"old":"/admin/mails","type":0,"val":"mails","end":""}],
    types: placeholder as Registry['admin.mails.index']['types'],
  },
  'admin.mails.retry': {
    methods: ["POST"],
    pattern: '/admin/mails/:id/retry',
    tokens: [{"old":"/admin/mails/:id/retry","type":0,"val":"admin","end":""},{"old":"/admin/mails/:id/retry","type":0,"val":"mails","end":""},{"old":"/admin/mails/:id/retry","type":1,"val":"id","end":""},{"old":"/admin/mails/:id/retry","type":0,"val":"retry","end":""}],
    types: placeholder as Registry['admin.mails.retry']['types'],
  },
  'admin.mails.dismiss': {
    methods: ["POST"],
    pattern: '/admin/mails/:id/dismiss',
    tokens: [{"old":"/admin/mails/:id/dismiss","type":0,"val":"admin","end":""},{"old":"/admin/mails/:id/dismiss","type":0,"val":"mails","end":""},{"old":"/admin/mails/:id/dismiss","type":1,"val":"id","end":""},{"old":"/admin/mails/:id/dismiss","type":0,"val":"dismiss","end":""}],
    types: placeholder as Registry['admin.mails.dismiss']['types'],
  },
  'account.show': {
    methods: ["GET","HEAD"],
    pattern: '/account',
    tokens: [{"old":"/account","type":0,"val":"account","end":""}],
    types: placeholder as Registry['account.show']['types'],
  },
  'account.devices.destroy_all': {
    methods: ["DELETE"],
    pattern: '/account/devices',
    tokens: [{"old":"/account/devices","type":0,"val":"account","end":""},{"old":"/account/devices","type":0,"val":"devices","end":""}],
    types: placeholder as Registry['account.devices.destroy_all']['types'],
  },
  'account.devices.destroy': {
    methods: ["DELETE"],
    pattern: '/account/devices/:id',
    tokens: [{"old":"/account/devices/:id","type":0,"val":"account","end":""},{"old":"/account/devices/:id","type":0,"val":"devices","end":""},{"old":"/account/devices/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['account.devices.destroy']['types'],
  },
  'account.recovery_codes.show': {
    methods: ["GET","HEAD"],
    pattern: '/account/recovery-codes',
    tokens: [{"old":"/account/recovery-codes","type":0,"val":"account","end":""},{"old":"/account/recovery-codes","type":0,"val":"recovery-codes","end":""}],
    types: placeholder as Registry['account.recovery_codes.show']['types'],
  },
  'account.recovery_codes.store': {
    methods: ["POST"],
    pattern: '/account/recovery-codes',
    tokens: [{"old":"/account/recovery-codes","type":0,"val":"account","end":""},{"old":"/account/recovery-codes","type":0,"val":"recovery-codes","end":""}],
    types: placeholder as Registry['account.recovery_codes.store']['types'],
  },
  'branding.logo': {
    methods: ["GET","HEAD"],
    pattern: '/branding/logo',
    tokens: [{"old":"/branding/logo","type":0,"val":"branding","end":""},{"old":"/branding/logo","type":0,"val":"logo","end":""}],
    types: placeholder as Registry['branding.logo']['types'],
  },
  'dev.mails.index': {
    methods: ["GET","HEAD"],
    pattern: '/dev/mails',
    tokens: [{"old":"/dev/mails","type":0,"val":"dev","end":""},{"old":"/dev/mails","type":0,"val":"mails","end":""}],
    types: placeholder as Registry['dev.mails.index']['types'],
  },
  'dev.mails.show': {
    methods: ["GET","HEAD"],
    pattern: '/dev/mails/:id',
    tokens: [{"old":"/dev/mails/:id","type":0,"val":"dev","end":""},{"old":"/dev/mails/:id","type":0,"val":"mails","end":""},{"old":"/dev/mails/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['dev.mails.show']['types'],
  },
  'tickets.index': {
    methods: ["GET","HEAD"],
    pattern: '/tickets',
    tokens: [{"old":"/tickets","type":0,"val":"tickets","end":""}],
    types: placeholder as Registry['tickets.index']['types'],
  },
  'tickets.create': {
    methods: ["GET","HEAD"],
    pattern: '/tickets/new',
    tokens: [{"old":"/tickets/new","type":0,"val":"tickets","end":""},{"old":"/tickets/new","type":0,"val":"new","end":""}],
    types: placeholder as Registry['tickets.create']['types'],
  },
  'tickets.store': {
    methods: ["POST"],
    pattern: '/tickets',
    tokens: [{"old":"/tickets","type":0,"val":"tickets","end":""}],
    types: placeholder as Registry['tickets.store']['types'],
  },
  'tickets.show': {
    methods: ["GET","HEAD"],
    pattern: '/tickets/:id',
    tokens: [{"old":"/tickets/:id","type":0,"val":"tickets","end":""},{"old":"/tickets/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['tickets.show']['types'],
  },
  'tickets.reply': {
    methods: ["POST"],
    pattern: '/tickets/:id/replies',
    tokens: [{"old":"/tickets/:id/replies","type":0,"val":"tickets","end":""},{"old":"/tickets/:id/replies","type":1,"val":"id","end":""},{"old":"/tickets/:id/replies","type":0,"val":"replies","end":""}],
    types: placeholder as Registry['tickets.reply']['types'],
  },
  'tickets.close': {
    methods: ["POST"],
    pattern: '/tickets/:id/close',
    tokens: [{"old":"/tickets/:id/close","type":0,"val":"tickets","end":""},{"old":"/tickets/:id/close","type":1,"val":"id","end":""},{"old":"/tickets/:id/close","type":0,"val":"close","end":""}],
    types: placeholder as Registry['tickets.close']['types'],
  },
  'tickets.reopen': {
    methods: ["POST"],
    pattern: '/tickets/:id/reopen',
    tokens: [{"old":"/tickets/:id/reopen","type":0,"val":"tickets","end":""},{"old":"/tickets/:id/reopen","type":1,"val":"id","end":""},{"old":"/tickets/:id/reopen","type":0,"val":"reopen","end":""}],
    types: placeholder as Registry['tickets.reopen']['types'],
  },
  'tickets.follow': {
    methods: ["POST"],
    pattern: '/tickets/:id/follow',
    tokens: [{"old":"/tickets/:id/follow","type":0,"val":"tickets","end":""},{"old":"/tickets/:id/follow","type":1,"val":"id","end":""},{"old":"/tickets/:id/follow","type":0,"val":"follow","end":""}],
    types: placeholder as Registry['tickets.follow']['types'],
  },
  'tickets.unfollow': {
    methods: ["POST"],
    pattern: '/tickets/:id/unfollow',
    tokens: [{"old":"/tickets/:id/unfollow","type":0,"val":"tickets","end":""},{"old":"/tickets/:id/unfollow","type":1,"val":"id","end":""},{"old":"/tickets/:id/unfollow","type":0,"val":"unfollow","end":""}],
    types: placeholder as Registry['tickets.unfollow']['types'],
  },
  'tickets.attachment': {
    methods: ["GET","HEAD"],
    pattern: '/tickets/:id/attachments/:attachmentId',
    tokens: [{"old":"/tickets/:id/attachments/:attachmentId","type":0,"val":"tickets","end":""},{"old":"/tickets/:id/attachments/:attachmentId","type":1,"val":"id","end":""},{"old":"/tickets/:id/attachments/:attachmentId","type":0,"val":"attachments","end":""},{"old":"/tickets/:id/attachments/:attachmentId","type":1,"val":"attachmentId","end":""}],
    types: placeholder as Registry['tickets.attachment']['types'],
  },
  'admin.tickets.index': {
    methods: ["GET","HEAD"],
    pattern: '/admin/tickets',
    tokens: [{"old":"/admin/tickets","type":0,"val":"admin","end":""},{"old":"/admin/tickets","type":0,"val":"tickets","end":""}],
    types: placeholder as Registry['admin.tickets.index']['types'],
  },
  'admin.tickets.show': {
    methods: ["GET","HEAD"],
    pattern: '/admin/tickets/:id',
    tokens: [{"old":"/admin/tickets/:id","type":0,"val":"admin","end":""},{"old":"/admin/tickets/:id","type":0,"val":"tickets","end":""},{"old":"/admin/tickets/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['admin.tickets.show']['types'],
  },
  'admin.tickets.reply': {
    methods: ["POST"],
    pattern: '/admin/tickets/:id/replies',
    tokens: [{"old":"/admin/tickets/:id/replies","type":0,"val":"admin","end":""},{"old":"/admin/tickets/:id/replies","type":0,"val":"tickets","end":""},{"old":"/admin/tickets/:id/replies","type":1,"val":"id","end":""},{"old":"/admin/tickets/:id/replies","type":0,"val":"replies","end":""}],
    types: placeholder as Registry['admin.tickets.reply']['types'],
  },
  'admin.tickets.status': {
    methods: ["POST"],
    pattern: '/admin/tickets/:id/status',
    tokens: [{"old":"/admin/tickets/:id/status","type":0,"val":"admin","end":""},{"old":"/admin/tickets/:id/status","type":0,"val":"tickets","end":""},{"old":"/admin/tickets/:id/status","type":1,"val":"id","end":""},{"old":"/admin/tickets/:id/status","type":0,"val":"status","end":""}],
    types: placeholder as Registry['admin.tickets.status']['types'],
  },
  'admin.tickets.assign': {
    methods: ["POST"],
    pattern: '/admin/tickets/:id/assignee',
    tokens: [{"old":"/admin/tickets/:id/assignee","type":0,"val":"admin","end":""},{"old":"/admin/tickets/:id/assignee","type":0,"val":"tickets","end":""},{"old":"/admin/tickets/:id/assignee","type":1,"val":"id","end":""},{"old":"/admin/tickets/:id/assignee","type":0,"val":"assignee","end":""}],
    types: placeholder as Registry['admin.tickets.assign']['types'],
  },
  'admin.tickets.attachment': {
    methods: ["GET","HEAD"],
    pattern: '/admin/tickets/:id/attachments/:attachmentId',
    tokens: [{"old":"/admin/tickets/:id/attachments/:attachmentId","type":0,"val":"admin","end":""},{"old":"/admin/tickets/:id/attachments/:attachmentId","type":0,"val":"tickets","end":""},{"old":"/admin/tickets/:id/attachments/:attachmentId","type":1,"val":"id","end":""},{"old":"/admin/tickets/:id/attachments/:attachmentId","type":0,"val":"attachments","end":""},{"old":"/admin/tickets/:id/attachments/:attachmentId","type":1,"val":"attachmentId","end":""}],
    types: placeholder as Registry['admin.tickets.attachment']['types'],
  },
  'invoices.index': {
    methods: ["GET","HEAD"],
    pattern: '/invoices',
    tokens: [{"old":"/invoices","type":0,"val":"invoices","end":""}],
    types: placeholder as Registry['invoices.index']['types'],
  },
  'invoices.zip': {
    methods: ["GET","HEAD"],
    pattern: '/invoices/download.zip',
    tokens: [{"old":"/invoices/download.zip","type":0,"val":"invoices","end":""},{"old":"/invoices/download.zip","type":0,"val":"download.zip","end":""}],
    types: placeholder as Registry['invoices.zip']['types'],
  },
  'invoices.download': {
    methods: ["GET","HEAD"],
    pattern: '/invoices/:id/download',
    tokens: [{"old":"/invoices/:id/download","type":0,"val":"invoices","end":""},{"old":"/invoices/:id/download","type":1,"val":"id","end":""},{"old":"/invoices/:id/download","type":0,"val":"download","end":""}],
    types: placeholder as Registry['invoices.download']['types'],
  },
  'admin.invoices.index': {
    methods: ["GET","HEAD"],
    pattern: '/admin/invoices',
    tokens: [{"old":"/admin/invoices","type":0,"val":"admin","end":""},{"old":"/admin/invoices","type":0,"val":"invoices","end":""}],
    types: placeholder as Registry['admin.invoices.index']['types'],
  },
  'admin.invoices.create': {
    methods: ["GET","HEAD"],
    pattern: '/admin/invoices/new',
    tokens: [{"old":"/admin/invoices/new","type":0,"val":"admin","end":""},{"old":"/admin/invoices/new","type":0,"val":"invoices","end":""},{"old":"/admin/invoices/new","type":0,"val":"new","end":""}],
    types: placeholder as Registry['admin.invoices.create']['types'],
  },
  'admin.invoices.store': {
    methods: ["POST"],
    pattern: '/admin/invoices',
    tokens: [{"old":"/admin/invoices","type":0,"val":"admin","end":""},{"old":"/admin/invoices","type":0,"val":"invoices","end":""}],
    types: placeholder as Registry['admin.invoices.store']['types'],
  },
  'admin.invoices.batch': {
    methods: ["GET","HEAD"],
    pattern: '/admin/invoices/batch',
    tokens: [{"old":"/admin/invoices/batch","type":0,"val":"admin","end":""},{"old":"/admin/invoices/batch","type":0,"val":"invoices","end":""},{"old":"/admin/invoices/batch","type":0,"val":"batch","end":""}],
    types: placeholder as Registry['admin.invoices.batch']['types'],
  },
  'admin.invoices.batch.store': {
    methods: ["POST"],
    pattern: '/admin/invoices/batch',
    tokens: [{"old":"/admin/invoices/batch","type":0,"val":"admin","end":""},{"old":"/admin/invoices/batch","type":0,"val":"invoices","end":""},{"old":"/admin/invoices/batch","type":0,"val":"batch","end":""}],
    types: placeholder as Registry['admin.invoices.batch.store']['types'],
  },
  'admin.invoices.show': {
    methods: ["GET","HEAD"],
    pattern: '/admin/invoices/:id',
    tokens: [{"old":"/admin/invoices/:id","type":0,"val":"admin","end":""},{"old":"/admin/invoices/:id","type":0,"val":"invoices","end":""},{"old":"/admin/invoices/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['admin.invoices.show']['types'],
  },
  'admin.invoices.pdf': {
    methods: ["GET","HEAD"],
    pattern: '/admin/invoices/:id/pdf',
    tokens: [{"old":"/admin/invoices/:id/pdf","type":0,"val":"admin","end":""},{"old":"/admin/invoices/:id/pdf","type":0,"val":"invoices","end":""},{"old":"/admin/invoices/:id/pdf","type":1,"val":"id","end":""},{"old":"/admin/invoices/:id/pdf","type":0,"val":"pdf","end":""}],
    types: placeholder as Registry['admin.invoices.pdf']['types'],
  },
  'admin.invoices.edit': {
    methods: ["GET","HEAD"],
    pattern: '/admin/invoices/:id/edit',
    tokens: [{"old":"/admin/invoices/:id/edit","type":0,"val":"admin","end":""},{"old":"/admin/invoices/:id/edit","type":0,"val":"invoices","end":""},{"old":"/admin/invoices/:id/edit","type":1,"val":"id","end":""},{"old":"/admin/invoices/:id/edit","type":0,"val":"edit","end":""}],
    types: placeholder as Registry['admin.invoices.edit']['types'],
  },
  'admin.invoices.update': {
    methods: ["POST"],
    pattern: '/admin/invoices/:id',
    tokens: [{"old":"/admin/invoices/:id","type":0,"val":"admin","end":""},{"old":"/admin/invoices/:id","type":0,"val":"invoices","end":""},{"old":"/admin/invoices/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['admin.invoices.update']['types'],
  },
  'admin.invoices.paid': {
    methods: ["POST"],
    pattern: '/admin/invoices/:id/paid',
    tokens: [{"old":"/admin/invoices/:id/paid","type":0,"val":"admin","end":""},{"old":"/admin/invoices/:id/paid","type":0,"val":"invoices","end":""},{"old":"/admin/invoices/:id/paid","type":1,"val":"id","end":""},{"old":"/admin/invoices/:id/paid","type":0,"val":"paid","end":""}],
    types: placeholder as Registry['admin.invoices.paid']['types'],
  },
  'admin.invoices.unpaid': {
    methods: ["POST"],
    pattern: '/admin/invoices/:id/unpaid',
    tokens: [{"old":"/admin/invoices/:id/unpaid","type":0,"val":"admin","end":""},{"old":"/admin/invoices/:id/unpaid","type":0,"val":"invoices","end":""},{"old":"/admin/invoices/:id/unpaid","type":1,"val":"id","end":""},{"old":"/admin/invoices/:id/unpaid","type":0,"val":"unpaid","end":""}],
    types: placeholder as Registry['admin.invoices.unpaid']['types'],
  },
  'admin.invoices.destroy': {
    methods: ["DELETE"],
    pattern: '/admin/invoices/:id',
    tokens: [{"old":"/admin/invoices/:id","type":0,"val":"admin","end":""},{"old":"/admin/invoices/:id","type":0,"val":"invoices","end":""},{"old":"/admin/invoices/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['admin.invoices.destroy']['types'],
  },
  'not_found': {
    methods: ["GET","HEAD"],
    pattern: '/*',
    tokens: [{"old":"/*","type":2,"val":"*","end":""}],
    types: placeholder as Registry['not_found']['types'],
  },
} as const satisfies Record<string, AdonisEndpoint>

export { routes }

export const registry = {
  routes,
  $tree: {} as ApiDefinition,
}

declare module '@tuyau/core/types' {
  export interface UserRegistry {
    routes: typeof routes
    $tree: ApiDefinition
  }
}
