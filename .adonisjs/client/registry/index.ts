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
  'tickets.show': {
    methods: ["GET","HEAD"],
    pattern: '/tickets/:id',
    tokens: [{"old":"/tickets/:id","type":0,"val":"tickets","end":""},{"old":"/tickets/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['tickets.show']['types'],
  },
  'invoices.index': {
    methods: ["GET","HEAD"],
    pattern: '/invoices',
    tokens: [{"old":"/invoices","type":0,"val":"invoices","end":""}],
    types: placeholder as Registry['invoices.index']['types'],
  },
  'invoices.show': {
    methods: ["GET","HEAD"],
    pattern: '/invoices/:id',
    tokens: [{"old":"/invoices/:id","type":0,"val":"invoices","end":""},{"old":"/invoices/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['invoices.show']['types'],
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
