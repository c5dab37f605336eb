/**
 * The new part of a reply someone wrote in their mail program: the text
 * above the quoted history and above their signature. Mail programs mark
 * the history in a handful of ways (German and English):
 *
 * - Gmail, Apple Mail, Thunderbird: an attribution line "Am … schrieb …:" /
 *   "On … wrote:" (sometimes wrapped onto a second line), then "> " lines;
 * - Outlook: a "-----Ursprüngliche Nachricht-----" / "-----Original
 *   Message-----" line, a line of underscores (or of dashes: an HTML
 *   mail's <hr>), or a header block
 *   "Von: … / Gesendet: … / An: … / Betreff: …" (From/Sent/To/Subject);
 * - signatures after "-- " (RFC 3676) and "Sent from my iPhone" lines.
 *
 * Everything from the first such marker on is dropped. HTML-only mails
 * arrive here already as text (mailparser converts them, quotes become
 * "> " lines), so nothing of their markup survives.
 */
export function replyText(text: string): string {
  const lines = withoutControlCharacters(text.replace(/\r\n?/g, '\n'))
    .replace(IMAGE_PLACEHOLDER, '')
    .split('\n')
  const end = lines.findIndex((_, index) => startsHistory(lines, index))
  const kept = end === -1 ? lines : lines.slice(0, end)
  return kept
    .map((line) => line.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** No control characters other than tab and newline, and no zero-width marks mail programs leave. */
function withoutControlCharacters(text: string) {
  return [...text]
    .filter((char) => {
      const code = char.codePointAt(0)!
      if (code === 9 || code === 10) return true
      if (code < 32 || code === 127) return false
      return !(code >= 0x200b && code <= 0x200d) && code !== 0xfeff
    })
    .join('')
}

const QUOTED = /^\s*>/
const SIGNATURE = /^--\s*$/
const MOBILE_SIGNATURE =
  /^\s*(Sent from my |Von meinem .*(gesendet|aus gesendet)|Gesendet von meinem |Get Outlook for |Outlook für )/i
const ORIGINAL_MESSAGE =
  /^\s*-{2,}\s*(Original Message|Ursprüngliche Nachricht|Originalnachricht|Forwarded message|Weitergeleitete Nachricht)\s*-{2,}\s*$/i
/** Outlook's line of underscores, or an HTML mail's <hr> as text */
const OUTLOOK_RULE = /^\s*(_{20,}|-{20,})\s*$/
/** what an inline image of an HTML mail leaves in its text: "[cid:logo@outlook]", "[image: logo.png]" */
const IMAGE_PLACEHOLDER = /\[(cid:[^\]]*|image:[^\]]*)\]/gi
const ATTRIBUTION_START = /^\s*(Am|On)\s/i
const ATTRIBUTION_END = /\b(schrieb|wrote)\b.*:\s*$/i
const HEADER_FROM = /^\s*\*?(Von|From)\s*:\s*\*?\s*\S/i
const HEADER_OTHER = /^\s*\*?(Gesendet|Sent|Datum|Date|An|To|Betreff|Subject|Cc)\s*:/i

function startsHistory(lines: string[], index: number) {
  const line = lines[index]
  if (QUOTED.test(line) || SIGNATURE.test(line) || MOBILE_SIGNATURE.test(line)) return true
  if (ORIGINAL_MESSAGE.test(line) || OUTLOOK_RULE.test(line)) return true
  if (ATTRIBUTION_START.test(line)) {
    // "Am 6. Dez. 2026 um 10:02 schrieb Support <", "support@example.com>:" (wrapped by Gmail)
    if (ATTRIBUTION_END.test(line)) return true
    const next = lines[index + 1]
    if (next !== undefined && ATTRIBUTION_END.test(`${line} ${next}`)) return true
  }
  if (HEADER_FROM.test(line)) {
    // An Outlook header block: "Von:" and, within the next lines, "Gesendet:"/"An:"/"Betreff:".
    return lines.slice(index + 1, index + 5).some((following) => HEADER_OTHER.test(following))
  }
  return false
}
