/** Template registry: artwork parameters to an SVG body drawn in millimetres. */
import type { ArtContext, ArtworkParams } from '../params'
import { poster } from './poster'
import { photograph } from './photograph'
import { documentPage } from './document'
import { painting } from './painting'
import { letter } from './letter'
import { timeline } from './timeline'

export function drawArtwork(ctx: ArtContext, params: ArtworkParams): string {
  switch (params.template) {
    case 'poster':
      return poster(ctx, params)
    case 'photograph':
      return photograph(ctx, params)
    case 'document':
      return documentPage(ctx, params)
    case 'painting':
      return painting(ctx, params)
    case 'letter':
      return letter(ctx, params)
    case 'timeline':
      return timeline(ctx, params)
  }
}

/** Longest texture edge by kind of work: big works get 2048, small ones 1024. */
export function longestEdge(params: ArtworkParams): number {
  return params.template === 'poster' || params.template === 'painting' || params.template === 'timeline' ? 2048 : 1024
}
