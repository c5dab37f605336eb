import type { RouteResult } from './load.js'

const CHEAPEST = 'cheapest route'
const PLAIN = 'plain node:http'

const share = (part: number, whole: number | undefined) =>
  whole ? `${Math.round((part / whole) * 100)} %` : '–'

/** The benchmark's result as a Markdown table (it goes into the README and issue notes as it is). */
export function printTable(results: RouteResult[]) {
  const cheapest = results.find((result) => result.label.startsWith(CHEAPEST))?.requestsPerSecond
  const plain = results.find((result) => result.label.startsWith(PLAIN))?.requestsPerSecond
  const rows = [
    [
      'route',
      'req/s',
      'p50 ms',
      'p99 ms',
      'one request alone ms',
      'of cheapest route',
      'of node:http',
      'server CPU ms/req',
      'PostgreSQL CPU ms/req',
      'failed',
    ],
    ...results.map((result) => [
      result.label,
      result.requestsPerSecond.toLocaleString('en-US'),
      String(result.p50),
      String(result.p99),
      String(result.alone),
      result.label.startsWith(PLAIN) ? '' : share(result.requestsPerSecond, cheapest),
      share(result.requestsPerSecond, plain),
      result.serverCpuMs === null ? '' : result.serverCpuMs.toFixed(2),
      result.databaseCpuMs === null ? '' : result.databaseCpuMs.toFixed(2),
      String(result.failures),
    ]),
  ]
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
  const line = (row: string[]) =>
    `| ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`
  console.log(line(rows[0]))
  console.log(
    `|${widths.map((width, column) => (column === 0 ? `${'-'.repeat(width + 1)}-` : `${'-'.repeat(width + 1)}:`)).join('|')}|`
  )
  for (const row of rows.slice(1)) console.log(line(row))
}
