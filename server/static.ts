/**
 * Serves dist/: the precompressed .br/.gz files the build wrote (sirv picks one by
 * Accept-Encoding), `immutable` caching for Vite's hashed files under assets/, revalidation for
 * everything else, and the security headers on every response.
 */
import sirv from 'sirv'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { SECURITY_HEADERS } from './headers'

export type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void

export function staticFiles(distDir: string): Handler {
  const serve = sirv(distDir, {
    brotli: true,
    gzip: true,
    etag: true,
    dev: false,
    setHeaders(res, pathname) {
      for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v)
      if (pathname.startsWith('/assets/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
      else res.setHeader('Cache-Control', 'no-cache')
    },
  })
  return (req, res, next) => serve(req, res, next)
}
