/**
 * ModelBuilder: collects geometry per material and writes a glTF Document with
 * @gltf-transform/core (one node, one mesh, one primitive per material, so a model costs one
 * draw call per material).
 */
import { Document, type Material, type Texture } from '@gltf-transform/core'
import { EXTTextureWebP } from '@gltf-transform/extensions'
import type { BufferGeometry } from 'three'
import { mergeGeometries, mergeVertices } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import { linear, type MaterialSpec } from './materials.ts'
import type { Image } from './textures.ts'
import { normalise, xf, type V2, type Xf } from './geometry.ts'

/** Outer size in centimetres: width (x), height (y), depth (z). */
export interface Dimensions {
  width: number
  height: number
  depth: number
}

export interface ModelDefinition {
  id: string
  title: string
  /** The box the object must fit, in centimetres. */
  dimensions: Dimensions
  /** Adds the object's textures, materials and parts to a builder made for it (the pipeline turns that into a glTF document). */
  build: (b: ModelBuilder) => Promise<void>
}

/**
 * A model definition in one statement: every object's module names itself, states the box it
 * must fit (cm) and gives the build that fills a builder.
 */
export function defineModel(id: string, title: string, dimensions: Dimensions, build: (b: ModelBuilder) => Promise<void>): ModelDefinition {
  return { id, title, dimensions, build }
}

export class ModelBuilder {
  private readonly parts = new Map<string, BufferGeometry[]>()
  private readonly materials = new Map<string, MaterialSpec>()
  private readonly textures = new Map<string, Image>()

  constructor(readonly name: string) {}

  material(name: string, spec: MaterialSpec): this {
    this.materials.set(name, spec)
    return this
  }

  /** Registers a table of materials by name: every model has a dozen, and a table reads as one. */
  materialTable(table: Record<string, MaterialSpec>): this {
    for (const [name, spec] of Object.entries(table)) this.material(name, spec)
    return this
  }

  texture(key: string, image: Image): this {
    this.textures.set(key, image)
    return this
  }

  /** Adds geometry under a material (registered before or after). */
  add(material: string, ...geos: (BufferGeometry | BufferGeometry[])[]): this {
    const list = this.parts.get(material) ?? []
    for (const g of geos.flat()) list.push(normalise(g))
    this.parts.set(material, list)
    return this
  }

  /** Applies a placement to everything added so far (e.g. to stand a flat object upright). */
  transformAll(t: Xf): this {
    for (const list of this.parts.values()) for (const g of list) xf(g, t)
    return this
  }

  /**
   * Moves everything so the bounding box is centred on x and z and rests on y = 0: the
   * museum's convention (origin at the bottom centre, front facing +z).
   */
  private recentre(): void {
    const min = [Infinity, Infinity, Infinity]
    const max = [-Infinity, -Infinity, -Infinity]
    for (const list of this.parts.values()) {
      for (const g of list) {
        const p = g.getAttribute('position')
        for (let i = 0; i < p.count; i++) {
          const v = [p.getX(i), p.getY(i), p.getZ(i)]
          for (let k = 0; k < 3; k++) {
            if (v[k]! < min[k]!) min[k] = v[k]!
            if (v[k]! > max[k]!) max[k] = v[k]!
          }
        }
      }
    }
    const dx = -(min[0]! + max[0]!) / 2
    const dy = -min[1]!
    const dz = -(min[2]! + max[2]!) / 2
    for (const list of this.parts.values()) for (const g of list) g.translate(dx, dy, dz)
  }

