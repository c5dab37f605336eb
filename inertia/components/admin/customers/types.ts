import { intlLocale } from '~/i18n'

/** Props the customer pages of the admin console share (see app/services/admin_customer_props.ts). */
export type CustomerStatus = 'invited' | 'active' | 'disabled'

export type CustomerListItem = {
  id: number
  name: string | null
  email: string
  status: CustomerStatus
  lastLoginAt: string | null
}

export type OrganizationSummary = { id: number; name: string; customerNumber: string | null }

export type SettingField = {
  plugin: string
  pluginName: string
  key: string
  label: string
  type: 'enum' | 'boolean'
  values: string[]
  default: string | boolean
  value: string | boolean
}

export type PreviewLine = {
  line: number
  text: string
  email: string | null
  name: string | null
  status: 'new' | 'duplicate' | 'invalid'
  reason: string | null
  firstLine?: number
  organization?: string
}

export type ImportState = {
  text: string
  invite: boolean
  locale: 'de' | 'en'
  preview: {
    lines: PreviewLine[]
    counts: { new: number; duplicate: number; invalid: number }
    fingerprint: string
  }
}

export function formatDateTime(iso: string | null, locale: string) {
  if (!iso) return null
  return new Date(iso).toLocaleString(intlLocale(locale), {
    dateStyle: 'short',
    timeStyle: 'short',
  })
}
