import '@adonisjs/inertia/types'

import type { VNodeProps, AllowedComponentProps, ComponentInstance } from 'vue'

type ExtractProps<T> = Omit<ComponentInstance<T>['$props'], keyof VNodeProps | keyof AllowedComponentProps>

declare module '@adonisjs/inertia/types' {
  export interface InertiaPages {
    'invoices/admin/batch': ExtractProps<(typeof import('../../plugins/invoices/inertia/pages/admin/batch.vue'))['default']>
    'invoices/admin/create': ExtractProps<(typeof import('../../plugins/invoices/inertia/pages/admin/create.vue'))['default']>
    'invoices/admin/edit': ExtractProps<(typeof import('../../plugins/invoices/inertia/pages/admin/edit.vue'))['default']>
    'invoices/admin/index': ExtractProps<(typeof import('../../plugins/invoices/inertia/pages/admin/index.vue'))['default']>
    'invoices/admin/show': ExtractProps<(typeof import('../../plugins/invoices/inertia/pages/admin/show.vue'))['default']>
    'invoices/index': ExtractProps<(typeof import('../../plugins/invoices/inertia/pages/index.vue'))['default']>
    'tickets/admin/inbound': ExtractProps<(typeof import('../../plugins/tickets/inertia/pages/admin/inbound.vue'))['default']>
    'tickets/admin/inbox': ExtractProps<(typeof import('../../plugins/tickets/inertia/pages/admin/inbox.vue'))['default']>
    'tickets/admin/show': ExtractProps<(typeof import('../../plugins/tickets/inertia/pages/admin/show.vue'))['default']>
    'tickets/create': ExtractProps<(typeof import('../../plugins/tickets/inertia/pages/create.vue'))['default']>
    'tickets/index': ExtractProps<(typeof import('../../plugins/tickets/inertia/pages/index.vue'))['default']>
    'tickets/show': ExtractProps<(typeof import('../../plugins/tickets/inertia/pages/show.vue'))['default']>
  }
}
