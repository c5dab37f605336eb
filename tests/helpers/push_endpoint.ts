import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  createDecipheriv,
  createECDH,
  createPublicKey,
  hkdfSync,
  randomBytes,
  verify,
} from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import db from '@adonisjs/lucid/services/db'
import type { Page } from 'playwright'

/** A notification the endpoint received, checked and decrypted. */
export interface ReceivedPush {
  device: string
  /** the decrypted payload */
  text: string
  json: unknown
  /** the request's headers (TTL, Urgency, Content-Encoding, ...) */
  headers: Record<string, string | string[] | undefined>
  /** the VAPID JWT's claims (aud, exp, sub) */
  claims: { aud: string; exp: number; sub: string }
  /** the VAPID public key the request was signed with (base64url) */
  vapidKey: string
}

interface Device {
  /** the device's private key (32 bytes) and public key (65 bytes, uncompressed) */
  privateKey: Buffer
  publicKey: Buffer
  auth: Buffer
}

/** What the browser gives the portal: `PushSubscription.toJSON()`. */
export type SubscriptionJson = {
  endpoint: string
  keys: { p256dh: string; auth: string }
}

/**
 * A local push service on 127.0.0.1, in place of Google's, Mozilla's or
 * Apple's. It does what they do with a request from the portal: checks the
 * VAPID Authorization header (`vapid t=<JWT>, k=<key>`: ES256 signature,
 * audience = this origin, not expired) and then, as the device would,
 * decrypts the aes128gcm payload (RFC 8291 and RFC 8188) with the device's
 * private key and auth secret. Answers 201 Created, or what a test asks
 * for (`failNext(410)`, a 3xx with a Location, `delayNext(ms)`), and `stop()`/`start()` take it away and back on the
 * same port.
 */
export async function startPushEndpoint() {
  const devices = new Map<string, Device>()
  const received: ReceivedPush[] = []
  const rejected: { device: string; reason: string }[] = []
  const answers: number[] = []
  const delays: number[] = []
  const paths: string[] = []
  let requests = 0
  let server: Server | null = null
  let port = 0

  const handle = async (
    url: string,
    headers: Record<string, string | string[] | undefined>,
    body: Buffer
  ): Promise<[number, string]> => {
    requests++
    paths.push(url)
    const device = /^\/push\/([\w-]+)$/.exec(url)?.[1] ?? ''
    const keys = devices.get(device)
    if (!keys) return [404, 'no such subscription']
    const delay = delays.shift()
    if (delay) await sleep(delay)
    const forced = answers.shift()
    if (forced) return [forced, `answer ${forced} (asked by the test)`]
    try {
      const vapid = checkVapid(String(headers.authorization ?? ''), `http://127.0.0.1:${port}`)
      if (headers['content-encoding'] !== 'aes128gcm') throw new Error('not aes128gcm')
      if (!headers.ttl) throw new Error('no TTL header')
      const text = decrypt(body, keys).toString('utf8')
      received.push({ device, text, json: JSON.parse(text), headers, ...vapid })
      return [201, '']
    } catch (error) {
      rejected.push({ device, reason: (error as Error).message })
      return [400, (error as Error).message]
    }
  }

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = createServer((request, response) => {
        const chunks: Buffer[] = []
        request.on('data', (chunk: Buffer) => chunks.push(chunk))
        request.on('end', () => {
          void handle(request.url ?? '', request.headers, Buffer.concat(chunks)).then(
            ([status, text]) =>
              response
                // A redirect points at another device here: a request that followed it would show.
                .writeHead(
                  status,
                  status >= 300 && status < 400 ? { location: '/push/elsewhere' } : {}
                )
                .end(text)
          )
        })
      })
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as AddressInfo).port
        resolve()
      })
    })
  await listen()

  const endpoint = {
    received,
    rejected,
    get port() {
      return port
    },
    /** how many requests came in, answered or not */
    get requests() {
      return requests
    },
    urlOf: (device: string) => `http://127.0.0.1:${port}/push/${device}`,

    /** A new device with fresh keys, as a browser's PushManager.subscribe() would make. */
    newDevice(device: string = randomBytes(8).toString('hex')): SubscriptionJson {
      const ecdh = createECDH('prime256v1')
      ecdh.generateKeys()
      return endpoint.addDevice(device, {
        privateKey: ecdh.getPrivateKey(),
        publicKey: ecdh.getPublicKey(),
        auth: randomBytes(16),
      })
    },

    /** A device whose keys were made elsewhere (in Chromium, by the browser test). */
    addDevice(device: string, keys: Device): SubscriptionJson {
      devices.set(device, keys)
      return {
        endpoint: endpoint.urlOf(device),
        keys: {
          p256dh: keys.publicKey.toString('base64url'),
          auth: keys.auth.toString('base64url'),
        },
      }
    },

    /** The next requests are answered with these statuses (410 Gone, 500, ...). */
    failNext(...statuses: number[]) {
      answers.push(...statuses)
    },

    /** The next requests are answered only after this many ms each (a slow push service). */
    delayNext(...ms: number[]) {
      delays.push(...ms)
    },

    /** The paths requested, in order. */
    paths,

    /** Waits until `count` notifications for the device were decrypted. */
    async waitFor(device: string, count = 1, timeoutMs = 15_000) {
      for (const started = Date.now(); ; await sleep(50)) {
        const found = received.filter((push) => push.device === device)
        if (found.length >= count) return found
        if (Date.now() - started > timeoutMs)
          throw new Error(
            `${found.length} of ${count} notifications for ${device} arrived (rejected: ${JSON.stringify(rejected)})`
          )
      }
    },

    /** Waits until `count` requests came in (answered in any way). */
    async waitForRequests(count: number, timeoutMs = 15_000) {
      for (const started = Date.now(); requests < count; await sleep(50)) {
        if (Date.now() - started > timeoutMs)
          throw new Error(`${requests} of ${count} requests arrived`)
      }
    },

    /** Gone: connections are refused until start(). */
    stop: () =>
      new Promise<void>((resolve) => {
        const current = server
        server = null
        if (!current) return resolve()
        current.closeAllConnections()
        current.close(() => resolve())
      }),
    start: () => listen(),
    close: () => endpoint.stop(),
  }
  return endpoint
}

