/* eslint-disable prettier/prettier */
import type { routes } from './index.ts'

export interface ApiDefinition {
  home: typeof routes['home']
  login: {
    show: typeof routes['login.show']
    request: typeof routes['login.request']
    link: {
      show: typeof routes['login.link.show']
      confirm: typeof routes['login.link.confirm']
    }
    setup: {
      show: typeof routes['login.setup.show']
      store: typeof routes['login.setup.store']
    }
    code: {
      show: typeof routes['login.code.show']
      store: typeof routes['login.code.store']
    }
  }
  dashboard: typeof routes['dashboard']
  logout: typeof routes['logout']
  admin: {
    dashboard: typeof routes['admin.dashboard']
    organizations: {
      index: typeof routes['admin.organizations.index']
    }
    audit: {
      index: typeof routes['admin.audit.index']
    }
    staff: {
      index: typeof routes['admin.staff.index']
      store: typeof routes['admin.staff.store']
      role: typeof routes['admin.staff.role']
      status: typeof routes['admin.staff.status']
    }
  }
  dev: {
    mails: {
      index: typeof routes['dev.mails.index']
      show: typeof routes['dev.mails.show']
    }
  }
  tickets: {
    index: typeof routes['tickets.index']
    create: typeof routes['tickets.create']
    store: typeof routes['tickets.store']
    show: typeof routes['tickets.show']
    reply: typeof routes['tickets.reply']
    close: typeof routes['tickets.close']
    reopen: typeof routes['tickets.reopen']
    follow: typeof routes['tickets.follow']
    unfollow: typeof routes['tickets.unfollow']
    attachment: typeof routes['tickets.attachment']
  }
  invoices: {
    index: typeof routes['invoices.index']
    zip: typeof routes['invoices.zip']
    download: typeof routes['invoices.download']
  }
}
