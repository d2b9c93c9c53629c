// Finds Debian's (or any) redis-server for the live service's tests and benchmark.
import { existsSync } from 'node:fs'
import { execSync } from 'node:child_process'

export function findRedisServer() {
  if (process.env.REDIS_SERVER && existsSync(process.env.REDIS_SERVER)) return process.env.REDIS_SERVER
  for (const p of ['/usr/bin/redis-server', '/usr/local/bin/redis-server', '/opt/homebrew/bin/redis-server']) if (existsSync(p)) return p
  try {
    const p = execSync('command -v redis-server', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
    return p || null
  } catch {
    return null
  }
}
