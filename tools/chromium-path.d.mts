/** Where a Chromium for tests lives: CHROMIUM_PATH, Debian's package, or Playwright's download; null if none. */
export function findChromium(): string | null
