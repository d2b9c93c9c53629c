import { useGallery } from '../store/useGallery'
import { captionShown } from './captionShown'
import s from './CaptionBar.module.css'

/**
 * Captions for every sound: the narration of a tour stop, a described caption for music. Shown
 * when captions are on, and always during a tour, in the band at the bottom that nothing else
 * uses (beside the touch stick on touch screens; above the sheet while a work is inspected on
 * phones). Captions nobody speaks go through a polite live region, so screen readers read them;
 * words the speech synthesis is speaking are shown outside it, so a screen reader does not read
 * them over the voice (the region stays in the page: one that appears with its text is not
 * announced reliably).
 *
 * ```tsx
 * <CaptionBar />
 * ```
 */
export function CaptionBar() {
  const caption = useGallery((s) => s.caption)
  const visible = useGallery(captionShown)
  const mode = useGallery((s) => s.mode)
  const line = visible && caption && (
    <p className={caption.kind === 'music' ? `${s.caption} ${s.music}` : s.caption} data-part="caption" data-voiced={caption.voiced ? '' : undefined} lang={caption.lang}>
      {caption.text}
    </p>
  )
  return (
    <div className={mode === 'inspect' ? `${s.captions} ${s.besidePanel}` : s.captions}>
      <div role="status" aria-live="polite">{!caption?.voiced && line}</div>
      {caption?.voiced && line}
    </div>
  )
}
