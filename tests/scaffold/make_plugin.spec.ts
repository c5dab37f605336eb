import { test } from '@japa/runner'
import { execFile } from 'node:child_process'
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'

const run = promisify(execFile)
const SKIP = new Set(['node_modules', '.git', 'tmp', 'build', 'storage', 'assets'])

/** Named after this run's database and port, so two runs side by side never share them. */
const SCAFFOLD_DB = `${process.env.DB_DATABASE ?? 'portal_test'}_scaffold`
const SCAFFOLD_PORT = String(Number(process.env.PORT ?? 3334) + 64)

/** Runs ace in the copy, on its own database and port; never throws, returns the outcome. */
async function ace(root: string, args: string[]) {
  return inCopy(root, 'node', ['ace', ...args])
}

/** The project's type check (server and Vue) in the copy, as `npm run typecheck` runs it. */
async function typecheck(root: string) {
  const server = await inCopy(root, 'node', [
    join(root, 'node_modules/typescript/bin/tsc'),
    '--noEmit',
  ])
  if (server.code !== 0) return server
  return inCopy(root, 'node', [
    join(root, 'node_modules/vue-tsc/bin/vue-tsc.js'),
    '--noEmit',
    '--project',
    'inertia/tsconfig.json',
  ])
}

/** `npm run lint` and `npm run format:check` on the given paths of the copy. */
async function lint(root: string, paths: string[]) {
  const eslint = await inCopy(root, 'node', [
    join(root, 'node_modules/eslint/bin/eslint.js'),
    ...paths,
  ])
  if (eslint.code !== 0) return eslint
  return inCopy(root, 'node', [
    join(root, 'node_modules/prettier/bin/prettier.cjs'),
    '--check',
    ...paths,
  ])
}

async function inCopy(root: string, bin: string, args: string[]) {
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    DB_DATABASE: SCAFFOLD_DB,
    PORT: SCAFFOLD_PORT,
    APP_URL: `http://localhost:${SCAFFOLD_PORT}`,
    FORCE_COLOR: '0',
  }
  try {
    const { stdout, stderr } = await run(join(root, 'node_modules/.bin', bin), args, {
      cwd: root,
      env,
      timeout: 150_000,
    })
    return { code: 0, output: stdout + stderr }
  } catch (error: any) {
    return { code: error.code ?? 1, output: `${error.stdout ?? ''}${error.stderr ?? ''}` }
  }
}

const disabledSpec = `import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import { customerClient } from '#tests/helpers/plugin_testing'

test.group('Disabled plugin', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  test('its routes, nav and widget are gone; its table stays', async ({ assert }) => {
    const { http } = await customerClient('Kunde GmbH')
    assert.equal((await http.request('GET', '/sample_notes')).status, 404)
    const dashboard = await http.visit('/dashboard')
    assert.isFalse(dashboard.props.nav.some((entry: { href: string }) => entry.href === '/sample_notes'))
    assert.isFalse(dashboard.props.widgets.some((w: { plugin: string }) => w.plugin === 'sample_notes'))
    const table = await db.rawQuery("select to_regclass('sample_notes_items') as name")
    assert.equal(table.rows[0].name, 'sample_notes_items')
  })
})
`

