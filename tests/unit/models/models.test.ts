/**
 * The procedural 3D objects and their pipeline (tools/build-models.ts):
 * build -> gltf-validator (zero errors) -> Draco -> still loads with the same triangles;
 * every shipped model fits its stated dimensions and budgets; builds are deterministic.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Document, type Document as Doc } from '@gltf-transform/core'
import { getBounds } from '@gltf-transform/core'
import { MODELS, getModel } from '../../../models/index.ts'
import { ModelBuilder, cm, type ModelDefinition } from '../../../models/lib/model.ts'
import { M } from '../../../models/lib/materials.ts'
import { box, cyl, lathe, planarUV } from '../../../models/lib/geometry.ts'
import { svgTexture } from '../../../models/lib/textures.ts'
import {
  HASH_FILE,
  OUT_DIR,
  ROOT,
  ValidationError,
  buildModel,
  countTriangles,
  getIO,
  sourceHash,
  validate,
} from '../../../tools/models/pipeline.ts'

/** A small object exercising the helpers: a textured plinth, a lathe vase, a cylinder. */
const tiny: ModelDefinition = {
  id: 'test-tiny',
  title: 'Test object',
  dimensions: { width: 10, height: 12, depth: 10.5 },
  async build() {
    const b = new ModelBuilder('test-tiny')
    b.texture(
      'label',
      await svgTexture(
        '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="32"><rect width="64" height="32" fill="#eee"/><text x="4" y="22" font-size="16">Урок 第</text></svg>',
      ),
    )
    b.material('wood', M.walnut)
    b.material('label', { ...M.paper, color: '#FFFFFF', map: 'label' })
    b.material('brass', M.brass)
    b.add('wood', box(cm(10), cm(2), cm(10), { p: [0, cm(1), 0] }))
    const label = box(cm(6), cm(1), cm(0.1), { p: [0, cm(1), cm(5.05)] })
    planarUV(label, 'xy', [cm(-3), cm(0.5), cm(3), cm(1.5)])
    b.add('label', label)
    b.add('brass', lathe([[0, cm(2)], [cm(3), cm(2)], [cm(4), cm(6)], [cm(2), cm(10)], [cm(2.5), cm(11)]], { segments: 24 }))
    b.add('brass', cyl(cm(0.5), cm(0.5), cm(1), 12, { p: [0, cm(11), 0] }))
    return b.toDocument()
  },
}

function worldBounds(doc: Doc) {
  const scene = doc.getRoot().getDefaultScene() ?? doc.getRoot().listScenes()[0]!
  return getBounds(scene)
}

describe('model pipeline', () => {
  it('builds a small model that validates, compresses with Draco and still loads', async () => {
    const built = await buildModel(tiny)
    const raw = await validate(built.raw, 'test-tiny.glb')
    expect(raw.issues.numErrors).toBe(0)
    expect(built.triangles).toBeGreaterThan(100)
    expect(built.compressed.byteLength).toBeLessThan(built.raw.byteLength)

    const io = await getIO()
    const decoded = await io.readBinary(built.compressed)
    expect(decoded.getRoot().listExtensionsUsed().map((e) => e.extensionName)).toContain('KHR_draco_mesh_compression')
    expect(countTriangles(decoded)).toBe(built.triangles)
    // The texture survives and the object keeps its size (within Draco quantisation).
    expect(decoded.getRoot().listTextures()).toHaveLength(1)
    const { min, max } = worldBounds(decoded)
    expect(max[0] - min[0]).toBeCloseTo(0.1, 3)
    expect(min[1]).toBeCloseTo(0, 3)
  })

  it('fails validation with the file and the error named', async () => {
    // Indices pointing past the end of the vertex data are an error for gltf-validator.
    const doc = new Document()
    const buf = doc.createBuffer()
    const prim = doc
      .createPrimitive()
      .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0])).setBuffer(buf))
      .setIndices(doc.createAccessor().setType('SCALAR').setArray(new Uint16Array([0, 1, 7])).setBuffer(buf))
    doc.createScene().addChild(doc.createNode().setMesh(doc.createMesh().addPrimitive(prim)))
    const glb = await (await getIO()).writeBinary(doc)
    await expect(validate(glb, 'broken.glb')).rejects.toThrow(ValidationError)
    await expect(validate(glb, 'broken.glb')).rejects.toThrow(/broken\.glb.*ACCESSOR_INDEX_OOB/s)
  })

  it('is deterministic: building a model twice gives identical bytes', async () => {
    const def = getModel('telegraph-key')
    const a = await buildModel(def)
    const b = await buildModel(def)
    expect(Buffer.from(a.raw).equals(Buffer.from(b.raw))).toBe(true)
    expect(Buffer.from(a.compressed).equals(Buffer.from(b.compressed))).toBe(true)
  })
})

