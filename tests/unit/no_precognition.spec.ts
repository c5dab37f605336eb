import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { test } from '@japa/runner'
import * as precognition from 'laravel-precognition'

/**
 * Loaded by path: browser code belongs to the inertia/ TypeScript project, which the
 * server's (and this test's) project cannot import from.
 */
const stub: {
  client: { withXsrfCookieName(): any; withXsrfHeaderName(): any }
  createValidator(): never
  resolveName(name: string | { target: { name: string } }): string
  toSimpleValidationErrors(errors: Record<string, string | string[]>): Record<string, string>
} = await import(new URL('../../inertia/no_precognition.ts', import.meta.url).href)

/**
 * The browser bundle replaces laravel-precognition with inertia/no_precognition.ts
 * (vite.config.ts). What Inertia's forms call outside withPrecognition() must
 * behave as the library does; withPrecognition() must fail loudly.
 */
test.group('no_precognition stands in for laravel-precognition', () => {
  test('it exports every name the installed Inertia imports from the library', async ({
    assert,
  }) => {
    // Read from Inertia's own files: an upgrade that imports one more name fails here, not in a browser.
    const imported = new Set<string>()
    for (const pkg of ['core', 'vue3']) {
      const source = await readFile(
        fileURLToPath(import.meta.resolve(`@inertiajs/${pkg}`)).replace(/[^/]+$/, 'index.js'),
        'utf8'
      )
      for (const [, names] of source.matchAll(
        /import\s*{([^}]*)}\s*from\s*"laravel-precognition"/g
      ))
        for (const name of names.split(',')) imported.add(name.trim().split(/\s+as\s+/)[0])
    }
    imported.delete('')
    assert.includeMembers([...imported], ['client', 'createValidator', 'toSimpleValidationErrors'])
    for (const name of imported) assert.property(stub, name, `Inertia imports ${name}`)
  })

  test('validation errors come out as the library gives them: the first message of each field', ({
    assert,
  }) => {
    const errors: Record<string, string | string[]> = {
      'email': ['Gib eine E-Mail-Adresse ein.', 'Zu lang.'],
      'code': 'Der Code stimmt nicht.',
      'items.0.name': ['Fehlt.'],
      'empty': [],
    }
    assert.deepEqual(
      stub.toSimpleValidationErrors(errors),
      precognition.toSimpleValidationErrors(errors as any)
    )
    assert.deepEqual(stub.toSimpleValidationErrors(errors).email, 'Gib eine E-Mail-Adresse ein.')
  })

  test('field names resolve from a name or an input event, as in the library', ({ assert }) => {
    const event = { target: { name: 'email' } }
    assert.equal(stub.resolveName('subject'), precognition.resolveName('subject'))
    assert.equal(stub.resolveName(event), precognition.resolveName(event as any))
  })

  test('the XSRF settings Inertia passes on are accepted', ({ assert }) => {
    assert.doesNotThrow(() => stub.client.withXsrfCookieName().withXsrfHeaderName())
  })

  test('withPrecognition() fails with the reason instead of validating nothing', ({ assert }) => {
    assert.throws(() => stub.createValidator(), /withPrecognition\(\) is not available/)
  })
})
