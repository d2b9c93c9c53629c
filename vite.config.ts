import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { readFileSync } from 'node:fs'
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
 * networks, and children are not tracked. (Dev mode needs inline scripts, so build only.)
 */
function contentSecurityPolicy(): Plugin {
  const policy = [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self' data: blob:",
    "worker-src 'self' blob:",
    "media-src 'self' data: blob:",
  ].join('; ')
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
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
  plugins: [react(), exhibitionManifest(), contentSecurityPolicy(), withoutXREmulator()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  // Components' CSS modules write kebab-case classes and read them in camelCase (styles.buttonSmall).
  css: { modules: { localsConvention: 'camelCaseOnly' } },
  server: { host: '127.0.0.1' },
})
