#!/usr/bin/env node
// Finds redis-server for the live service's integration tests (two nodes sharing sessions),
// installing Debian's package when running as root on Debian/Ubuntu, as ensure-browser.mjs
// does for Chromium. Exits non-zero with what to install when neither works.
import { existsSync, readFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { findRedisServer } from './redis-server.mjs'

function isDebianLike() {
  try {
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'))
  } catch {
    return false
  }
}

let found = findRedisServer()
if (!found) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0
  if (root && isDebianLike() && existsSync('/usr/bin/apt-get')) {
    console.log("No redis-server found: installing Debian's redis-server package.")
    spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null'], { stdio: 'inherit' })
    found = findRedisServer()
  }
}
if (!found) {
  console.error(
    [
      'The live service tests need redis-server (Redis 7) and none could be found or installed.',
      'Install it, then run the tests again:',
      '  - on Debian or Ubuntu:  sudo apt-get install redis-server',
      '  - on macOS:             brew install redis',
      '  - or point REDIS_SERVER at an existing redis-server executable.',
    ].join('\n'),
  )
  process.exit(1)
}
console.log(`redis-server for tests: ${found}`)
