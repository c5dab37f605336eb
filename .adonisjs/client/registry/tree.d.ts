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
    passkey: {
      options: typeof routes['login.passkey.options']
    }
  }
  dashboard: typeof routes['dashboard']
  logout: typeof routes['logout']
  admin: {
    dashboard: typeof routes['admin.dashboard']
    organizations: {
      index: typeof routes['admin.organizations.index']
      store: typeof routes['admin.organizations.store']
      lookup: typeof routes['admin.organizations.lookup']
      show: typeof routes['admin.organizations.show']
      update: typeof routes['admin.organizations.update']
      customers: {
        store: typeof routes['admin.organizations.customers.store']
      }
      import: {
        show: typeof routes['admin.organizations.import.show']
        preview: typeof routes['admin.organizations.import.preview']
        store: typeof routes['admin.organizations.import.store']
      }
    }
    customers: {
      show: typeof routes['admin.customers.show']
      update: typeof routes['admin.customers.update']
      disable: typeof routes['admin.customers.disable']
      enable: typeof routes['admin.customers.enable']
      settings: typeof routes['admin.customers.settings']
      invite: typeof routes['admin.customers.invite']
    }
    users: {
      security: typeof routes['admin.users.security']
      devices: {
        destroyAll: typeof routes['admin.users.devices.destroy_all']
        destroy: typeof routes['admin.users.devices.destroy']
      }
      twoFactor: {
        reset: typeof routes['admin.users.two_factor.reset']
      }
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
    mails: {
      index: typeof routes['admin.mails.index']
      retry: typeof routes['admin.mails.retry']
      dismiss: typeof routes['admin.mails.dismiss']
    }
    tickets: {
      index: typeof routes['admin.tickets.index']
      inbound: typeof routes['admin.tickets.inbound'] & {
        post: typeof routes['admin.tickets.inbound.post']
        discard: typeof routes['admin.tickets.inbound.discard']
      }
      show: typeof routes['admin.tickets.show']
      reply: typeof routes['admin.tickets.reply']
      status: typeof routes['admin.tickets.status']
      assign: typeof routes['admin.tickets.assign']
      attachment: typeof routes['admin.tickets.attachment']
    }
    invoices: {
      index: typeof routes['admin.invoices.index']
      create: typeof routes['admin.invoices.create']
      store: typeof routes['admin.invoices.store']
      batch: typeof routes['admin.invoices.batch'] & {
        store: typeof routes['admin.invoices.batch.store']
      }
      show: typeof routes['admin.invoices.show']
      pdf: typeof routes['admin.invoices.pdf']
      edit: typeof routes['admin.invoices.edit']
      update: typeof routes['admin.invoices.update']
      paid: typeof routes['admin.invoices.paid']
      unpaid: typeof routes['admin.invoices.unpaid']
      destroy: typeof routes['admin.invoices.destroy']
    }
  }
  account: {
    show: typeof routes['account.show']
    devices: {
      destroyAll: typeof routes['account.devices.destroy_all']
      destroy: typeof routes['account.devices.destroy']
    }
    recoveryCodes: {
      show: typeof routes['account.recovery_codes.show']
      store: typeof routes['account.recovery_codes.store']
    }
    passkeys: {
      create: typeof routes['account.passkeys.create']
      options: typeof routes['account.passkeys.options']
      store: typeof routes['account.passkeys.store']
      destroy: typeof routes['account.passkeys.destroy']
    }
    stepUp: typeof routes['account.step_up']
  }
  push: {
    show: typeof routes['push.show']
    subscribe: typeof routes['push.subscribe']
    unsubscribe: typeof routes['push.unsubscribe']
  }
  branding: {
    logo: typeof routes['branding.logo']
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
  notFound: typeof routes['not_found']
}
