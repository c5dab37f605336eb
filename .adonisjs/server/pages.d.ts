import '@adonisjs/inertia/types'

import type { VNodeProps, AllowedComponentProps, ComponentInstance } from 'vue'

type ExtractProps<T> = Omit<
  ComponentInstance<T>['$props'],
  keyof VNodeProps | keyof AllowedComponentProps
>

declare module '@adonisjs/inertia/types' {
  export interface InertiaPages {
    'account/passkey_offer': ExtractProps<(typeof import('../../inertia/pages/account/passkey_offer.vue'))['default']>
    'account/recovery_codes': ExtractProps<(typeof import('../../inertia/pages/account/recovery_codes.vue'))['default']>
    'account/show': ExtractProps<(typeof import('../../inertia/pages/account/show.vue'))['default']>
    'admin/audit/index': ExtractProps<(typeof import('../../inertia/pages/admin/audit/index.vue'))['default']>
    'admin/customers/show': ExtractProps<(typeof import('../../inertia/pages/admin/customers/show.vue'))['default']>
    'admin/dashboard': ExtractProps<(typeof import('../../inertia/pages/admin/dashboard.vue'))['default']>
    'admin/mails/index': ExtractProps<(typeof import('../../inertia/pages/admin/mails/index.vue'))['default']>
    'admin/organizations/import': ExtractProps<(typeof import('../../inertia/pages/admin/organizations/import.vue'))['default']>
    'admin/organizations/index': ExtractProps<(typeof import('../../inertia/pages/admin/organizations/index.vue'))['default']>
    'admin/organizations/show': ExtractProps<(typeof import('../../inertia/pages/admin/organizations/show.vue'))['default']>
    'admin/staff/index': ExtractProps<(typeof import('../../inertia/pages/admin/staff/index.vue'))['default']>
    'admin/users/security': ExtractProps<(typeof import('../../inertia/pages/admin/users/security.vue'))['default']>
    'auth/confirm_link': ExtractProps<(typeof import('../../inertia/pages/auth/confirm_link.vue'))['default']>
    'auth/enter_code': ExtractProps<(typeof import('../../inertia/pages/auth/enter_code.vue'))['default']>
    'auth/login': ExtractProps<(typeof import('../../inertia/pages/auth/login.vue'))['default']>
    'auth/recovery_codes': ExtractProps<(typeof import('../../inertia/pages/auth/recovery_codes.vue'))['default']>
    'auth/setup_totp': ExtractProps<(typeof import('../../inertia/pages/auth/setup_totp.vue'))['default']>
    'dashboard': ExtractProps<(typeof import('../../inertia/pages/dashboard.vue'))['default']>
    'dev/mails': ExtractProps<(typeof import('../../inertia/pages/dev/mails.vue'))['default']>
    'errors/forbidden': ExtractProps<(typeof import('../../inertia/pages/errors/forbidden.vue'))['default']>
    'errors/not_found': ExtractProps<(typeof import('../../inertia/pages/errors/not_found.vue'))['default']>
    'errors/server_error': ExtractProps<(typeof import('../../inertia/pages/errors/server_error.vue'))['default']>
    'errors/unavailable': ExtractProps<(typeof import('../../inertia/pages/errors/unavailable.vue'))['default']>
  }
}
