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
