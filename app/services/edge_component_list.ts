import type { Edge } from 'edge.js'

/**
 * Edge turns the components directory of every mounted disk into tags, and
 * re-reads those directories (existsSync, readdirSync) on every render unless
 * it was created with `cache` on. The shared instance is created without
 * options and configured for production afterwards, so in production too it
 * read the disks of every mounted plugin on every page: 2–3 % of a customer
 * page's CPU in the benchmark's profile.
 *
 * The list changes only when a disk is mounted or a template registered, so
 * it is read again only then.
 */
export function keepComponentList(edge: Edge) {
  const loader = edge.loader
  const read = loader.listComponents.bind(loader)
  let readFor: string | undefined
  let components: ReturnType<typeof read> = []
  loader.listComponents = () => {
    const disks = JSON.stringify([loader.mounted, Object.keys(loader.templates)])
    if (disks !== readFor) {
      components = read()
      readFor = disks
    }
    return components
  }
}
