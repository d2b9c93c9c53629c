/**
 * The WebGL context can be taken away at any time (a GPU reset, a Chromebook restoring a tab,
 * too many contexts elsewhere). three.js rebuilds its own state when the browser gives the
 * context back; what the gallery made on the GPU itself (the rooms' environment maps) must be
 * made again, so those parts count how often the context came back.
 */
import { createStore } from 'zustand/vanilla'

export const contextLoss = createStore<{ lost: boolean; restores: number }>(() => ({ lost: false, restores: 0 }))
