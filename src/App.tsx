import { useEffect, useState } from 'react'
import { ErrorBoundary } from './ui/ErrorBoundary'
import { notify, withdraw } from './store/notices'
import { useGallery } from './store/useGallery'
import { galleryStore } from './store/galleryStore'
import { Gallery } from './scene/Gallery'
import { Overlay } from './ui/Overlay'
import { SkipLink } from './ui/SkipLink'
import { isTextMode } from './ui/text/textMode'
import { commands } from './navigation/commands'
import { resumeAudio } from './audio/audioHost'
import { hasWebGL } from './scene/webgl'
import { XRMount } from './xr/XRMount'
import { pickLocalized } from './i18n'
import p from './ui/primitives'

const HAS_WEBGL = hasWebGL()

/** The page: the 3D gallery underneath, the DOM overlay (start, HUD, panels, errors) above it. */
export function App() {
  const manifest = useGallery((s) => s.manifest)
  const layout = useGallery((s) => s.layout)
  const mode = useGallery((s) => s.mode)
  // Bumped by "Try again" after the 3D view failed: a fresh canvas, the visitor's place kept in runtime.
  const [sceneGeneration, setSceneGeneration] = useState(0)
  useEffect(() => {
    if (!HAS_WEBGL) galleryStore.getState().setMode('error')
  }, [])
  // The text museum (a #/text address, or a browser without WebGL) draws nothing in 3D.
  const text = !HAS_WEBGL || isTextMode()
  const onEnter = () => {
    // Inside the click: browsers only let sound start after a gesture.
    resumeAudio()
    galleryStore.getState().setMode('walk')
    commands.focusScene()
    const pending = galleryStore.getState().pendingTour
    if (pending) {
      galleryStore.getState().setPendingTour(null)
      void import('./navigation/tourHost').then((m) => m.startTour(pending.id, pending.stop))
    }
  }
  const language = useGallery((s) => s.language)
  // One main landmark holds the 3D page (skip link, canvas, overlay), so a screen reader finds
  // everything in a landmark; the text museum and the error screen bring their own.
  const Landmark = text || mode === 'error' ? 'div' : 'main'
  const heading = manifest && mode !== 'start' && Landmark === 'main' ? pickLocalized(manifest.exhibition.title, language) : null
  return (
    <Landmark style={{ height: '100%' }} {...(Landmark === 'main' ? { 'aria-labelledby': 'vm-page-title' } : {})}>
      {/* While walking the start screen's heading is gone: the page keeps a level-one heading. */}
      {heading && (
        <h1 id="vm-page-title" className={p.srOnly} lang={heading.lang !== language ? heading.lang : undefined}>
          {heading.text}
        </h1>
      )}
      {!text && <SkipLink />}
      {!text && manifest && layout && mode !== 'error' && (
        // The 3D view failing leaves the interface (floor plan, list of works, panels) working.
        <ErrorBoundary
          key={sceneGeneration}
          fallback={null}
          onError={(error) => {
            console.warn('[gallery] the 3D view failed:', error)
            withdraw('restoring')
            notify({ id: 'scene', key: 'sceneFailed', retry: () => setSceneGeneration((g) => g + 1) })
          }}
        >
          <Gallery manifest={manifest} layout={layout}>
            {/* VR (loaded only where the browser offers immersive VR): session, locomotion, in-world panels. */}
            <XRMount layout={layout} manifest={manifest} />
          </Gallery>
        </ErrorBoundary>
      )}
      <Overlay onEnter={onEnter} text={text} />
    </Landmark>
  )
}
