/**
 * How an audit event is named on screen. Core events are translated in
 * resources/lang/<locale>/audit.json ("login.completed"); a plugin's events
 * ("notes.created") in its own file under "<plugin>.audit.<rest>". An
 * event nobody translated shows its raw name rather than nothing.
 */
export function auditEventLabel(t: (key: string) => string, event: string) {
  const core = `audit.${event}`
  const coreLabel = t(core)
  if (coreLabel !== core) return coreLabel
  const [plugin, ...rest] = event.split('.')
  const pluginKey = `${plugin}.audit.${rest.join('.')}`
  const pluginLabel = t(pluginKey)
  return pluginLabel !== pluginKey ? pluginLabel : event
}

export type AuditItem = {
  id: number
  event: string
  createdAt: string
  ip: string | null
  user: string | null
  actor: string | null
  organization: string | null
  details: Record<string, string | number | boolean>
}
