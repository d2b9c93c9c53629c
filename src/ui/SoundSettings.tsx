import { useEffect, useState } from 'react'
import { SaveOffline } from './offline/SaveOffline'
import { TextSizeSetting } from './TextSizeSetting'
import { useT } from '../i18n'
import { useGallery } from '../store/useGallery'
import { galleryStore } from '../store/galleryStore'
import { audioEngine } from '../audio/audioHost'
import { isTyping } from '../navigation/keys'
import p from './primitives.module.css'
import s from './SoundSettings.module.css'

/**
 * The mixer (master, music, voice, mute) and the captions switch, remembered between visits in
 * this browser only. M mutes from anywhere.
 *
 * ```tsx
 * <SoundSettings />
 * ```
 */
export function SoundSettings() {
  const t = useT()
  const mode = useGallery((s) => s.mode)
  const mixer = useGallery((s) => s.mixer)
  const captions = useGallery((s) => s.captions)
  const [open, setOpen] = useState(false)
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.code !== 'KeyM' || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return
      galleryStore.getState().toggleMute()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
  if (mode !== 'walk') return null
  const set = galleryStore.getState().setMixer
  const slider = (key: 'master' | 'music' | 'voice') => (
    <label className={s.slider}>
      <span>{t(`sound.${key}`)}</span>
      <input type="range" min={0} max={1} step={0.05} value={mixer[key]} onChange={(e) => set({ [key]: Number(e.target.value) })} />
    </label>
  )
  return (
    <div className={`${p.corner} ${s.sound}`}>
      <button type="button" className={p.button} aria-expanded={open} aria-controls="vm-sound-panel" title={t('sound.openLong')} onClick={() => setOpen(!open)}>
        {mixer.muted ? `🔇 ${t('sound.muted')}` : t('sound.open')}
      </button>
      {open && (
        <div id="vm-sound-panel" className={`${p.cornerPopup} ${p.panel}`} role="group" aria-label={t('sound.heading')}>
          {audioEngine()?.state().context === 'unavailable' && <p>{t('sound.noAudio')}</p>}
          {slider('master')}
          {slider('music')}
          {slider('voice')}
          <label className={s.check}>
            <input type="checkbox" checked={mixer.muted} onChange={() => galleryStore.getState().toggleMute()} /> {t('sound.mute')}
          </label>
          <label className={s.check}>
            <input type="checkbox" checked={captions} onChange={(e) => galleryStore.getState().setCaptions(e.target.checked)} /> {t('sound.captions')}
          </label>
          <TextSizeSetting />
          <SaveOffline />
        </div>
      )}
    </div>
  )
}
