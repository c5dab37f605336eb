import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import app from '@adonisjs/core/services/app'

export interface CaughtMail {
  id: string
  to: string
  subject: string
  date: string
  text: string
  html: string
  links: string[]
}

/**
 * The local mailbox of the no-SMTP default: caught mails are JSON files under
 * tmp/mailbox, newest first by their time-sortable ids.
 */
export default class Mailbox {
  static get folder() {
    return app.tmpPath('mailbox')
  }

  static async store(mail: Omit<CaughtMail, 'id' | 'links'>) {
    await mkdir(this.folder, { recursive: true })
    const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
    const links = [...new Set(mail.text.match(/https?:\/\/\S+/g) ?? [])]
    const caught: CaughtMail = { id, ...mail, links }
    await writeFile(join(this.folder, `${id}.json`), JSON.stringify(caught, null, 2))
    return caught
  }

  static async list(limit = 50): Promise<CaughtMail[]> {
    const files = await readdir(this.folder).catch(() => [] as string[])
    const newest = files
      .filter((f) => f.endsWith('.json'))
      .sort()
      .reverse()
      .slice(0, limit)
    return Promise.all(
      newest.map(async (f) => JSON.parse(await readFile(join(this.folder, f), 'utf8')))
    )
  }

  static async find(id: string): Promise<CaughtMail | null> {
    if (!/^[a-z0-9-]+$/.test(id)) return null
    const content = await readFile(join(this.folder, `${id}.json`), 'utf8').catch(() => null)
    return content ? JSON.parse(content) : null
  }
}
