import { useGallery } from '../store/useGallery'
import s from './CaptionBar.module.css'

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
    <div className={mode === 'inspect' ? `${s.captions} ${s.besidePanel}` : s.captions} role="status" aria-live="polite">
      {visible && (
        <p className={caption.kind === 'music' ? `${s.caption} ${s.music}` : s.caption} data-part="caption" lang={caption.lang}>
          {caption.text}
        </p>
      )}
    </div>
  )
}