  /** Builds the glTF document (recentred: see recentre). */
  toDocument(): Document {
    this.recentre()
    const doc = new Document()
    doc.getRoot().getAsset().generator = 'virtual-museum models (glTF-Transform)'
    const buffer = doc.createBuffer('data')
    const scene = doc.createScene(this.name)
    const mesh = doc.createMesh(this.name)
    const node = doc.createNode(this.name).setMesh(mesh)
    scene.addChild(node)
    doc.getRoot().setDefaultScene(scene)

    const texCache = new Map<string, Texture>()
    let usesWebp = false
    const getTexture = (key: string): Texture => {
      const cached = texCache.get(key)
      if (cached) return cached
      const img = this.textures.get(key)
      if (!img) throw new Error(`${this.name}: texture "${key}" is not registered`)
      if (img.mimeType === 'image/webp') usesWebp = true
      const ext = img.mimeType === 'image/webp' ? 'webp' : 'png'
      const t = doc.createTexture(key).setImage(img.bytes).setMimeType(img.mimeType).setURI(`${key}.${ext}`)
      texCache.set(key, t)
      return t
    }

    const matNames = [...this.parts.keys()]
    for (const name of matNames) {
      const spec = this.materials.get(name)
      if (!spec) throw new Error(`${this.name}: material "${name}" is not registered`)
      const geos = this.parts.get(name)!
      if (geos.length === 0) continue
      const merged = mergeVertices(mergeGeometries(geos, false), 1e-6)
      const mat = this.createMaterial(doc, name, spec, getTexture)
      const pos = merged.getAttribute('position')
      const nor = merged.getAttribute('normal')
      const uv = merged.getAttribute('uv')
      const index = merged.getIndex()!
      const count = pos.count
      const positions = new Float32Array(count * 3)
      const normals = new Float32Array(count * 3)
      const uvs = new Float32Array(count * 2)
      for (let i = 0; i < count; i++) {
        positions[i * 3] = pos.getX(i)
        positions[i * 3 + 1] = pos.getY(i)
        positions[i * 3 + 2] = pos.getZ(i)
        let nx = nor.getX(i)
        let ny = nor.getY(i)
        let nz = nor.getZ(i)
        const l = Math.hypot(nx, ny, nz)
        if (l < 1e-6) {
          nx = 0
          ny = 1
          nz = 0
        } else {
          nx /= l
          ny /= l
          nz /= l
        }
        normals[i * 3] = nx
        normals[i * 3 + 1] = ny
        normals[i * 3 + 2] = nz
        uvs[i * 2] = uv.getX(i)
        uvs[i * 2 + 1] = 1 - uv.getY(i) // three's v-up -> glTF's v-down
      }
      const idxArr = index.array
      const indices = count > 65535 ? new Uint32Array(idxArr.length) : new Uint16Array(idxArr.length)
      for (let i = 0; i < idxArr.length; i++) indices[i] = idxArr[i]!
      const prim = doc
        .createPrimitive()
        .setAttribute('POSITION', doc.createAccessor(`${name}-pos`).setType('VEC3').setArray(positions).setBuffer(buffer))
        .setAttribute('NORMAL', doc.createAccessor(`${name}-nor`).setType('VEC3').setArray(normals).setBuffer(buffer))
        .setIndices(doc.createAccessor(`${name}-idx`).setType('SCALAR').setArray(indices).setBuffer(buffer))
        .setMaterial(mat)
      if (spec.map || spec.emissiveMap) prim.setAttribute('TEXCOORD_0', doc.createAccessor(`${name}-uv`).setType('VEC2').setArray(uvs).setBuffer(buffer))
      mesh.addPrimitive(prim)
    }
    if (usesWebp) doc.createExtension(EXTTextureWebP).setRequired(true)
    return doc
  }

  private createMaterial(doc: Document, name: string, spec: MaterialSpec, getTexture: (k: string) => Texture): Material {
    const [r, g, b] = spec.map ? [1, 1, 1] : linear(spec.color)
    const m = doc
      .createMaterial(name)
      .setBaseColorFactor([r, g, b, spec.opacity ?? 1])
      .setMetallicFactor(spec.metallic)
      .setRoughnessFactor(spec.roughness)
      .setDoubleSided(spec.doubleSided ?? false)
    if (spec.opacity !== undefined && spec.opacity < 1) m.setAlphaMode('BLEND')
    if (spec.map) {
      // A textured material's colour is the texture; `color` only tints it when not white.
      if (spec.color.toUpperCase() !== '#FFFFFF') m.setBaseColorFactor([...linear(spec.color), spec.opacity ?? 1])
      m.setBaseColorTexture(getTexture(spec.map))
    }
    if (spec.emissive) {
      const e = linear(spec.emissive)
      const k = spec.emissiveStrength ?? 1
      m.setEmissiveFactor([Math.min(1, e[0] * k), Math.min(1, e[1] * k), Math.min(1, e[2] * k)])
      if (spec.emissiveMap) m.setEmissiveTexture(getTexture(spec.emissiveMap))
    }
    return m
  }
}

/** Centimetres to metres. */
export const cm = (x: number): number => x / 100

/**
 * Points measured in centimetres (a lathe profile [radius, height], an outline [x, y]) to
 * metres: the models are drawn from measurements in cm, the glTF is in metres.
 */
export const cmPoints = (pts: readonly (readonly number[])[]): V2[] => pts.map(([x, y]) => [cm(x!), cm(y!)])
