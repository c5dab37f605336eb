/** The names a new plugin's files use, derived from its id ("project_notes"). */
export function scaffoldNames(id: string) {
  const pascal = id
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')
  const title = id
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ')
  return { id, pascal, title, table: `${id}_items`, model: `${pascal}Item` }
}

export type ScaffoldNames = ReturnType<typeof scaffoldNames>
