/**
 * The display base of the scale models (furnace, locomotive): a walnut board with a brass
 * maker's plaque, registered as the textures and materials 'walnut' and the plaque's key.
 */
import { M, plaqueBrass, textured } from './materials.ts'
import type { ModelBuilder } from './model.ts'
import { walnutTexture, type Image } from './textures.ts'

/** Registers 'walnut' (grain from `seed`) and `plaqueKey` with the plaque's texture (see brassPlaque). */
export async function addWalnutBase(b: ModelBuilder, seed: number, plaqueKey: string, plaque: Promise<Image>): Promise<void> {
  b.texture('walnut', await walnutTexture(seed))
  b.texture(plaqueKey, await plaque)
  b.materialTable({ walnut: textured(M.walnut, 'walnut'), [plaqueKey]: plaqueBrass(plaqueKey) })
}
