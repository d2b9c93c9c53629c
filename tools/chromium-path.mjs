// Where a Chromium for tests lives: CHROMIUM_PATH, Debian's package, or Playwright's download.
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
  for (const path of candidates) if (path && existsSync(path)) return path
  try {
    const bundled = chromium.executablePath()
    if (bundled && existsSync(bundled)) return bundled
  } catch {
    // Playwright throws when its browsers were never downloaded.
  }
  return null
}
