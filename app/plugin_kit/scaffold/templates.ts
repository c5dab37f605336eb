import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import type { ScaffoldNames } from '#plugin_kit/scaffold/names'

/** What a new plugin gets: the admin half (list, form, delete, audit) and, with it, a private file per entry. */
export interface ScaffoldParts {
  admin: boolean
  file: boolean
}

const STUBS = new URL('./stubs/', import.meta.url)

/**
 * The files of a new plugin, relative to plugins/<id>/, from the stubs next
 * to this file. The stubs are the plugin's code with placeholders
 * (__ID__, __PASCAL__, __TITLE__, __TABLE__, __MODEL__, also in file names)
 * and sections kept only for some parts:
 *
 *   @@if admin        (a line of its own; `@@if admin file`: both, `@@if !file`: without)
 *   …
 *   @@end
 *
 * In the JSON translations, a key written "@@admin file some.key" is kept
 * only with those parts. A stub whose path starts with an admin folder
 * (controllers/admin, pages/admin, actions, validators, the admin routes and
 * tests) is left out without the admin half.
 */
export async function scaffoldFiles(
  names: ScaffoldNames,
  parts: ScaffoldParts
): Promise<Record<string, string>> {
  const root = STUBS.pathname
  const files: Record<string, string> = {}
  for (const stub of await stubsUnder(root)) {
    const path = placeholders(relative(root, stub).replace(/\.stub$/, ''), names)
    if (!parts.admin && isAdminOnly(path)) continue
    const text = await readFile(stub, 'utf8')
    files[path] = placeholders(
      path.endsWith('.json') ? jsonSections(text, parts) : sections(text, parts, path),
      names
    )
  }
  return files
}

async function stubsUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true })
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory()
        ? stubsUnder(join(folder, entry.name))
        : Promise.resolve([join(folder, entry.name)])
    )
  )
  return nested.flat().filter((path) => path.endsWith('.stub'))
}

function isAdminOnly(path: string) {
  return /^(controllers\/admin|inertia\/pages\/admin|actions|validators)\/|^start\/admin_routes|^tests\/functional\/admin_/.test(
    path
  )
}

function holds(condition: string, parts: ScaffoldParts) {
  return condition
    .split(/\s+/)
    .filter(Boolean)
    .every((flag) =>
      flag.startsWith('!')
        ? !parts[flag.slice(1) as keyof ScaffoldParts]
        : parts[flag as keyof ScaffoldParts]
    )
}

function sections(text: string, parts: ScaffoldParts, path: string) {
  const kept: string[] = []
  const open: boolean[] = []
  for (const line of text.split('\n')) {
    const marker = line.trim().match(/^@@(if (.+)|end)$/)
    if (!marker) {
      if (open.every(Boolean)) kept.push(line)
    } else if (marker[2] !== undefined) {
      open.push(holds(marker[2], parts))
    } else if (open.length) {
      open.pop()
    } else {
      throw new Error(`${path}: @@end without @@if`)
    }
  }
  if (open.length) throw new Error(`${path}: @@if without @@end`)
  return kept.join('\n')
}

function jsonSections(text: string, parts: ScaffoldParts) {
  const entries = Object.entries(JSON.parse(text) as Record<string, string>).flatMap(
    ([key, value]) => {
      if (!key.startsWith('@@')) return [[key, value]]
      const words = key.slice(2).split(' ')
      const name = words.pop()!
      return holds(words.join(' '), parts) ? [[name, value]] : []
    }
  )
  return JSON.stringify(Object.fromEntries(entries), null, 2) + '\n'
}

function placeholders(text: string, n: ScaffoldNames) {
  return text
    .replaceAll('__ID__', n.id)
    .replaceAll('__PASCAL__', n.pascal)
    .replaceAll('__TITLE__', n.title)
    .replaceAll('__TABLE__', n.table)
    .replaceAll('__MODEL__', n.model)
}
