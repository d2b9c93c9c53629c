import { useEffect, useState } from 'react'
import { useT } from '../i18n'
import { useGallery } from '../store/useGallery'
import { galleryStore } from '../store/galleryStore'
import { isTyping } from '../navigation/keys'
import { SoundPanel } from './SoundPanel'
import { useCompactLayout } from './useCompactLayout'
import p from './primitives'

/**
 * The Sound button of the bottom-right cluster and its panel (`SoundPanel`), remembered between
 * visits in this browser only. M mutes from anywhere. On phones the button lives in the HUD's
 * menu instead, so only the M key is bound here.
 *
 * ```tsx
 * <SoundSettings />
 * ```
 */
export function SoundSettings() {
  const t = useT()
  const mode = useGallery((s) => s.mode)
  const muted = useGallery((s) => s.mixer.muted)
  const compact = useCompactLayout()
  const [open, setOpen] = useState(false)
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.code !== 'KeyM' || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return
      galleryStore.getState().toggleMute()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
  if (mode !== 'walk' || compact) return null
  return (
    <div className={p.corner}>
      <button type="button" className={p.button} aria-expanded={open} aria-controls="vm-sound-panel" title={t('sound.openLong')} onClick={() => setOpen(!open)}>
        {muted ? `🔇 ${t('sound.muted')}` : t('sound.open')}
      </button>
      {open && (
        <div id="vm-sound-panel" className={`${p.cornerPopup} ${p.panel}`} role="group" aria-label={t('sound.heading')}>
          <SoundPanel />
        </div>
      )}
    </div>
  )
}
