import { test } from '@japa/runner'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import app from '@adonisjs/core/services/app'

/**
 * The core never names a shipped plugin, in code, tests or texts: it knows
 * plugins only through config/plugins.ts (the one place that lists them) and
 * their manifests. So any plugin can be removed or replaced; the core's
 * tests use a plugin of their own (tests/fixtures/plugins/test_fixture).
 * Generated files (.adonisjs/, database/schema.ts) list what exists and are
 * not the core's own words.
 */
/** benchmarks/ measures the portal as shipped (its plugins' pages at agency scale) and is no part of the core. */
const CORE = [
  'app',
  'start',
  'config',
  'providers',
  'inertia',
  'resources',
  'commands',
  'database',
  'scripts',
  'bin',
  'tests',
  'adonisrc.ts',
  'vite.config.ts',
]
const NOT_THE_CORES_WORDS = new Set(['config/plugins.ts', 'database/schema.ts'])
const TEXT = /\.(ts|js|vue|json|edge|css|html)$/

async function filesUnder(path: string): Promise<string[]> {
  const absolute = app.makePath(path)
  const entries = await readdir(absolute, { withFileTypes: true }).catch(() => null)
  if (!entries) return TEXT.test(path) ? [path] : []
  const nested = await Promise.all(
    entries.map((entry) => filesUnder(relative(app.makePath(), join(absolute, entry.name))))
  )
  return nested.flat()
}

test.group('The core names no plugin', () => {
  test('no file of the core mentions a shipped plugin by its id (nor imports its code)', async ({
    assert,
  }) => {
    const plugins = (await readdir(app.makePath('plugins'), { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
    assert.isAbove(plugins.length, 0)
    const names = new RegExp(`\\b(${plugins.join('|')})\\b`, 'i')
    const files = (await Promise.all(CORE.map(filesUnder)))
      .flat()
      .filter((file) => !NOT_THE_CORES_WORDS.has(file))
    const found: string[] = []
    for (const file of files) {
      const lines = (await readFile(app.makePath(file), 'utf8')).split('\n')
      lines.forEach(
        (line, index) =>
          names.test(line) && found.push(`${file}:${index + 1}: ${line.trim().slice(0, 120)}`)
      )
    }
    assert.deepEqual(found, [], `the core names a plugin:\n${found.join('\n')}`)
  })
})
