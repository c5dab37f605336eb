import { test } from '@japa/runner'
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import app from '@adonisjs/core/services/app'
import { isAdminRoute, isAdminSource, translationCatalogOf } from '../../scripts/client_split.js'
import { catalog, CATALOGS, locales } from '../../scripts/i18n/client_translations.js'
import { customerRoutes } from '../../.adonisjs/client/customer_routes.js'
import { routes as registry } from '../../.adonisjs/client/registry/index.js'

const root = app.makePath()

/** Every .vue and .ts file of the browser bundle: inertia/ and plugins/<id>/inertia/. */
async function clientSources() {
  const plugins = (await readdir(join(root, 'plugins'), { withFileTypes: true })).filter((entry) =>
    entry.isDirectory()
  )
  const folders = ['inertia', ...plugins.map((plugin) => `plugins/${plugin.name}/inertia`)]
  const files: string[] = []
  for (const folder of folders) {
    const entries = await readdir(join(root, folder), {
      withFileTypes: true,
      recursive: true,
    }).catch(() => [])
    for (const entry of entries) {
      if (entry.isFile() && /\.(vue|ts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        files.push(relative(root, join(entry.parentPath, entry.name)))
      }
    }
  }
  return files.sort()
}

/** The files a source imports statically (`import … from '~/…'` or relative), not `import()`. */
function staticImports(file: string, source: string) {
  const specifiers = [
    ...source.matchAll(/^\s*import\s+(?:[^'";]+?\s+from\s+)?['"]([^'"]+)['"]/gm),
  ].map((match) => match[1])
  return specifiers.flatMap((specifier) => {
    const base = specifier.startsWith('~/')
      ? join('inertia', specifier.slice(2))
      : specifier.startsWith('.')
        ? join(dirname(file), specifier)
        : null
    if (!base) return []
    const found = [base, `${base}.ts`, `${base}.vue`, join(base, 'index.ts')].find(
      (candidate) => /\.(vue|ts)$/.test(candidate) && existsSync(join(root, candidate))
    )
    return found ? [found] : []
  })
}

/** Translation keys a source passes to t(): literal keys, and the fixed start of template keys ("x.status.${…}"). */
function translationKeys(source: string) {
  const keys: { key: string; prefix: boolean }[] = []
  for (const call of source.matchAll(/\bt\(((?:[^()]|\([^()]*\))*)\)/g)) {
    for (const literal of call[1].matchAll(/['"`]([a-z0-9_]+\.[a-z0-9_.]*)(\$\{)?/g)) {
      keys.push({ key: literal[1], prefix: Boolean(literal[2]) })
    }
  }
  return keys
}

test.group('What the browser bundle keeps apart for the admin console', () => {
  test('admin routes, admin code and admin translations are told apart', ({ assert }) => {
    assert.isTrue(isAdminRoute({ name: 'admin.dashboard', pattern: '/admin' }))
    assert.isTrue(isAdminRoute({ name: 'notes.admin.x', pattern: '/admin/notes' }))
    assert.isTrue(isAdminRoute({ name: 'admin.notes.index', pattern: '/somewhere' }))
    assert.isFalse(isAdminRoute({ name: 'notes.index', pattern: '/notes' }))
    assert.isFalse(isAdminRoute({ name: 'administration', pattern: '/administration' }))

    for (const path of [
      'inertia/pages/admin/dashboard.vue',
      'inertia/components/admin/audit_table.vue',
      'inertia/layouts/admin.vue',
      'inertia/admin/client.ts',
      'plugins/notes/inertia/pages/admin/list.vue',
      'plugins/files/inertia/components/admin/status_tag.vue',
      'virtual:portal-translations/admin/lang-admin-de',
    ]) {
      assert.isTrue(isAdminSource(path), path)
    }
    for (const path of [
      'inertia/pages/dashboard.vue',
      'inertia/layouts/customer.vue',
      'plugins/notes/inertia/pages/index.vue',
      'inertia/administration.ts',
    ]) {
      assert.isFalse(isAdminSource(path), path)
    }

    assert.equal(translationCatalogOf('ui.login.title'), 'visitor')
    assert.equal(translationCatalogOf('security.codes.title'), 'visitor')
    assert.equal(translationCatalogOf('security.devices.title'), 'customer')
    assert.equal(translationCatalogOf('notes.status.open'), 'customer')
    assert.equal(translationCatalogOf('audit.login.completed'), 'customer')
    assert.equal(
      translationCatalogOf('customers.audit.invited'),
      'customer',
      'a customer sees their own events'
    )
    assert.equal(translationCatalogOf('notes.admin.inbox'), 'admin')
    assert.equal(translationCatalogOf('admin.audit.title'), 'admin')
    assert.equal(translationCatalogOf('customers.customer.yes'), 'admin')
    assert.isNull(translationCatalogOf('notes.mail.subject'))
    assert.isNull(translationCatalogOf('validator.shared.required'))
  })

  test('customer_routes.ts is the registry without the admin console (run `node ace codegen` after changing routes)', ({
    assert,
  }) => {
    const expected = Object.entries(registry)
      .filter(([name, route]) => !isAdminRoute({ name, pattern: route.pattern }))
      .map(([name, route]) => `${name} ${route.pattern}`)
    assert.deepEqual(
      customerRoutes.map((route) => `${route.name} ${route.pattern}`),
      expected
    )
    assert.isAbove(Object.keys(registry).length, customerRoutes.length)
    assert.isFalse(
      customerRoutes.some(
        (route) => route.pattern.startsWith('/admin') || route.name?.startsWith('admin')
      )
    )
  })

  test('every translation key the browser code uses is in a catalog that code gets', async ({
    assert,
  }) => {
    const files = await clientSources()
    const sources = new Map(
      await Promise.all(
        files.map(async (file) => [file, await readFile(join(root, file), 'utf8')] as const)
      )
    )

    // What visitors see: the login steps, the error pages, the login layout, and what they import.
    const visitor = new Set<string>()
    const visit = (file: string) => {
      if (visitor.has(file) || !sources.has(file)) return
      visitor.add(file)
      staticImports(file, sources.get(file)!).forEach(visit)
    }
    files
      .filter((file) => /^inertia\/(pages\/(auth|errors)\/|layouts\/auth\.vue$)/.test(file))
      .forEach(visit)
    assert.includeMembers(
      [...visitor],
      [
        'inertia/pages/auth/login.vue',
        'inertia/components/form_field.vue',
        'inertia/components/app_shell.vue',
      ]
    )

    const [locale] = await locales(root)
    const messages = Object.fromEntries(
      await Promise.all(
        CATALOGS.map(async (name) => [name, await catalog(root, locale, name)] as const)
      )
    )
    const problems: string[] = []
    for (const [file, source] of sources) {
      const allowed = isAdminSource(file)
        ? CATALOGS
        : visitor.has(file)
          ? (['visitor'] as const)
          : (['visitor', 'customer'] as const)
      const known = allowed.flatMap((name) => Object.keys(messages[name]))
      for (const { key, prefix } of translationKeys(source)) {
        const found = prefix
          ? known.some((candidate) => candidate.startsWith(key))
          : known.includes(key)
        if (!found)
          problems.push(
            `${file}: ${key}${prefix ? '…' : ''} (not in ${allowed.join(' or ')}; catalog: ${translationCatalogOf(key + (prefix ? 'x' : ''))})`
          )
      }
    }
    assert.deepEqual(problems, [])
  })
})
