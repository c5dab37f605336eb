import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from '@japa/runner'
import { Edge } from 'edge.js'
import { keepComponentList } from '#services/edge_component_list'

/** A views directory with components/<name>.edge files. */
async function viewsWith(root: string, disk: string, components: Record<string, string>) {
  const views = join(root, disk)
  await mkdir(join(views, 'components'), { recursive: true })
  for (const [name, body] of Object.entries(components)) {
    await writeFile(join(views, 'components', `${name}.edge`), body)
  }
  await writeFile(join(views, 'page.edge'), '@!greeting()')
  return views
}

/** Issue 11: Edge (created without cache) re-read the components directories on every render. */
test.group('keepComponentList', (group) => {
  let root: string
  group.each.setup(async () => {
    root = await mkdtemp(join(tmpdir(), 'edge-components-'))
    return () => rm(root, { recursive: true, force: true })
  })

  test('components render as tags, and the disks are not read again on the next render', async ({
    assert,
  }) => {
    const edge = Edge.create()
    edge.mount(await viewsWith(root, 'default', { greeting: 'Hallo' }))
    keepComponentList(edge)
    assert.equal((await edge.render('page')).trim(), 'Hallo')

    // Without the kept list, Edge would turn this new file into a tag on the next render;
    // with it, the unknown tag stays text.
    await writeFile(join(root, 'default', 'components', 'farewell.edge'), 'Tschüss')
    await writeFile(join(root, 'default', 'later.edge'), '@!farewell()')
    assert.equal((await edge.render('later')).trim(), '@!farewell()')
  })

  test('without it, Edge reads the directories on every render (what this works around)', async ({
    assert,
  }) => {
    const edge = Edge.create()
    edge.mount(await viewsWith(root, 'default', { greeting: 'Hallo' }))
    await edge.render('page')
    await writeFile(join(root, 'default', 'components', 'farewell.edge'), 'Tschüss')
    await writeFile(join(root, 'default', 'later.edge'), '@!farewell()')
    assert.equal((await edge.render('later')).trim(), 'Tschüss')
  })

  test('a disk mounted later is read: its components become tags', async ({ assert }) => {
    const edge = Edge.create()
    edge.mount(await viewsWith(root, 'default', { greeting: 'Hallo' }))
    keepComponentList(edge)
    await edge.render('page')

    edge.mount('extra', await viewsWith(root, 'extra', { badge: 'Neu' }))
    // a component of another disk is a tag named after its disk
    await writeFile(join(root, 'default', 'with_badge.edge'), '@!extra.badge()')
    assert.equal((await edge.render('with_badge')).trim(), 'Neu')
  })
})
