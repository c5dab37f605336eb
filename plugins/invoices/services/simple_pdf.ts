/**
 * A minimal, valid one-page PDF (A4, Helvetica) with lines of text: enough
 * for demo data and tests, so the plugin needs no PDF library. The first line
 * is set larger, as a title. Text outside WinAnsi (Latin-1 + €) becomes "?".
 */
export function simplePdf(lines: string[]): Buffer {
  const [title = '', ...rest] = lines
  const text = [
    'BT',
    '/F1 18 Tf',
    '56 770 Td',
    `(${pdfString(title)}) Tj`,
    '/F1 11 Tf',
    '16 TL',
    'T* T*',
    ...rest.map((line) => `(${pdfString(line)}) Tj T*`),
    'ET',
  ].join('\n')

  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
  ]

  // The header's second line marks the file as binary for transfer tools.
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n', 'latin1')]
  let offset = chunks[0].length
  const offsets: number[] = []
  objects.forEach((body, index) => {
    const chunk = Buffer.from(`${index + 1} 0 obj\n${body}\nendobj\n`, 'latin1')
    offsets.push(offset)
    offset += chunk.length
    chunks.push(chunk)
  })

  // Every xref entry is exactly 20 bytes: 10-digit offset, 5-digit generation, type, space + LF.
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((value) => `${String(value).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R >>`,
    'startxref',
    String(offset),
    '%%EOF',
    '',
  ].join('\n')
  chunks.push(Buffer.from(xref, 'latin1'))
  return Buffer.concat(chunks)
}

/** A PDF literal string body: escapes \ ( ) and writes non-ASCII as WinAnsi octal escapes. */
function pdfString(value: string) {
  let out = ''
  for (const char of value) {
    const code = char.codePointAt(0)!
    if (char === '\\' || char === '(' || char === ')') out += `\\${char}`
    else if (code >= 32 && code < 127) out += char
    else if (char === '€') out += '\\200'
    else if (code >= 160 && code <= 255) out += `\\${code.toString(8)}`
    else out += '?'
  }
  return out
}
