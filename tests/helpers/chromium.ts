import { chromium, type LaunchOptions } from 'playwright'

/**
 * Debian's Chromium, never a downloaded browser. The flags keep it from
 * phoning home (this machine has no network) and let it run as root.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export function launchChromium(options: Pick<LaunchOptions, 'headless' | 'slowMo'> = {}) {
  return chromium.launch({ ...options, executablePath: chromiumPath, args: chromiumArgs })
}
