import type { ScaffoldNames } from '#core/scaffold/names'

/**
 * The files of a new plugin, relative to plugins/<id>/. The result works at
 * once: a page listing the organization's items, a nav entry, a dashboard
 * widget, a migration, translations and tests (including the
 * cross-organization 404).
 */
export function scaffoldFiles(n: ScaffoldNames): Record<string, string> {
  return {
    'manifest.ts': `import { definePortalPlugin } from '#core/define_portal_plugin'
import { forOrganization } from '#core/organization_scope'

/** ${n.title}: see README.md. */
export default definePortalPlugin({
  id: '${n.id}',
  name: '${n.id}.name',
  version: '0.1.0',
  core: '^0.1.0',
  dependencies: [],
  routes: { customer: () => import('./start/customer_routes.js') },
  navigation: { customer: [{ label: '${n.id}.nav', route: '${n.id}.index', order: 100 }] },
  widgets: [
    {
      id: 'summary',
      component: 'summary',
      order: 100,
      data: async ({ auth }) => {
        const { default: ${n.model} } = await import('./models/${n.id}_item.js')
        const [{ $extras }] = await forOrganization(${n.model}, auth.user!).count('* as total')
        return { total: Number($extras.total) }
      },
    },
  ],
  permissions: ['${n.id}.view'],
  settings: {},
})
`,
    'README.md': `# ${n.title}

A portal plugin, scaffolded by \`node ace make:plugin ${n.id}\`. Customers see their
organization's items at \`/${n.id}\`; the dashboard shows how many there are.

- enable/disable: the line \`${n.id}: () => import('#plugins/${n.id}/manifest')\` in \`config/plugins.ts\`
- tables: \`${n.table}\` (migrations in \`database/migrations\`)
- tests: \`node ace test functional --files 'plugins/${n.id}/tests/functional/*'\`
`,
    'start/customer_routes.ts': `import type router from '@adonisjs/core/services/router'

const ${n.pascal}Controller = () => import('../controllers/${n.id}_controller.js')

/** Mounted by the core under /${n.id}, behind login and the customer's organization. */
export default function (routes: typeof router) {
  routes.get('/', [${n.pascal}Controller, 'index']).as('index')
  routes.get('/:id', [${n.pascal}Controller, 'show']).as('show')
}
`,
    [`controllers/${n.id}_controller.ts`]: `import type { HttpContext } from '@adonisjs/core/http'
import { findInOrganization, forOrganization } from '#core/organization_scope'
import { renderPluginPage } from '#core/render_plugin_page'
import ${n.model} from '../models/${n.id}_item.js'
import ${n.model}Transformer from '../transformers/${n.id}_item_transformer.js'

export default class ${n.pascal}Controller {
  async index(ctx: HttpContext) {
    const items = await forOrganization(${n.model}, ctx.auth.user!).orderBy('created_at', 'desc')
    return renderPluginPage(ctx, '${n.id}/index', { items: items.map((item) => ${n.model}Transformer.toJSON(item)) })
  }

  /** Another organization's id is a 404, like an id that does not exist. */
  async show(ctx: HttpContext) {
    const item = await findInOrganization(${n.model}, ctx.params.id, ctx.auth.user!)
    return renderPluginPage(ctx, '${n.id}/show', { item: ${n.model}Transformer.toJSON(item) })
  }
}
`,
    [`models/${n.id}_item.ts`]: `import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

export default class ${n.model} extends BaseModel {
  static table = '${n.table}'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare organizationId: number

  @column()
  declare title: string

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
`,
    [`transformers/${n.id}_item_transformer.ts`]: `import type ${n.model} from '../models/${n.id}_item.js'

/** What the browser may see of an item. */
export default class ${n.model}Transformer {
  static toJSON(item: ${n.model}) {
    return { id: item.id, title: item.title, createdAt: item.createdAt.toISO()! }
  }
}
`,
    [`database/migrations/0001_create_${n.table}_table.ts`]: `import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  protected tableName = '${n.table}'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.integer('organization_id').unsigned().notNullable().references('id').inTable('organizations').onDelete('CASCADE')
      table.string('title', 200).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.index(['organization_id'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
`,
    'inertia/pages/index.vue': `<script setup lang="ts">
import { Head, Link } from '@inertiajs/vue3'
import CustomerLayout from '~/layouts/customer.vue'
import { useI18n } from '~/i18n'
import { urlFor } from '~/client'

defineOptions({ layout: CustomerLayout })
defineProps<{ items: Array<{ id: number; title: string; createdAt: string }> }>()
const { t } = useI18n()
</script>

<template>
  <Head :title="t('${n.id}.title')" />
  <h1>{{ t('${n.id}.title') }}</h1>
  <p v-if="!items.length" class="empty">{{ t('${n.id}.empty') }}</p>
  <ul v-else>
    <li v-for="item in items" :key="item.id">
      <Link :href="urlFor('${n.id}.show', { id: item.id })">{{ item.title }}</Link>
    </li>
  </ul>
</template>
`,
    'inertia/pages/show.vue': `<script setup lang="ts">
import { Head, Link } from '@inertiajs/vue3'
import CustomerLayout from '~/layouts/customer.vue'
import { useI18n } from '~/i18n'
import { urlFor } from '~/client'

defineOptions({ layout: CustomerLayout })
defineProps<{ item: { id: number; title: string; createdAt: string } }>()
const { t } = useI18n()
</script>

<template>
  <Head :title="item.title" />
  <p><Link :href="urlFor('${n.id}.index')">{{ t('${n.id}.back') }}</Link></p>
  <h1>{{ item.title }}</h1>
</template>
`,
    'inertia/widgets/summary.vue': `<script setup lang="ts">
import { useI18n } from '~/i18n'

defineProps<{ total: number }>()
const { t } = useI18n()
</script>

<template>
  <h2>{{ t('${n.id}.title') }}</h2>
  <p>{{ t('${n.id}.widget', { total }) }}</p>
</template>
`,
    [`resources/lang/de/${n.id}.json`]: JSON.stringify(
      {
        name: n.title,
        nav: n.title,
        title: n.title,
        empty: 'Hier gibt es noch nichts.',
        back: 'Zurück zur Übersicht',
        widget: 'Einträge: {total}',
      },
      null,
      2
    ) + '\n',
    [`resources/lang/en/${n.id}.json`]: JSON.stringify(
      { name: n.title, nav: n.title, title: n.title, empty: 'Nothing here yet.', back: 'Back to the list', widget: 'Entries: {total}' },
      null,
      2
    ) + '\n',
    [`tests/functional/${n.id}.spec.ts`]: `import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { customerAgent, assertOtherOrganizationGets404 } from '#tests/helpers/plugin_testing'
import ${n.model} from '#plugins/${n.id}/models/${n.id}_item'

test.group('${n.title} plugin', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('customers see the items of their organization, in the nav and on the dashboard', async ({ assert }) => {
    const { agent, user } = await customerAgent('Kunde GmbH')
    await ${n.model}.create({ organizationId: user.organizationId!, title: 'Erster Eintrag' })

    const page = await agent.visit('/${n.id}')
    assert.equal(page.component, '${n.id}/index')
    assert.deepEqual(page.props.items.map((item: { title: string }) => item.title), ['Erster Eintrag'])
    assert.isTrue(page.props.nav.some((entry: { href: string }) => entry.href === '/${n.id}'))

    const dashboard = await agent.visit('/dashboard')
    const widget = dashboard.props.widgets.find((w: { key: string }) => w.key === '${n.id}.summary')
    assert.equal(widget.props.total, 1)
  })

  test('another organization sees none of them: list empty, detail 404', async ({ assert }) => {
    const owner = await customerAgent('Kunde GmbH')
    const item = await ${n.model}.create({ organizationId: owner.user.organizationId!, title: 'Geheim' })
    assert.equal((await owner.agent.visit(\`/${n.id}/\${item.id}\`)).props.item.title, 'Geheim')

    const other = await customerAgent('Andere AG')
    const page = await other.agent.visit('/${n.id}')
    assert.lengthOf(page.props.items, 0)
    await assertOtherOrganizationGets404(assert, other.agent, \`/${n.id}/\${item.id}\`)
  })
})
`,
  }
}
