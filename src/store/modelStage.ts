/**
 * The inspect panel's turnable model is drawn by the gallery's own renderer (one WebGL context a
 * page: low-end devices cap them, and a second one would bring a second Draco decoder and model
 * cache). The panel asks for a view here with the 2D canvas it shows; the scene's model stage
 * draws the model and copies each new picture into that canvas.
 */
import { createStore } from 'zustand/vanilla'

export type ModelViewStatus = 'loading' | 'ready' | 'failed'

export interface ModelViewRequest {
  /** Absolute URL of the .glb / .gltf file. */
  url: string
  /** Where the picture goes: a 2D canvas in the panel, also the surface the visitor drags on. */
  canvas: HTMLCanvasElement
}

/** What the panel's buttons do to the view (the scene's stage provides them). */
export interface ModelViewControls {
  turn(radians: number): void
  zoom(factor: number): void
  reset(): void
}

export interface ModelStageState {
  request: ModelViewRequest | null
  status: ModelViewStatus
  /** The open view's controls, once the stage has it. */
  controls: ModelViewControls | null
  /** True while a stage is mounted in a live 3D view; without one no model can be drawn. */
  mounted: boolean
}

export const modelStage = createStore<ModelStageState>(() => ({ request: null, status: 'loading', controls: null, mounted: false }))

/** Shows `url` in `canvas` until the returned function is called. */
export function showModel(url: string, canvas: HTMLCanvasElement): () => void {
  const request = { url, canvas }
  modelStage.setState({ request, status: 'loading' })
  return () => {
    if (modelStage.getState().request === request) modelStage.setState({ request: null, status: 'loading' })
  }
}
