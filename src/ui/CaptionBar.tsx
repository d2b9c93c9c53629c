import { useGallery } from '../store/store'
import { captionShown } from './captionShown'
import s from './CaptionBar.module.css'

/**
 * Captions for every sound: the narration of a tour stop, a described caption for music. Shown
 * when captions are on, and always during a tour, in the band at the bottom that nothing else
 * uses (beside the touch stick on touch screens; above the sheet while a work is inspected on
 * phones). A polite live region, so screen readers read the narration too.
 *
 * ```tsx
 * <CaptionBar />
 * ```
 */
export function CaptionBar() {
  const caption = useGallery((s) => s.caption)
  const visible = useGallery(captionShown)
  const mode = useGallery((s) => s.mode)
  return (
    <div className={mode === 'inspect' ? `${s.captions} ${s.besidePanel}` : s.captions} role="status" aria-live="polite">
      {visible && caption && (
        <p className={caption.kind === 'music' ? `${s.caption} ${s.music}` : s.caption} data-part="caption" lang={caption.lang}>
          {caption.text}
        </p>
      )}
    </div>
  )
}
