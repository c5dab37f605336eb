import { test } from '@japa/runner'
import { execFile } from 'node:child_process'
import { cp, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { CORE_ONLY } from '#tests/helpers/core_only'

/**
 * Plugins are independent: removing any one (its folder and its line in
 * config/plugins.ts) leaves the portal type-checking and the core's and the
 * other plugins' unit and functional suites green. Each shipped plugin is
 * removed in turn from a copy of the project, on a database of its own.
 */
const run = promisify(execFile)
const SKIP = new Set(['node_modules', '.git', 'tmp', 'build', 'storage'])
const DATABASE = `${process.env.DB_DATABASE ?? 'portal_test'}_independence`
const PORT = String(Number(process.env.PORT ?? 3334) + 65)

async function inCopy(root: string, args: string[]) {
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    DB_DATABASE: DATABASE,
    PORT,
    APP_URL: `http://localhost:${PORT}`,
    FORCE_COLOR: '0',
  }
  try {
    const { stdout, stderr } = await run(join(root, 'node_modules/.bin/node'), args, {
      cwd: root,
      env,
      timeout: 600_000,
      maxBuffer: 64 * 1024 * 1024,
    })
    return { code: 0, output: stdout + stderr }
  } catch (error: any) {
    return { code: error.code ?? 1, output: `${error.stdout ?? ''}${error.stderr ?? ''}` }
  }
}

/** A copy of the project without plugins/<id> and its line in config/plugins.ts. */
async function copyWithout(id: string) {
  const root = await mkdtemp(join(tmpdir(), `portal-without-${id}-`))
  const skipped = app.makePath('plugins', id)
  await cp(app.makePath(), root, {
    recursive: true,
    filter: (source) => source !== skipped && !SKIP.has(source.split('/').at(-1)!),
  })
  await symlink(app.makePath('node_modules'), join(root, 'node_modules'))
  const config = join(root, 'config/plugins.ts')
  const line = new RegExp(`^\\s*${id}: \\(\\) => import\\('#plugins/${id}/manifest'\\),\\n`, 'm')
  const original = await readFile(config, 'utf8')
  if (!line.test(original)) throw new Error(`config/plugins.ts has no line for ${id}`)
  await writeFile(config, original.replace(line, ''))
  return root
}

const shipped = (await readdir(app.makePath('plugins'), { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

test.group('Plugins are independent', (group) => {
  group.each.setup(async () => {
    await db.rawQuery(`DROP DATABASE IF EXISTS ${DATABASE}`)
    await db.rawQuery(`CREATE DATABASE ${DATABASE}`)
    return () => db.rawQuery(`DROP DATABASE IF EXISTS ${DATABASE}`)
  })

  test('without {$self}: the type check, the unit and the functional suites pass')
    .with(shipped)
    .run(async ({ assert }, id) => {
      const root = await copyWithout(id)
      try {
        const generated = await inCopy(root, ['ace', 'codegen'])
        assert.equal(generated.code, 0, generated.output)
        const server = await inCopy(root, [
          join(root, 'node_modules/typescript/bin/tsc'),
          '--noEmit',
        ])
        assert.equal(server.code, 0, server.output)
        const client = await inCopy(root, [
          join(root, 'node_modules/vue-tsc/bin/vue-tsc.js'),
          '--noEmit',
          '--project',
          'inertia/tsconfig.json',
        ])
        assert.equal(client.code, 0, client.output)
        // Core machinery no plugin takes part in is left out (tests/helpers/core_only.ts).
        const tested = await inCopy(root, [
          'ace',
          'test',
          'unit',
          'functional',
          `--tags=~${CORE_ONLY}`,
        ])
        assert.equal(tested.code, 0, tested.output.slice(-6000))
        assert.match(tested.output, /Tests\s+\d+ passed \(\d+\)/, tested.output.slice(-3000))
        assert.notInclude(tested.output, `plugins/${id}/`, 'none of its tests ran')
      } finally {
        await rm(root, { recursive: true, force: true })
      }
    })
    .timeout(900_000)
})
