import { useT } from '../i18n'
import { useGallery } from '../store/useGallery'
import { galleryStore } from '../store/galleryStore'
import { audioEngine } from '../audio/audioHost'
import { SaveOffline } from './offline/SaveOffline'
import { TextSizeSetting } from './TextSizeSetting'
import s from './SoundSettings.module.css'

/**
 * What the Sound button opens (beside the room on wide screens, inside the menu on phones): the
 * mixer (master, music, voice, mute), the captions switch, the text size and saving for offline.
 *
 * ```tsx
 * <SoundPanel />
 * ```
 */
export function SoundPanel() {
  const t = useT()
  const mixer = useGallery((s) => s.mixer)
  const captions = useGallery((s) => s.captions)
  const set = galleryStore.getState().setMixer
  const slider = (key: 'master' | 'music' | 'voice') => (
    <label className={s.slider}>
      <span>{t(`sound.${key}`)}</span>
      <input type="range" min={0} max={1} step={0.05} value={mixer[key]} onChange={(e) => set({ [key]: Number(e.target.value) })} />
    </label>
  )
  return (
    <>
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
    </>
  )
}
