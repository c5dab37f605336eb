/** At most this many characters of a file name are kept (the extension always stays). */
const MAX_LENGTH = 120

/** Control characters, and the invisible ones that reorder what is shown (a "gpj.exe" that reads "exe.jpg"). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g

/**
 * A file name a person chose, made safe to store and to offer for download,
 * for every plugin that accepts files: the base name only (whatever a browser
 * or a script put before the last / or \), no control or direction-changing
 * characters, no leading dots or spaces (hidden files, "../"), at most 120
 * characters with the extension kept. Letters of every script stay (NFC).
 * `fallback` when nothing is left.
 */
export function safeFileName(name: string | null | undefined, fallback = 'datei') {
  const base = (name ?? '').normalize('NFC').split(/[\\/]/).at(-1) ?? ''
  const cleaned = base
    .replace(HIDDEN, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+/, '')
    .replace(/[\s.]+$/, '')
  if (!cleaned) return fallback
  const characters = [...cleaned]
  if (characters.length <= MAX_LENGTH) return cleaned
  const dot = cleaned.lastIndexOf('.')
  const extension = dot > 0 ? [...cleaned.slice(dot)].slice(0, 16).join('') : ''
  return (
    characters
      .slice(0, MAX_LENGTH - [...extension].length)
      .join('')
      .trimEnd() + extension
  )
}

/**
 * `Content-Disposition` for a download: a plain ASCII name for old clients
 * and the exact name (RFC 6266 / 5987), so the file is saved as it was
 * uploaded. The name is cleaned again, so records stored before the
 * cleaning existed are offered safely too.
 */
export function contentDisposition(
  name: string,
  disposition: 'attachment' | 'inline' = 'attachment'
) {
  const safe = safeFileName(name)
  const ascii = safe
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_')
  const encoded = encodeURIComponent(safe).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  )
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`
}
