import { useEffect, useMemo } from 'react'
import { useThree } from '@react-three/fiber'
import type { GalleryLayout } from '../layout/types'
import type { Manifest } from '../manifest/schema'
import { resolveAsset } from '../manifest/assets'
import { localize } from '../i18n'
import { runtime } from '../store/runtime'
import { useGallery } from '../store/useGallery'
import { galleryStore } from '../store/galleryStore'
import { AudioEngine } from './AudioEngine'
import { createAudioListener } from './positionalAudio'
import { ambientSourcesFor } from './ambientSources'
import { parseMusicIndex, type MusicIndex } from './musicIndex'
import { audioSlot } from './audioHost'

/** How long a room's music caption stays up after entering, milliseconds. */
const MUSIC_CAPTION_MS = 7000

/** How often gains follow the visitor, ms: finer than their 60 ms easing (AudioEngine's GAIN_TAU). */
const UPDATE_MS = 33

async function musicIndexBeside(url: string): Promise<MusicIndex | null> {
  try {
    const response = await fetch(new URL('music.json', url))
    return response.ok ? parseMusicIndex(await response.json()) : null
  } catch {
    // Without the sidecar the files loop whole; nothing else changes.
    return null
  }
}

/**
 * The exhibition's sound: one listener on the camera (in VR the camera follows the headset, so
 * it does too), each room's ambience from its emitter, crossfaded at the doorways.
 *
 * ```tsx
 * <AudioLayer manifest={manifest} layout={layout} />
 * ```
 */
export function AudioLayer({ manifest, layout }: { manifest: Manifest; layout: GalleryLayout }) {
  const camera = useThree((s) => s.camera)
  const manifestUrl = useGallery((s) => s.manifestUrl)
  const engine = useMemo(() => {
    const listener = createAudioListener()
    return { listener, engine: new AudioEngine(listener) }
  }, [])
  useEffect(() => {
    if (engine.listener) camera.add(engine.listener)
    const release = audioSlot.set(engine)
    return () => {
      if (engine.listener) camera.remove(engine.listener)
      release()
      engine.engine.dispose()
    }
  }, [camera, engine])
  useEffect(() => {
    let cancelled = false
    const first = manifest.rooms.find((r) => r.ambient)?.ambient
    const resolveUrl = (path: string) => resolveAsset(manifestUrl, path)
    void (first ? musicIndexBeside(resolveUrl(first.file)) : Promise.resolve(null)).then((music) => {
      if (!cancelled) engine.engine.setSources(ambientSourcesFor(manifest, layout, { resolveUrl, music }))
    })
    return () => {
      cancelled = true
    }
  }, [manifest, layout, manifestUrl, engine])
  // Describe the music of each room entered, in the visitor's language.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const show = () => {
      const s = galleryStore.getState()
      const ambient = manifest.rooms.find((r) => r.id === s.roomId)?.ambient
      if (!ambient || s.mode === 'start' || s.mode === 'loading' || s.mixer.muted || s.tour) return
      s.setCaption({ text: localize(ambient.description, s.language), kind: 'music', lang: s.language })
      clearTimeout(timer)
      timer = setTimeout(() => galleryStore.getState().caption?.kind === 'music' && galleryStore.getState().setCaption(null), MUSIC_CAPTION_MS)
    }
    const unsubscribe = galleryStore.subscribe((s, prev) => {
      if (s.roomEnteredAt !== prev.roomEnteredAt || (s.mode === 'walk' && (prev.mode === 'start' || prev.mode === 'loading'))) show()
    })
    return () => {
      unsubscribe()
      clearTimeout(timer)
    }
  }, [manifest])
  // On its own clock, not the render loop's: the canvas draws on demand, and a still visitor
  // still hears a source start once it has loaded, the music duck under narration, a new mix.
  // A timer (not animation frames) also runs on in VR, where the page's own frames may stop.
  useEffect(() => {
    let last = performance.now()
    const timer = setInterval(() => {
      const now = performance.now()
      const dt = (now - last) / 1000
      last = now
      const s = galleryStore.getState()
      // Nothing sounds before the visitor's first gesture (Enter), even where the browser would allow it.
      if (s.mode === 'loading' || s.mode === 'start') return
      engine.engine.update(Math.min(dt, 0.25), {
        position: [runtime.position[0], runtime.position[2]],
        roomId: s.roomId,
        layout,
        speechActive: runtime.speechActive,
        mixer: s.mixer,
      })
    }, UPDATE_MS)
    return () => clearInterval(timer)
  }, [engine, layout])
  return <primitive object={engine.engine.group} />
}