describe('shipped models (public/media/models)', () => {
  const hashes = existsSync(HASH_FILE) ? (JSON.parse(readFileSync(HASH_FILE, 'utf8')) as Record<string, { hash: string }>) : {}

  it('has the browser Draco decoder served from our own origin', () => {
    for (const f of ['draco_decoder.js', 'draco_decoder.wasm', 'draco_wasm_wrapper.js']) {
      expect(existsSync(path.join(ROOT, 'public', 'draco', 'gltf', f)), f).toBe(true)
    }
  })

  it('lists 13 objects with unique ids', () => {
    expect(MODELS).toHaveLength(13)
    expect(new Set(MODELS.map((m) => m.id)).size).toBe(13)
  })

  for (const def of MODELS) {
    it(`${def.id}: loads, fits ${def.dimensions.width} x ${def.dimensions.height} x ${def.dimensions.depth} cm, stays in budget`, async () => {
      const file = path.join(OUT_DIR, `${def.id}.glb`)
      expect(existsSync(file), `${file} is missing: run npx tsx tools/build-models.ts`).toBe(true)
      const bytes = new Uint8Array(readFileSync(file))
      const report = await validate(bytes, `public/media/models/${def.id}.glb`)
      expect(report.issues.numErrors).toBe(0)

      const doc = await (await getIO()).readBinary(bytes)
      expect(countTriangles(doc)).toBeLessThan(50_000)
      for (const tex of doc.getRoot().listTextures()) {
        const [w, h] = tex.getSize() ?? [0, 0]
        expect(Math.max(w, h), `${def.id} texture ${tex.getName()}`).toBeLessThanOrEqual(1024)
      }

      // Real-world size in metres, origin at the bottom centre: within 2 % of the stated box.
      const { min, max } = worldBounds(doc)
      const tol = 1.02
      const W = def.dimensions.width / 100
      const H = def.dimensions.height / 100
      const D = def.dimensions.depth / 100
      expect(max[0] - min[0], 'width').toBeLessThanOrEqual(W * tol)
      expect(max[1] - min[1], 'height').toBeLessThanOrEqual(H * tol)
      expect(max[2] - min[2], 'depth').toBeLessThanOrEqual(D * tol)
      expect(Math.abs(min[1]), 'rests on y = 0').toBeLessThanOrEqual(H * 0.02)
      expect(Math.abs(min[0] + max[0]) / 2, 'centred in x').toBeLessThanOrEqual(W * 0.02)
      expect(Math.abs(min[2] + max[2]) / 2, 'centred in z').toBeLessThanOrEqual(D * 0.02)
      // Not a stray miniature: the object fills most of its box in its largest dimension.
      const fill = Math.max((max[0] - min[0]) / W, (max[1] - min[1]) / H, (max[2] - min[2]) / D)
      expect(fill).toBeGreaterThan(0.9)
    })

    it(`${def.id}: is up to date with its source (rebuild with npx tsx tools/build-models.ts)`, () => {
      expect(hashes[def.id]?.hash).toBe(sourceHash(def.id))
    })
  }
})
