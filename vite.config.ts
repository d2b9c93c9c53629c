import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { VitePWA } from 'vite-plugin-pwa'
import { CSP_META } from './server/headers'
import { precompress } from './tools/precompress'
import { subsetFonts } from './tools/fonts/subsetFonts'
import { startScreen } from './tools/start/startScreen'
import { inlineStyles } from './tools/start/inlineStyles'
import { createHash } from 'node:crypto'
import { basename } from 'node:path'
import { fileURLToPath } from 'node:url'
import { shippedManifest, type ShippedManifest } from './tools/manifest/shippedManifest'

const MANIFEST_SOURCE = fileURLToPath(new URL('./content/exhibition.json', import.meta.url))

/**
 * Serves the exhibition manifest, which lives in content/ with the rest of the exhibition,
 * at /exhibition.json beside the built assets in public/, and writes it into dist/ as the build
 * validated it (`shipped`: the schema's output, minified, whose fingerprint the app knows).
 */
function exhibitionManifest(shipped: ShippedManifest | null): Plugin {
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
      this.emitFile({ type: 'asset', fileName: 'exhibition.json', source: shipped?.text ?? readFileSync(MANIFEST_SOURCE) })
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

/**
 * Writes `offline-files.json`: every file of public/ (the exhibition's media, the Draco decoder,
 * the VR controller profiles, icons) and every font the bundle emitted, with its size, so "Save
 * for offline" knows what a whole visit can ask for and how many bytes that is before it starts.
 * The app shell (scripts, styles, the page) is precached by the service worker instead.
 */
function offlineFileList(shipped: ShippedManifest | null): Plugin {
  let publicDir = ''
  // Dotfiles are the asset pipeline's own records (input hashes): the server does not serve them.
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => !entry.name.startsWith('.'))
      .flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]))
  return {
    name: 'offline-file-list',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir
    },
    generateBundle(_options, bundle) {
      const files = walk(publicDir).map((file) => ({ path: relative(publicDir, file).split(sep).join('/'), bytes: statSync(file).size }))
      files.push({ path: 'exhibition.json', bytes: shipped ? Buffer.byteLength(shipped.text) : statSync(MANIFEST_SOURCE).size })
      for (const output of Object.values(bundle)) {
        if (output.type === 'asset' && /\.woff2?$/.test(output.fileName)) files.push({ path: output.fileName, bytes: typeof output.source === 'string' ? Buffer.byteLength(output.source) : output.source.byteLength })
      }
      this.emitFile({ type: 'asset', fileName: 'offline-files.json', source: JSON.stringify(files) })
    },
  }
}

/** The service worker and web app manifest: installable, and the app shell works offline. */
const pwa = VitePWA({
  strategies: 'injectManifest',
  srcDir: 'src',
  filename: 'sw.ts',
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    name: 'Virtual museum',
    short_name: 'Museum',
    description: 'A walkable, period-styled 3D museum for the web and VR.',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#181410',
    theme_color: '#a4161a',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  injectManifest: {
    // Scripts, styles and the page: a few MB at most. Media and fonts are cached as seen, or saved.
    globPatterns: ['**/*.{js,css,html,webmanifest}', 'favicon.svg', 'icons/*.png'],
    globIgnores: ['media/**', 'xr/**', 'draco/**', 'sw.js'],
    maximumFileSizeToCacheInBytes: 6_000_000,
  },
})

export default defineConfig(({ command }) => {
  // The build validates the shipped manifest (and stops on any problem); dev serves it as edited.
  const shipped = command === 'build' ? shippedManifest(MANIFEST_SOURCE) : null
  return {
    // Relative base so dist/ works from any folder of any static host.
    base: './',
    define: shipped ? { __MANIFEST_FINGERPRINT__: JSON.stringify(shipped.fingerprint) } : {},
    plugins: [react(), exhibitionManifest(shipped), contentSecurityPolicy(), withoutXREmulator(), subsetFonts(), startScreen(), inlineStyles(), offlineFileList(shipped), pwa, precompress()],
    build: {
      target: 'es2022',
      chunkSizeWarningLimit: 1500,
      // No <link rel="modulepreload"> in the page: 1.3 MB of preloads at high priority shared a slow
      // line with the page itself and held its first paint (Lighthouse: ~6.5 s). The entry names
      // its imports as soon as it arrives; lazy chunks still preload their own dependencies.
      modulePreload: { resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? [] : deps) },
    },
    // Components' CSS modules write kebab-case classes and read them in camelCase (styles.buttonSmall).
    // Class names from the file and the class (and a hash of the path), the same in every build and
    // in the build-time render of the start screen (tools/start/), whose markup index.html carries.
    css: {
      modules: {
        localsConvention: 'camelCaseOnly',
        generateScopedName: (local: string, filename: string) => {
          const file = relative(fileURLToPath(new URL('.', import.meta.url)), filename.split('?')[0]!).split(sep).join('/')
          return `${basename(file).replace(/\.module\.css$/, '')}_${local}_${createHash('sha256').update(file).digest('hex').slice(0, 5)}`
        },
      },
    },
    server: { host: '127.0.0.1' },
  }
})