test.group('make:plugin', (group) => {
  let root: string
  group.setup(async () => {
    await db.rawQuery(`DROP DATABASE IF EXISTS ${SCAFFOLD_DB}`)
    await db.rawQuery(`CREATE DATABASE ${SCAFFOLD_DB}`)
    root = await mkdtemp(join(tmpdir(), 'portal-scaffold-'))
    await cp(app.makePath(), root, {
      recursive: true,
      filter: (source) => !SKIP.has(source.split('/').at(-1)!),
    })
    await symlink(app.makePath('node_modules'), join(root, 'node_modules'))
    return async () => {
      await rm(root, { recursive: true, force: true })
      await db.rawQuery(`DROP DATABASE IF EXISTS ${SCAFFOLD_DB}`)
    }
  })

  test('scaffolds both halves: it boots, is enabled, passes the type check and its own tests', async ({
    assert,
  }) => {
    const made = await ace(root, ['make:plugin', 'sample_notes'])
    assert.equal(made.code, 0, made.output)
    assert.include(
      await readFile(join(root, 'config/plugins.ts'), 'utf8'),
      "sample_notes: () => import('#plugins/sample_notes/manifest'),"
    )
    assert.include(
      made.output,
      'create plugins/sample_notes/controllers/admin/sample_notes_controller.ts'
    )
    assert.include(made.output, 'create plugins/sample_notes/inertia/pages/admin/form.vue')

    const generated = await ace(root, ['codegen'])
    assert.equal(generated.code, 0, generated.output)
    const checked = await typecheck(root)
    assert.equal(checked.code, 0, checked.output)
    // Formatted as the project's own code: a new plugin passes `npm run lint` as generated.
    const linted = await lint(root, ['plugins/sample_notes', 'config/plugins.ts'])
    assert.equal(linted.code, 0, linted.output)

    // customers: list + nav + widget, another organization, the file; staff: create, validation, edit/delete, access
    const tested = await ace(root, [
      'test',
      'functional',
      '--files',
      'plugins/sample_notes/tests/functional/*',
    ])
    assert.equal(tested.code, 0, tested.output)
    assert.match(tested.output, /Tests\s+8 passed/, tested.output.slice(-3000))

    // Its pages in Chromium, empty and with its demo data: axe, no overflow, 44 px targets.
    const swept = await ace(root, [
      'test',
      'browser',
      '--files',
      'tests/browser/plugin_pages_sweep.spec.ts',
    ])
    assert.equal(swept.code, 0, swept.output.slice(-5000))
    for (const page of [
      'plugin-sample-notes-empty',
      'plugin-sample-notes-id',
      'plugin-admin-sample-notes',
      'plugin-admin-sample-notes-id',
      'plugin-admin-sample-notes-new',
    ]) {
      assert.match(swept.output, new RegExp(`Plugin pages checked: .*\\b${page}\\b`), page)
    }

    const reserved = await ace(root, ['make:plugin', 'admin'])
    assert.notEqual(reserved.code, 0)
    assert.include(reserved.output, '"admin" is reserved by the core')

    const again = await ace(root, ['make:plugin', 'sample_notes'])
    assert.notEqual(again.code, 0)
    assert.include(again.output, 'plugins/sample_notes already exists')
  }).timeout(300_000)

  test('--no-admin scaffolds the customer half only, --no-file the staff half without files; both pass their tests', async ({
    assert,
  }) => {
    const customerOnly = await ace(root, ['make:plugin', 'faq_entries', '--no-admin'])
    assert.equal(customerOnly.code, 0, customerOnly.output)
    assert.notInclude(customerOnly.output, '/admin/')
    assert.notInclude(
      await readFile(join(root, 'plugins/faq_entries/manifest.ts'), 'utf8'),
      'admin'
    )

    const withoutFiles = await ace(root, ['make:plugin', 'status_notes', '--no-file'])
    assert.equal(withoutFiles.code, 0, withoutFiles.output)
    assert.include(withoutFiles.output, 'create plugins/status_notes/inertia/pages/admin/form.vue')
    assert.notInclude(
      await readFile(join(root, 'plugins/status_notes/models/status_notes_item.ts'), 'utf8'),
      'fileKey'
    )

    assert.equal((await ace(root, ['codegen'])).code, 0)
    const checked = await typecheck(root)
    assert.equal(checked.code, 0, checked.output)
    const tested = await ace(root, [
      'test',
      'functional',
      '--files',
      'plugins/faq_entries/tests/functional/*',
      '--files',
      'plugins/status_notes/tests/functional/*',
    ])
    assert.equal(tested.code, 0, tested.output)
    // faq_entries: 2 customer tests; status_notes: 2 customer + 4 staff
    assert.match(tested.output, /Tests\s+8 passed/, tested.output.slice(-3000))
  }).timeout(300_000)

  test('disabling it hides routes, navigation and widget and keeps its table', async ({
    assert,
  }) => {
    const config = join(root, 'config/plugins.ts')
    const original = await readFile(config, 'utf8')
    await writeFile(
      config,
      original.replace("  sample_notes: () => import('#plugins/sample_notes/manifest'),\n", '')
    )
    await writeFile(join(root, 'tests/functional/zz_disabled_plugin.spec.ts'), disabledSpec)
    const tested = await ace(root, [
      'test',
      'functional',
      '--files',
      'tests/functional/zz_disabled_plugin.spec.ts',
    ])
    assert.equal(tested.code, 0, tested.output)
    assert.match(tested.output, /Tests\s+1 passed/)
    await writeFile(config, original)
  }).timeout(300_000)

  test('an invalid manifest stops the portal with a message naming the plugin', async ({
    assert,
  }) => {
    const manifest = join(root, 'plugins/sample_notes/manifest.ts')
    const original = await readFile(manifest, 'utf8')
    await writeFile(manifest, original.replace("core: '^0.1.0'", "core: '^9.0.0'"))
    const booted = await ace(root, ['migration:status'])
    assert.notEqual(booted.code, 0)
    assert.include(booted.output, 'Plugin "sample_notes": needs core ^9.0.0')
    await writeFile(manifest, original)
  }).timeout(300_000)

  test('a route added outside the mounted group stops the portal too', async ({ assert }) => {
    const routesFile = join(root, 'plugins/sample_notes/start/customer_routes.ts')
    const original = await readFile(routesFile, 'utf8')
    await writeFile(
      routesFile,
      original.replace(
        "routes.get('/', [",
        "queueMicrotask(() => routes.get('/unprotected', () => 'oops'))\n  routes.get('/', ["
      )
    )
    const booted = await ace(root, ['migration:status'])
    assert.notEqual(booted.code, 0)
    assert.include(
      booted.output,
      'Plugin "sample_notes": its routes file adds routes after the core mounted it'
    )
    await writeFile(routesFile, original)
  }).timeout(300_000)
})