export type PushEndpoint = Awaited<ReturnType<typeof startPushEndpoint>>

/**
 * Waits until the queue (with a worker running) has nothing left to do now:
 * no job waiting or running, none due within a few seconds. After that a
 * test can count the requests at the push endpoint exactly: a notification
 * that was queued by mistake has been sent by then.
 */
export async function drainQueue(timeoutMs = 30_000) {
  for (const started = Date.now(); ; await sleep(100)) {
    const [{ busy }] = await db
      .connection('queue')
      .from('queue_jobs')
      .where((query) =>
        query
          .whereIn('status', ['pending', 'active'])
          .orWhere((delayed) =>
            delayed.where('status', 'delayed').where('execute_at', '<', Date.now() + 5_000)
          )
      )
      .count('* as busy')
    if (Number(busy) === 0) return
    if (Date.now() - started > timeoutMs) throw new Error(`${busy} jobs still in the queue`)
  }
}

/** `vapid t=<JWT>, k=<public key>`: the JWT must be ES256-signed by k, for this origin, unexpired. */
function checkVapid(header: string, origin: string) {
  const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+),\s*k=([\w-]+)$/.exec(header)
  if (!match) throw new Error(`no VAPID authorization: "${header}"`)
  const [, jwt, key] = match
  const [head, payload, signature] = jwt.split('.')
  const raw = Buffer.from(key, 'base64url')
  if (raw.length !== 65 || raw[0] !== 4) throw new Error('the VAPID key is not a P-256 public key')
  const publicKey = createPublicKey({
    format: 'jwk',
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: raw.subarray(1, 33).toString('base64url'),
      y: raw.subarray(33).toString('base64url'),
    },
  })
  const jwtHeader = JSON.parse(Buffer.from(head, 'base64url').toString('utf8'))
  if (jwtHeader.alg !== 'ES256') throw new Error(`JWT alg ${jwtHeader.alg}`)
  const valid = verify(
    'sha256',
    Buffer.from(`${head}.${payload}`),
    { key: publicKey, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url')
  )
  if (!valid) throw new Error('the VAPID signature does not match the key')
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
  if (claims.aud !== origin) throw new Error(`the JWT is for ${claims.aud}, not ${origin}`)
  const now = Date.now() / 1000
  if (!(claims.exp > now && claims.exp <= now + 24 * 3600))
    throw new Error('the JWT expiry is wrong')
  if (!/^(mailto:|https:)/.test(claims.sub)) throw new Error(`the JWT subject is ${claims.sub}`)
  return { claims, vapidKey: key }
}

