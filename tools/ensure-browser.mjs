#!/usr/bin/env node
// Finds a Chromium for the end-to-end tests, installing one where that is possible:
// Debian's package when running as root on Debian/Ubuntu, else Playwright's own download.
// Prints the executable path; exits non-zero with what to install when neither works.
import { existsSync, readFileSync } from 'node:fs'
import { execSync, spawnSync } from 'node:child_process'
import { findChromium } from './chromium-path.mjs'

function isDebianLike() {
  try {
    const os = readFileSync('/etc/os-release', 'utf8')
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(os)
  } catch {
    return false
  }
}

function run(command) {
  console.log(`$ ${command}`)
  return spawnSync('sh', ['-c', command], { stdio: 'inherit' }).status === 0
}

let found = findChromium()
if (!found) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0
  if (root && isDebianLike() && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian\'s chromium package.')
    run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null')
  } else {
    console.log('No Chromium found: trying Playwright\'s own download.')
    run('npx playwright install chromium')
  }
  found = findChromium()
}
if (!found) {
  console.error(
    [
      'The end-to-end tests need Chromium and none could be found or installed.',
      'Install one of these, then run `npm test` again:',
      '  - on Debian or Ubuntu:  sudo apt-get install chromium',
      '  - anywhere else:        npx playwright install chromium',
      '  - or point CHROMIUM_PATH at an existing Chromium or Chrome executable.',
    ].join('\n'),
  )
  process.exit(1)
}
try {
  const version = execSync(`"${found}" --version`, { encoding: 'utf8' }).trim()
  console.log(`Chromium for tests: ${found} (${version})`)
} catch {
  console.log(`Chromium for tests: ${found}`)
}
