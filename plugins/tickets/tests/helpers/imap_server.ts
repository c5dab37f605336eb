import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, connect } from 'node:net'
import { join } from 'node:path'
import { tmpdir, userInfo } from 'node:os'
import { setTimeout as sleep } from 'node:timers/promises'
import imapConfig from '#config/imap'

const DOVECOT = '/usr/sbin/dovecot'
const LDA = '/usr/lib/dovecot/dovecot-lda'
/** Mailboxes a server offers (one per test that asks for one). */
const MAILBOXES = 100
const mailboxName = (index: number) => `support${index}@example.test`

/** A port nobody listens on right now. */
async function freePort() {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const { port } = server.address() as { port: number }
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

function accepts(port: number) {
  return new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

async function waitFor(check: () => Promise<boolean>, what: string) {
  for (let tries = 0; tries < 100; tries++) {
    if (await check()) return
    await sleep(100)
  }
  throw new Error(`dovecot: ${what} did not happen within 10 s`)
}

/**
 * A private Dovecot IMAP server (Debian's dovecot-imapd, which .ci/run
 * installs): its own configuration, mail and sockets in a folder under
 * tmp/, listening on 127.0.0.1 on a free port, plain-text login, no TLS.
 * Mailbox users come from a passwd file; `addUser()` hands a test a fresh,
 * empty mailbox. Mails are delivered with Dovecot's own LDA, as a mail
 * server would hand them over. `stop()` and `start()` take the server
 * away and bring it back on the same port (an outage).
 *
 * Run as root (CI), the mail is owned by Dovecot's "dovecot" system user,
 * because Dovecot refuses root as a mail user; otherwise by the current user.
 */
export async function startImapServer() {
  // The configuration below is Dovecot 2.3 syntax (Debian 12 ships 2.3.19); 2.4 changed it.
  const version = spawnSync(DOVECOT, ['--version'], { encoding: 'utf8' })
  const found = version.error ? 'not installed' : (version.stdout ?? '').trim()
  if (!/^2\.3\./.test(found)) {
    throw new Error(
      `The replies-by-email tests need Dovecot 2.3.x at ${DOVECOT} (Debian 12's dovecot-imapd); found: ${found || version.stderr}`
    )
  }
  // Under the system's temporary folder, not the project's: Dovecot's own users must reach
  // it, and a project copied into a private (0700) folder, as the independence test does,
  // would lock them out ("Auth USER lookup failed").
  const dir = await mkdtemp(join(tmpdir(), 'portal-dovecot-'))
  const port = await freePort()
  const asRoot = process.getuid?.() === 0
  const me = userInfo().username
  const mailUser = asRoot ? 'dovecot' : me
  const loginUser = asRoot ? 'dovenull' : me
  const home = join(dir, 'home')
  await mkdir(join(dir, 'run'), { recursive: true })
  await mkdir(join(dir, 'state'), { recursive: true })
  await mkdir(home, { recursive: true })
  if (asRoot) {
    // Dovecot's processes run as "dovecot" and must reach the mail below this folder.
    await chmod(dir, 0o755)
    const ids = spawnSync('id', ['-u', 'dovecot']).stdout.toString().trim()
    const gid = spawnSync('id', ['-g', 'dovecot']).stdout.toString().trim()
    await chown(home, Number(ids), Number(gid))
  }
  const passwd = join(dir, 'passwd')
  // Every mailbox up front: Dovecot rereads a changed passwd file only when its mtime (seconds) moves.
  await writeFile(
    passwd,
    Array.from(
      { length: MAILBOXES },
      (_, index) => `${mailboxName(index + 1)}:{PLAIN}secret::::::\n`
    ).join('')
  )
  const config = join(dir, 'dovecot.conf')
  await writeFile(
    config,
    `protocols = imap
listen = 127.0.0.1
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = ${mailUser}
default_internal_group = ${asRoot ? 'dovecot' : userInfo().username}
default_login_user = ${loginUser}
first_valid_uid = 1
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${passwd}
}
userdb {
  driver = static
  args = uid=${mailUser} gid=${asRoot ? 'dovecot' : process.getgid?.()} home=${home}/%u
}
mail_location = maildir:~/Maildir
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
protocol lda {
  postmaster_address = postmaster@example.test
}
`
  )

  let users = 0
  let master: ChildProcess | null = null
  /** Dovecot in the foreground (-F), a child of the test process: it cannot outlive it unnoticed. */
  const start = async () => {
    let stderr = ''
    const child = spawn(DOVECOT, ['-F', '-c', config], { stdio: ['ignore', 'ignore', 'pipe'] })
    child.stderr.on('data', (chunk) => (stderr += chunk))
    let exited = false
    child.once('exit', () => (exited = true))
    master = child
    await waitFor(async () => {
      if (exited) throw new Error(`dovecot did not start: ${stderr}`)
      return accepts(port)
    }, `listening on ${port}`)
  }
  const stop = async () => {
    const child = master
    master = null
    if (!child || child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
    await waitFor(async () => !(await accepts(port)), 'stopping')
  }

  await start()

  return {
    port,
    dir,
    start,
    stop,
    /** A new, empty mailbox; its password is "secret". */
    async addUser() {
      users++
      if (users > MAILBOXES) throw new Error(`the test IMAP server has ${MAILBOXES} mailboxes`)
      return { user: mailboxName(users), password: 'secret' }
    },
    /** Delivers a mail into the user's INBOX through Dovecot's LDA, like a mail server does. */
    async deliver(user: string, raw: string | Buffer) {
      const lda = spawn(LDA, ['-c', config, '-d', user, '-f', 'sender@example.test'])
      let stderr = ''
      lda.stderr.on('data', (chunk) => (stderr += chunk))
      // An LDA that gives up early closes its input: its exit code tells, not the broken pipe.
      lda.stdin.on('error', () => {})
      lda.stdin.end(raw)
      const code = await new Promise<number | null>((resolve) => lda.on('close', resolve))
      if (code !== 0) {
        const log = await readFile(join(dir, 'dovecot.log'), 'utf8').catch(() => '')
        throw new Error(
          `dovecot-lda failed (${code}): ${stderr}\n${log.split('\n').slice(-5).join('\n')}`
        )
      }
    },
    async destroy() {
      await stop().catch(() => {})
      await rm(dir, { recursive: true, force: true })
    },
  }
}

export type ImapServer = Awaited<ReturnType<typeof startImapServer>>

/**
 * Points the portal's IMAP configuration (config/imap.ts) at this server
 * and mailbox for one test; the cleanup puts it back (replies by email are
 * off in the test environment otherwise).
 */
export function useImapServer(
  server: ImapServer,
  account: { user: string; password: string },
  cleanup: (handler: () => void) => void
) {
  const previous = { ...imapConfig }
  Object.assign(imapConfig, {
    enabled: true,
    host: '127.0.0.1',
    port: server.port,
    secure: false,
    user: account.user,
    password: account.password,
    mailbox: 'INBOX',
    timeoutMs: 3000,
  })
  cleanup(() => Object.assign(imapConfig, previous))
}
