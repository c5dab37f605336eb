import archiver from 'archiver'

/** A streaming ZIP. PDFs are compressed already: stored entries, which also stream fastest. */
export function zipArchive() {
  return archiver('zip', { store: true })
}
