import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { readFileSync } from 'node:fs'
import { CSP_META } from './server/headers'
import { precompress } from './tools/precompress'
import { fileURLToPath } from 'node:url'

const MANIFEST_SOURCE = fileURLToPath(new URL('./content/exhibition.json', import.meta.url))

/**
 * Serves the exhibition manifest, which lives in content/ with the rest of the exhibition,
 * at /exhibition.json beside the built assets in public/, and writes it into dist/.
 */
function exhibitionManifest(): Plugin {
  return {
    name: 'exhibition-manifest',
    configureServer(server) {
      server.watcher.add(MANIFEST_SOURCE)
      server.middlewares.use('/exhibition.json', (_req, res) => {
        res.setHeader('Content-Type', 'application/json; charset=utf-8')
        res.setHeader('Cache-Control', 'no-cache')
        res.end(readFileSync(MANIFEST_SOURCE))
      })
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'exhibition.json', source: readFileSync(MANIFEST_SOURCE) })
    },
  }
}

/**
 * The built site forbids every other origin, so nothing can leak out by accident: schools filter
 * networks, and children are not tracked. (Dev mode needs inline scripts, so build only.) The
 * production server (server/) sends the same policy as a header, with frame-ancestors.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META }, injectTo: 'head-prepend' }],
  }
}

/**
 * @pmndrs/xr can inject a WebXR emulator (with megabytes of sample rooms) that we never enable
 * (`emulate: false`; tests use IWER directly): replace it with a stub so dist/ does not carry it.
 */
function withoutXREmulator(): Plugin {
  const STUB = '\0xr-emulator-stub'
  return {
    name: 'without-xr-emulator',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './emulate.js' && importer?.includes('@pmndrs/xr')) return STUB
      return null
    },
    load(id) {
      if (id === STUB) return "export function emulate() { throw new Error('the WebXR emulator is not bundled') }"
      return null
    },
  }
}

export default defineConfig({
  // Relative base so dist/ works from any folder of any static host.
  base: './',
  plugins: [react(), exhibitionManifest(), contentSecurityPolicy(), withoutXREmulator(), precompress()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1' },
})
