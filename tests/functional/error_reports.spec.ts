import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { Exception } from '@adonisjs/core/exceptions'
import { errors as lucidErrors } from '@adonisjs/lucid'
import HttpExceptionHandler from '#exceptions/handler'
import PageNotFoundException from '#exceptions/page_not_found_exception'

/** What the handler reports for each error, from a logger that only listens. */
async function reported(errors: unknown[]) {
  const ctx = await testUtils.createHttpContext()
  const lines: string[] = []
  const listen =
    (level: string) =>
    (...args: unknown[]) =>
      lines.push(`${level}: ${String(args.at(-1))}`)
  ctx.logger = Object.assign(Object.create(ctx.logger), {
    log: (level: string, ...args: unknown[]) => listen(level)(...args),
    error: listen('error'),
    warn: listen('warn'),
    info: listen('info'),
  })
  const handler = new HttpExceptionHandler()
  for (const error of errors) await handler.report(error, ctx)
  return lines
}

test.group('Errors | what is reported', () => {
  test('requests refused on purpose (4xx) are not reported; failures on our side are', async ({
    assert,
  }) => {
    const refusals = await reported([
      new PageNotFoundException('not a staff member'),
      new lucidErrors.E_ROW_NOT_FOUND(),
      new Exception('Access denied', { status: 403 }),
      new Exception('request entity too large', { status: 413 }),
      new Exception('Invalid or expired CSRF token', { status: 403, code: 'E_BAD_CSRF_TOKEN' }),
    ])
    assert.deepEqual(refusals, [])

    const failures = await reported([
      new Error('something broke'),
      new Exception('upstream answered nonsense', { status: 502 }),
    ])
    assert.deepEqual(failures, ['error: something broke', 'error: upstream answered nonsense'])
  })
})
