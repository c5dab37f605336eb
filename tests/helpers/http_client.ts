export interface InertiaPage<Props = Record<string, any>> {
  component: string
  props: Props & { errors: Record<string, string>; flash: { success?: string; error?: string } }
  url: string
}

/**
 * A small cookie-keeping HTTP client for walking the login flow over real
 * HTTP the way a browser with Inertia does: it stores cookies, sends the
 * XSRF-TOKEN cookie back as X-XSRF-TOKEN, and asks for Inertia JSON.
 * Each client is one browser; two clients are two devices.
 */
export default class HttpClient {
  cookies = new Map<string, string>()
  /** The asset version Inertia announced (it answers 409 to a stale one). */
  inertiaVersion = ''
  /** The last page visited, sent as Referer like a browser does (redirect().back() uses it). */
  lastUrl?: string
  /** The test server (.env.test is in process.env by then); the production suite and the benchmark set their own. */
  baseUrl = `http://${process.env.HOST || 'localhost'}:${process.env.PORT || 3334}`

  constructor(public userAgent = 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0 Safari/537.36') {}

  async request(
    method: string,
    path: string,
    options: {
      /** JSON, or FormData for a multipart upload (fetch sets its boundary) */
      body?: Record<string, unknown> | FormData
      inertia?: boolean
      csrf?: boolean
      headers?: Record<string, string>
    } = {}
  ): Promise<Response> {
    const headers: Record<string, string> = {
      'User-Agent': this.userAgent,
      'Accept-Language': 'de-DE,de;q=0.9',
      ...options.headers,
    }
    if (options.inertia !== false) {
      headers['X-Inertia'] = 'true'
      headers['X-Requested-With'] = 'XMLHttpRequest'
      headers['Accept'] = 'text/html, application/xhtml+xml'
      headers['X-Inertia-Version'] = this.inertiaVersion
    }
    if (this.cookies.size)
      headers['Cookie'] = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
    const xsrf = this.cookies.get('XSRF-TOKEN')
    if (xsrf && options.csrf !== false) headers['X-XSRF-TOKEN'] = decodeURIComponent(xsrf)
    const isForm = options.body instanceof FormData
    if (options.body && !isForm) headers['Content-Type'] = 'application/json'
    if (this.lastUrl) headers['Referer'] = this.lastUrl

    const response = await fetch(new URL(path, this.baseUrl), {
      method,
      headers,
      body: isForm
        ? (options.body as FormData)
        : options.body
          ? JSON.stringify(options.body)
          : undefined,
      redirect: 'manual',
    })
    this.rememberCookies(response.headers.getSetCookie())
    const announced = response.headers.get('x-inertia-version')
    if (response.status === 409 && announced && announced !== this.inertiaVersion) {
      this.inertiaVersion = announced
      return this.request(method, path, options)
    }
    return response
  }

  /** GET (following redirects) and return the Inertia page. */
  async visit(path: string): Promise<InertiaPage> {
    let url = path
    let response = await this.request('GET', url)
    for (let hops = 0; this.#isRedirect(response) && hops < 5; hops++) {
      url = response.headers.get('location')!
      response = await this.request('GET', url)
    }
    this.lastUrl = new URL(url, this.baseUrl).href
    return this.#page(response)
  }

  /** Send a form the way Inertia does (POST unless told), follow the redirect, return the page. */
  async submit(
    path: string,
    body: Record<string, unknown>,
    method: 'POST' | 'PUT' | 'PATCH' | 'DELETE' = 'POST'
  ): Promise<InertiaPage> {
    const response = await this.request(method, path, { body })
    if (!this.#isRedirect(response)) return this.#page(response)
    return this.visit(response.headers.get('location')!)
  }

  /** Makes sure the client has an XSRF-TOKEN cookie, like a browser that loaded a page. */
  async primeCsrf() {
    if (!this.cookies.has('XSRF-TOKEN')) await this.visit('/login')
  }

  #isRedirect(response: Response) {
    return response.status >= 300 && response.status < 400 && response.headers.has('location')
  }

  async #page(response: Response): Promise<InertiaPage> {
    const text = await response.text()
    try {
      return JSON.parse(text)
    } catch {
      throw new Error(`Expected an Inertia page, got ${response.status}: ${text.slice(0, 300)}`)
    }
  }

  /** Keeps the cookies of these Set-Cookie headers, as a browser does (an expired one is dropped). */
  rememberCookies(setCookieHeaders: string[]) {
    for (const header of setCookieHeaders) {
      const [pair, ...attributes] = header.split(';')
      const index = pair.indexOf('=')
      const name = pair.slice(0, index).trim()
      const value = pair.slice(index + 1).trim()
      const expired = attributes.some(
        (a) => /max-age=0\b/i.test(a) || /expires=Thu, 01 Jan 1970/i.test(a)
      )
      if (expired || value === '') this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
  }
}
