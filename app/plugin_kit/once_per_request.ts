import type { HttpContext } from '@adonisjs/core/http'

const memos = new WeakMap<HttpContext, Map<string, Promise<unknown>>>()

/**
 * A value computed once per request. A plugin's navigation badge and its
 * dashboard widget often show the same number ("2 Rechnungen überfällig"):
 * with this they run one query for it instead of two, and cannot disagree.
 * Name the key after the plugin ("<id>.overdue"); the value is forgotten
 * with the request.
 */
export function oncePerRequest<T>(ctx: HttpContext, key: string, compute: () => Promise<T>) {
  let memo = memos.get(ctx)
  if (!memo) {
    memo = new Map()
    memos.set(ctx, memo)
  }
  let value = memo.get(key) as Promise<T> | undefined
  if (!value) {
    value = compute()
    memo.set(key, value)
  }
  return value
}
