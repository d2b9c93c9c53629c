/**
 * Renders built models to PNG for a visual check, with three.js in headless Chromium (the same
 * GLTFLoader + DRACOLoader path the museum uses, decoder served from public/draco/gltf/).
 *
 *   npx tsx tools/models/preview.ts [ids...] [--out DIR] [--size 1200] [--views front,three,side,top,close]
 *
 * Writes DIR/<id>.png (default .cache/preview), a grid of views with a 10 cm scale bar.
 */
import { createServer } from 'node:http'
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { chromium } from 'playwright-core'
import { MODELS } from '../../models/index.ts'
import { ROOT } from './pipeline.ts'

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.glb': 'model/gltf-binary',
  '.html': 'text/html',
}

const PAGE = `<!doctype html><html><head><style>body{margin:0;background:#777}</style>
<script type="importmap">{"imports":{"three":"/node_modules/three/build/three.module.js","three/addons/":"/node_modules/three/examples/jsm/"}}</script>
</head><body><script type="module">
import * as THREE from 'three'
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js'
import { DRACOLoader } from 'three/addons/loaders/DRACOLoader.js'
import { RoomEnvironment } from 'three/addons/environments/RoomEnvironment.js'
window.render = async (url, size, views) => {
  const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true })
  renderer.setSize(size, size)
  renderer.toneMapping = THREE.ACESFilmicToneMapping
  renderer.toneMappingExposure = 1.0
  renderer.shadowMap.enabled = true
  document.body.appendChild(renderer.domElement)
  const scene = new THREE.Scene()
  scene.background = new THREE.Color('#8a8580')
  const pmrem = new THREE.PMREMGenerator(renderer)
  scene.environment = pmrem.fromScene(new RoomEnvironment(), 0.04).texture
  scene.environmentIntensity = 0.9
  const sun = new THREE.DirectionalLight('#fff4e0', 2.2)
  sun.castShadow = true
  sun.shadow.mapSize.set(2048, 2048)
  scene.add(sun)
  const draco = new DRACOLoader().setDecoderPath('/public/draco/gltf/')
  const gltf = await new GLTFLoader().setDRACOLoader(draco).loadAsync(url)
  const model = gltf.scene
  model.traverse((o) => { if (o.isMesh) { o.castShadow = true; o.receiveShadow = true } })
  scene.add(model)
  const bb = new THREE.Box3().setFromObject(model)
  const sz = bb.getSize(new THREE.Vector3())
  const c = bb.getCenter(new THREE.Vector3())
  const R = sz.length() / 2
  const floor = new THREE.Mesh(new THREE.PlaneGeometry(R * 20, R * 20), new THREE.MeshStandardMaterial({ color: '#b8b2a8', roughness: 0.9 }))
  floor.rotation.x = -Math.PI / 2
  floor.receiveShadow = true
  scene.add(floor)
  // 10 cm scale bar in front of the object.
  const bar = new THREE.Mesh(new THREE.BoxGeometry(0.1, 0.002, 0.004), new THREE.MeshBasicMaterial({ color: '#d00' }))
  bar.position.set(bb.min.x + 0.05, 0.001, bb.max.z + 0.02)
  scene.add(bar)
  sun.position.set(c.x + R * 2, c.y + R * 4, c.z + R * 3)
  sun.target.position.copy(c)
  scene.add(sun.target)
  sun.shadow.camera.left = sun.shadow.camera.bottom = -R * 2
  sun.shadow.camera.right = sun.shadow.camera.top = R * 2
  sun.shadow.camera.far = R * 12
  const cam = new THREE.PerspectiveCamera(30, 1, R / 50, R * 50)
  const shots = []
  const dirs = {
    front: [0, 0.12, 1], three: [0.75, 0.45, 1], side: [1, 0.12, 0.02], top: [0.001, 1, 0.35], back: [-0.7, 0.35, -1],
    close: [0.3, 0.5, 1], low: [0.6, 0.05, 1],
  }
  for (const v of views) {
    const d = new THREE.Vector3(...(dirs[v] ?? dirs.three)).normalize()
    const dist = (R / Math.sin((30 * Math.PI) / 360)) * (v === 'close' ? 0.45 : 1.02)
    cam.position.copy(c).addScaledVector(d, dist)
    cam.lookAt(c)
    cam.updateProjectionMatrix()
    renderer.render(scene, cam)
    shots.push(renderer.domElement.toDataURL('image/png'))
  }
  const info = { size: [sz.x, sz.y, sz.z], min: bb.min.toArray(), triangles: renderer.info.render.triangles, calls: renderer.info.render.calls }
  return { shots, info }
}
window.ready = true
</script></body></html>`

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const opt = (k: string, d: string) => {
    const i = args.indexOf(k)
    return i >= 0 ? args.splice(i, 2)[1]! : d
  }
  const outDir = path.resolve(opt('--out', path.join(ROOT, '.cache', 'preview')))
  const size = Number(opt('--size', '900'))
  const views = opt('--views', 'front,three,side,top').split(',')
  const ids = args.length ? MODELS.filter((m) => args.some((a) => m.id.includes(a))).map((m) => m.id) : MODELS.map((m) => m.id)
  mkdirSync(outDir, { recursive: true })

  const server = createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0]!)
    if (url === '/') {
      res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE)
      return
    }
    const file = path.join(ROOT, url)
    if (!file.startsWith(ROOT) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file))
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const port = (server.address() as AddressInfo).port
  const exe = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => existsSync(p))
  const browser = await chromium.launch({
    ...(exe ? { executablePath: exe } : {}),
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  const sharp = (await import('sharp')).default
  try {
    for (const id of ids) {
      const page = await browser.newPage({ viewport: { width: size, height: size } })
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') console.log(`[${id}] ${m.text()}`)
      })
      page.on('pageerror', (e) => console.log(`[${id}] ${e.message}`))
      await page.goto(`http://127.0.0.1:${port}/`)
      await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true)
      const result = (await page.evaluate(
        ([u, s, v]) => (window as unknown as { render: (a: string, b: number, c: string[]) => Promise<unknown> }).render(u, s, v),
        [`/public/media/models/${id}.glb`, size, views] as [string, number, string[]],
      )) as { shots: string[]; info: { size: number[]; min: number[]; triangles: number; calls: number } }
      const cols = Math.min(2, result.shots.length)
      const rowsN = Math.ceil(result.shots.length / cols)
      const tiles = result.shots.map((s, i) => ({
        input: Buffer.from(s.split(',')[1]!, 'base64'),
        left: (i % cols) * size,
        top: Math.floor(i / cols) * size,
      }))
      const file = path.join(outDir, `${id}.png`)
      await sharp({ create: { width: cols * size, height: rowsN * size, channels: 3, background: '#000' } })
        .composite(tiles)
        .png()
        .toFile(file)
      const s = result.info.size.map((x) => (x * 100).toFixed(1)).join(' x ')
      console.log(`${id}: ${s} cm, min y ${(result.info.min[1]! * 100).toFixed(2)} cm, ${result.info.calls} draw calls -> ${file}`)
      await page.close()
    }
  } finally {
    await browser.close()
    server.close()
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
