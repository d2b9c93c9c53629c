/** Template registry: artwork parameters to an SVG body drawn in millimetres. */
import type { ArtContext, ArtworkParams } from '../params'
import { poster } from './poster'
import { photograph } from './photograph'
import { documentPage } from './document'
import { painting } from './painting'
import { letter } from './letter'
import { timeline } from './timeline'

type Template<K extends ArtworkParams['template']> = (ctx: ArtContext, params: Extract<ArtworkParams, { template: K }>) => string

/** Each template by its name in content/art/artworks.json. */
const TEMPLATES: { [K in ArtworkParams['template']]: Template<K> } = {
  poster,
  photograph,
  document: documentPage,
  painting,
  letter,
  timeline,
}

export function drawArtwork(ctx: ArtContext, params: ArtworkParams): string {
  return (TEMPLATES[params.template] as Template<ArtworkParams['template']>)(ctx, params)
}

/** Longest texture edge by kind of work: big works get 2048, small ones 1024. */
export function longestEdge(params: ArtworkParams): number {
  return params.template === 'poster' || params.template === 'painting' || params.template === 'timeline' ? 2048 : 1024
}
