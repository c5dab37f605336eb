import { test } from '@japa/runner'
import { validateManifests } from '#plugin_kit/validate_manifests'
import type { PortalPluginManifest } from '#plugin_kit/types'

function plugin(
  id: string,
  extra: Partial<PortalPluginManifest> = {}
): [string, PortalPluginManifest] {
  return [id, { id, name: `${id}.name`, version: '1.0.0', core: '^0.1.0', ...extra }]
}

test.group('Plugin manifests | validated at boot, failing closed', () => {
  test('valid plugins in dependency order pass', ({ assert }) => {
    assert.doesNotThrow(() =>
      validateManifests(
        [plugin('notes'), plugin('files'), plugin('reports', { dependencies: ['notes'] })],
        '0.1.3'
      )
    )
  })

  test('{title}')
    .with([
      {
        title: 'a duplicate id',
        entries: [plugin('notes'), plugin('notes')],
        message: 'Plugin "notes": is enabled twice (duplicate id)',
      },
      {
        title: 'an unknown dependency',
        entries: [plugin('reports', { dependencies: ['crm'] })],
        message: 'Plugin "reports": depends on "crm", which is unknown or not enabled',
      },
      {
        title: 'a dependency cycle',
        entries: [
          plugin('alpha', { dependencies: ['beta'] }),
          plugin('beta', { dependencies: ['alpha'] }),
        ],
        message: 'Plugin "alpha": has a dependency cycle: alpha -> beta -> alpha',
      },
      {
        title: 'a dependency listed after its dependant',
        entries: [plugin('reports', { dependencies: ['notes'] }), plugin('notes')],
        message:
          'Plugin "reports": depends on "notes": list "notes" before it in config/plugins.ts',
      },
      {
        title: 'a core range not met',
        entries: [plugin('notes', { core: '^2.0.0' })],
        message: 'Plugin "notes": needs core ^2.0.0, this portal is 0.1.3',
      },
      {
        title: 'a version that is not semver',
        entries: [plugin('notes', { version: 'one' })],
        message: 'Plugin "notes": version "one" is not semver',
      },
      {
        title: 'a reserved id',
        entries: [plugin('admin')],
        message: 'Plugin "admin": this id is reserved by the core',
      },
      {
        title: 'a malformed id',
        entries: [plugin('Notes!')],
        message: 'Plugin "Notes!": ids are 2-31 characters: lower-case letters, digits and _',
      },
      {
        title: 'a key that does not match the id',
        entries: [['notes', { ...plugin('support')[1] }] as [string, PortalPluginManifest]],
        message: 'Plugin "notes": is listed as "notes" but its manifest says id "support"',
      },
    ])
    .run(({ assert }, row) => {
      assert.throws(() => validateManifests(row.entries, '0.1.3'), row.message)
    })
})
