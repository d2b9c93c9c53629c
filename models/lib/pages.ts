/**
 * The two printed pages of an open book (the textbook, the exercise book): each page an SVG
 * texture and a paper material under the same name, 'pageL' and 'pageR', and 'edge', the
 * paper seen from the side of the block.
 */
import { M, matte, textured } from './materials.ts'
import type { ModelBuilder } from './model.ts'
import { svgDoc, svgTexture } from './textures.ts'

/** Registers 'pageL' and 'pageR' from the pages' SVG bodies (width x height px) and 'edge' in `edgeColor`. */
export async function addPages(b: ModelBuilder, width: number, height: number, left: string, right: string, edgeColor: string): Promise<void> {
  b.texture('pageL', await svgTexture(svgDoc(width, height, left), { quality: 90 }))
  b.texture('pageR', await svgTexture(svgDoc(width, height, right), { quality: 90 }))
  b.materialTable({ pageL: textured(M.paper, 'pageL'), pageR: textured(M.paper, 'pageR'), edge: matte(edgeColor, 0.95) })
}
