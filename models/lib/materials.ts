/**
 * PBR metallic-roughness material presets for period objects. Colours are given in sRGB hex
 * and converted to glTF's linear factors by the writer.
 */

export interface MaterialSpec {
  /** sRGB hex, e.g. '#C9A227'. */
  color: string
  metallic: number
  roughness: number
  /** A texture key registered on the model (see ModelBuilder.texture). */
  map?: string
  emissive?: string
  emissiveStrength?: number
  /** Texture key for the emissive colour (multiplied by `emissive`), e.g. a backlit dial. */
  emissiveMap?: string
  doubleSided?: boolean
  /** Alpha blending (glass); 1 = opaque. */
  opacity?: number
}

export const M = {
  porcelain: { color: '#F4F1EA', metallic: 0, roughness: 0.12 },
  brass: { color: '#D9B36A', metallic: 1, roughness: 0.32 },
  brassAged: { color: '#B8924E', metallic: 1, roughness: 0.45 },
  gilt: { color: '#E8C46A', metallic: 1, roughness: 0.22 },
  nickel: { color: '#D6D4CE', metallic: 1, roughness: 0.18 },
  steel: { color: '#9AA0A6', metallic: 1, roughness: 0.42 },
  castIron: { color: '#3A3A3C', metallic: 0.85, roughness: 0.62 },
  blackEnamel: { color: '#18191B', metallic: 0, roughness: 0.22 },
  redEnamel: { color: '#A4161A', metallic: 0, roughness: 0.28 },
  vermilion: { color: '#D3381C', metallic: 0, roughness: 0.3 },
  whiteEnamel: { color: '#F2EFE6', metallic: 0, roughness: 0.25 },
  blueEnamel: { color: '#2D5C9E', metallic: 0, roughness: 0.28 },
  goldEnamel: { color: '#E2B93B', metallic: 0, roughness: 0.3 },
  bakelite: { color: '#2E1B12', metallic: 0, roughness: 0.3 },
  bakeliteBlack: { color: '#141212', metallic: 0, roughness: 0.28 },
  walnut: { color: '#6B4428', metallic: 0, roughness: 0.45 },
  darkOak: { color: '#5A3A22', metallic: 0, roughness: 0.55 },
  redVelvet: { color: '#8A1418', metallic: 0, roughness: 0.95 },
  satin: { color: '#EFE6D2', metallic: 0, roughness: 0.55 },
  baize: { color: '#2F4F3A', metallic: 0, roughness: 1 },
  grilleCloth: { color: '#B79E72', metallic: 0, roughness: 0.95 },
  paper: { color: '#F1E8D5', metallic: 0, roughness: 0.9 },
  rubber: { color: '#1C1C1C', metallic: 0, roughness: 0.7 },
  stone: { color: '#B3ADA2', metallic: 0, roughness: 0.85 },
  concrete: { color: '#9C978E', metallic: 0, roughness: 0.9 },
} satisfies Record<string, MaterialSpec>

/** sRGB hex -> linear [r, g, b]. */
export function linear(hex: string): [number, number, number] {
  const h = hex.replace('#', '')
  const c = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255)
  const f = (x: number) => (x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4)
  return [f(c[0]!), f(c[1]!), f(c[2]!)]
}

export function withColor(base: MaterialSpec, color: string, extra: Partial<MaterialSpec> = {}): MaterialSpec {
  return { ...base, color, ...extra }
}

/** A dielectric (non-metal) surface: most of the paint, cloth, wood and stone on the objects. */
export function matte(color: string, roughness: number, extra: Partial<MaterialSpec> = {}): MaterialSpec {
  return { color, metallic: 0, roughness, ...extra }
}

/**
 * A preset whose colour comes from a texture registered under `map`: white base colour, so the
 * writer leaves the texture untinted (see ModelBuilder.createMaterial).
 */
export function textured(base: MaterialSpec, map: string, extra: Partial<MaterialSpec> = {}): MaterialSpec {
  return { ...base, color: '#FFFFFF', map, ...extra }
}

/** The maker's plaques on the display bases: brass a little more polished than M.brass, engraved by a texture. */
export function plaqueBrass(map: string): MaterialSpec {
  return textured(M.brass, map, { metallic: 0.9, roughness: 0.35 })
}
