import { readdir } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { test } from '@japa/runner'
import { buildApp, projectRoot } from '#tests/helpers/production/built_app'

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => [])
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

test.group('Production | what the build holds', () => {
  test("every file under a plugin's resources/ is in build/, for every plugin", async ({
    assert,
  }) => {
    const build = await buildApp()
    const plugins = (await readdir(join(projectRoot, 'plugins'), { withFileTypes: true })).filter(
      (entry) => entry.isDirectory()
    )
    assert.isAbove(plugins.length, 1)
    for (const plugin of plugins) {
      const source = join(projectRoot, 'plugins', plugin.name, 'resources')
      for (const file of await filesUnder(source)) {
        const path = relative(projectRoot, file)
        assert.includeMembers(
          await filesUnder(join(build, 'plugins', plugin.name, 'resources')),
          [join(build, path)],
          `${path} is missing from build/`
        )
      }
    }
  })

  test("every plugin's job files are in build/, where the queue workers look for them", async ({
    assert,
  }) => {
    const build = await buildApp()
    const plugins = await readdir(join(projectRoot, 'plugins'), { withFileTypes: true })
    for (const plugin of plugins.filter((entry) => entry.isDirectory())) {
      const jobs = await filesUnder(join(projectRoot, 'plugins', plugin.name, 'jobs'))
      for (const file of jobs.filter((path) => path.endsWith('.ts'))) {
        const built = join(build, relative(projectRoot, file)).replace(/\.ts$/, '.js')
        assert.includeMembers(
          await filesUnder(join(build, 'plugins', plugin.name, 'jobs')),
          [built],
          `${relative(projectRoot, file)} is missing from build/`
        )
      }
    }
  })

  test('the core resources, job files and the service worker are in build/', async ({ assert }) => {
    const build = await buildApp()
    const files = (await filesUnder(build)).map((file) => relative(build, file))
    assert.includeMembers(files, [
      'resources/views/emails/magic_link_html.edge',
      'resources/lang/de/ui.json',
      'app/jobs/send_mail_job.js',
      'public/sw.js',
      'public/offline.html',
    ])
    assert.isTrue(
      files.some((file) => /^public\/assets\/.*\.js$/.test(file)),
      'the Vite bundle'
    )
  })
})
