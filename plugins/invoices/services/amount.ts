/** The largest amount the forms accept (999.999.999,99): far beyond any invoice, safe as a JS number. */
export const MAX_AMOUNT_CENTS = 99_999_999_999

export type AmountResult = { cents: number } | { error: 'format' | 'not_positive' | 'too_large' }

/**
 * An amount as staff type it, in cents. German and English notation both
 * work: "1.234,56", "1234,56", "1234,5", "1,234.56", "1234.56", "1234",
 * "1 234,56". With both separators the last one is the decimal mark; with
 * one kind only, a single separator followed by one or two digits is the
 * decimal mark and three digits are a thousands group ("1.234" is 1234 €:
 * nobody writes money with three decimals).
 *
 * Zero and negative amounts are refused: credit notes are not invoices
 * (a negative "open" amount would turn the customer's totals and the overdue
 * logic upside down), so they are not uploaded here.
 */
export function parseAmount(input: string): AmountResult {
  const text = input.trim().replace(/[\s\u00a0\u202f\u2009']/g, '')
  if (/^-\d/.test(text)) return { error: 'not_positive' }
  if (!/^\d[\d.,]*$/.test(text)) return { error: 'format' }

  const split = splitDecimal(text)
  if (!split) return { error: 'format' }
  const [integer, decimals] = split
  if (decimals.length > 2) return { error: 'format' }

  const digits = integer.replace(/^0+(?=\d)/, '')
  if (digits.length > String(Math.floor(MAX_AMOUNT_CENTS / 100)).length)
    return { error: 'too_large' }
  const cents = Number(digits) * 100 + Number(decimals.padEnd(2, '0'))
  if (cents > MAX_AMOUNT_CENTS) return { error: 'too_large' }
  if (cents <= 0) return { error: 'not_positive' }
  return { cents }
}

/** [integer digits, decimal digits] or null when the grouping is not valid. */
function splitDecimal(text: string): [string, string] | null {
  const last = Math.max(text.lastIndexOf('.'), text.lastIndexOf(','))
  if (last < 0) return [text, '']
  const mark = text[last]
  const other = mark === '.' ? ',' : '.'
  const marks = text.split(mark).length - 1

  let integerPart: string
  let decimals: string
  let grouping: string
  if (text.includes(other)) {
    // "1.234,56" / "1,234.56": the last separator is the decimal mark and appears once.
    if (marks > 1) return null
    integerPart = text.slice(0, last)
    decimals = text.slice(last + 1)
    grouping = other
  } else if (marks === 1 && text.length - last - 1 !== 3) {
    integerPart = text.slice(0, last)
    decimals = text.slice(last + 1)
    grouping = ''
  } else {
    // "1.234" or "1.234.567": thousands groups only.
    integerPart = text
    decimals = ''
    grouping = mark
  }
  if (decimals === '' && integerPart !== text) return null
  if (!/^\d*$/.test(decimals)) return null
  if (!grouping) return /^\d+$/.test(integerPart) ? [integerPart, decimals] : null
  const groups = integerPart.split(grouping)
  const valid =
    /^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((group) => /^\d{3}$/.test(group))
  return valid ? [groups.join(''), decimals] : null
}

/** Cents back as the form shows them: "1234,56" in German, "1234.56" in English (both parse again). */
export function amountInput(cents: number, locale: string) {
  const value = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`
  return locale === 'en' ? value : value.replace('.', ',')
}
