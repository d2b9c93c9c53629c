import { useGallery } from '../store/store'

/**
 * Captions for every sound: the narration of a tour stop, a described caption for music. Shown
 * when captions are on, and always during a tour. A polite live region, so screen readers read
 * the narration too.
 *
 * ```tsx
 * <CaptionBar />
 * ```
 */
export function CaptionBar() {
  const caption = useGallery((s) => s.caption)
  const enabled = useGallery((s) => s.captions || s.tour !== null)
  const mode = useGallery((s) => s.mode)
  const visible = caption !== null && enabled && (mode === 'walk' || mode === 'inspect')
  return (
    <div className={mode === 'inspect' ? 'vm-captions vm-captions-beside-panel' : 'vm-captions'} role="status" aria-live="polite">
      {visible && (
        <p className={`vm-caption vm-caption-${caption.kind}`} lang={caption.lang}>
          {caption.text}
        </p>
      )}
    </div>
  )
}
