import type * as THREE from 'three'
import type { Artifact } from '../../manifest/schema'
import { i18n, localize } from '../../i18n'
import { galleryStore } from '../../store/galleryStore'
import { canvasTexture, drawPlaceholder } from '../textCanvas'

/** A labelled card in place of a work whose file could not be loaded: its title and the file that is missing. */
export function placeholderTexture(artifact: Artifact, file: string, aspect: number): THREE.CanvasTexture {
  const canvas = document.createElement('canvas')
  canvas.width = 512
  canvas.height = Math.max(128, Math.round(512 / aspect))
  drawPlaceholder(canvas, localize(artifact.title, galleryStore.getState().language), i18n.t('placeholder.missingAsset', { file }))
  return canvasTexture(canvas)
}