/**
 * RFC 8188 record header (salt, record size, key id = the sender's
 * ephemeral public key), then RFC 8291's key derivation with the device's
 * keys, AES-128-GCM, and the padding delimiter of the last record (2).
 */
function decrypt(body: Buffer, device: Device) {
  const salt = body.subarray(0, 16)
  const recordSize = body.readUInt32BE(16)
  const idLength = body[20]
  const senderKey = body.subarray(21, 21 + idLength)
  const record = body.subarray(21 + idLength)
  if (idLength !== 65) throw new Error(`key id of ${idLength} bytes`)
  if (record.length > recordSize) throw new Error('more than one record')

  const ecdh = createECDH('prime256v1')
  ecdh.setPrivateKey(device.privateKey)
  const secret = ecdh.computeSecret(senderKey)
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), device.publicKey, senderKey])
  const ikm = Buffer.from(hkdfSync('sha256', secret, device.auth, keyInfo, 32))
  const cek = Buffer.from(
    hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16)
  )
  const nonce = Buffer.from(
    hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12)
  )

  const decipher = createDecipheriv('aes-128-gcm', cek, nonce)
  decipher.setAuthTag(record.subarray(record.length - 16))
  const padded = Buffer.concat([
    decipher.update(record.subarray(0, record.length - 16)),
    decipher.final(),
  ])
  let end = padded.length - 1
  while (end >= 0 && padded[end] === 0) end--
  if (padded[end] !== 2) throw new Error('not the last record (no padding delimiter 2)')
  return padded.subarray(0, end)
}

/**
 * For the browser tests (Chromium here has no network, so
 * PushManager.subscribe() cannot reach Google's): an init script that
 * replaces the page's subscribe()/getSubscription() by ones that make what a
 * browser makes, real keys included (WebCrypto ECDH P-256 and a 16-byte auth
 * secret), with the endpoint in `window.__testPushEndpoint` (a local push
 * service's urlOf()). Prefix it with that assignment.
 */
export const FAKE_PUSH_SERVICE = `
(() => {
  const STORE = 'test.fakePushSubscription'
  const b64url = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '')
  const wrap = (stored) => ({
    endpoint: stored.endpoint,
    expirationTime: null,
    options: { userVisibleOnly: true, applicationServerKey: null },
    toJSON: () => ({ endpoint: stored.endpoint, expirationTime: null, keys: stored.keys }),
    unsubscribe: async () => { localStorage.removeItem(STORE); return true },
  })
  PushManager.prototype.getSubscription = async function () {
    const stored = localStorage.getItem(STORE)
    return stored ? wrap(JSON.parse(stored)) : null
  }
  PushManager.prototype.subscribe = async function (options) {
    if (!options || !options.userVisibleOnly || !options.applicationServerKey) throw new Error('bad options')
    if (Notification.permission !== 'granted') throw new DOMException('denied', 'NotAllowedError')
    const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits'])
    const publicKey = await crypto.subtle.exportKey('raw', pair.publicKey)
    const privateKey = await crypto.subtle.exportKey('jwk', pair.privateKey)
    const auth = crypto.getRandomValues(new Uint8Array(16))
    const stored = {
      endpoint: window.__testPushEndpoint,
      keys: { p256dh: b64url(publicKey), auth: b64url(auth) },
      privateKey: privateKey.d,
      applicationServerKey: b64url(options.applicationServerKey),
    }
    localStorage.setItem(STORE, JSON.stringify(stored))
    return wrap(stored)
  }
})()
`

/** What the fake push service made in the page (keys, private key, the VAPID key used). */
export async function storedFakeSubscription(page: Page) {
  const text = (await page.evaluate(`localStorage.getItem('test.fakePushSubscription')`)) as
    string | null
  if (!text) throw new Error('the page did not subscribe')
  return JSON.parse(text) as {
    endpoint: string
    keys: { p256dh: string; auth: string }
    privateKey: string
    applicationServerKey: string
  }
}

/** Resolves once the page's service worker is active (15 s at most). */
export function workerReady(page: Page) {
  return page.evaluate(`Promise.race([
    navigator.serviceWorker.ready.then((registration) => registration.scope),
    new Promise((_, reject) => setTimeout(() => reject(new Error('no service worker within 15 s')), 15000)),
  ])`)
}
