import type { GalleryState } from '../store/galleryState'

/**
 * Whether a caption is on screen: there is one, captions are on (a tour shows them whatever the
 * setting), and the visitor walks or inspects. The caption bar shows it; on phones the HUD's
 * hint gives way to it, as both share the band at the bottom. A room's music caption also gives
 * way to the floor plan, a dialog that fills a phone's screen (spoken words never do).
 */
export function captionShown(s: Pick<GalleryState, 'caption' | 'captions' | 'tour' | 'mode' | 'mapOpen'>): boolean {
  if (s.caption?.kind === 'music' && s.mapOpen) return false
  return s.caption !== null && (s.captions || s.tour !== null) && (s.mode === 'walk' || s.mode === 'inspect')
}
