import { test } from '@japa/runner'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import app from '@adonisjs/core/services/app'

/** Every translation folder: the core's and each plugin's. */
async function languageRoots() {
  const plugins = await readdir(app.makePath('plugins'), { withFileTypes: true }).catch(() => [])
  return [
    app.languageFilesPath(),
    ...plugins
      .filter((entry) => entry.isDirectory())
      .map((entry) => app.makePath('plugins', entry.name, 'resources/lang')),
  ]
}

async function keysOf(root: string, locale: string) {
  const files = await readdir(join(root, locale)).catch(() => [] as string[])
  const keys: string[] = []
  for (const file of files.filter((f) => f.endsWith('.json'))) {
    const messages = JSON.parse(await readFile(join(root, locale, file), 'utf8'))
    keys.push(...Object.keys(messages).map((key) => `${file.replace('.json', '')}.${key}`))
  }
  return keys.sort()
}

test.group('Translations', () => {
  test('German and English have the same keys, in the core and in every plugin', async ({
    assert,
  }) => {
    for (const root of await languageRoots()) {
      const german = await keysOf(root, 'de')
      const english = await keysOf(root, 'en')
      assert.isAbove(german.length, 0, `${root} has German messages`)
      assert.deepEqual(
        german.filter((key) => !english.includes(key)),
        [],
        `${root}: keys only in German`
      )
      assert.deepEqual(
        english.filter((key) => !german.includes(key)),
        [],
        `${root}: keys only in English`
      )
    }
  })
})
