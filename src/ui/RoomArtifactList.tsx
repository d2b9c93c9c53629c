import { commands } from '../navigation/commands'
import { localize, useT } from '../i18n'
import { useGallery } from '../store/useGallery'
import { galleryStore } from '../store/galleryStore'
import s from './RoomArtifactList.module.css'

/**
 * The works of the current room as a list of buttons, for keyboard and screen-reader visitors:
 * out of sight until focused, Tab moves through the works (each lit in the room as it gets
 * focus), Enter walks to the work and opens its panel.
 */
export function RoomArtifactList() {
  const t = useT()
  const mode = useGallery((s) => s.mode)
  const roomId = useGallery((s) => s.roomId)
  const manifest = useGallery((s) => s.manifest)
  const language = useGallery((s) => s.language)
  if (mode !== 'walk' || !manifest) return null
  const works = manifest.artifacts.filter((a) => a.room === roomId)
  if (works.length === 0) return null
  const open = async (id: string) => {
    await commands.goTo(id)
    galleryStore.getState().inspect(id)
  }
  return (
    <nav className={s.worklist} aria-label={t('hud.worksList')} data-part="room-works">
      <p className={s.hint}>{t('hud.worksListHint')}</p>
      <ul aria-label={t('hud.worksList')}>
        {works.map((a) => (
          <li key={a.id}>
            <button
              type="button"
              onFocus={() => galleryStore.getState().setHovered(a.id)}
              onBlur={() => galleryStore.getState().hovered === a.id && galleryStore.getState().setHovered(null)}
              onClick={() => void open(a.id)}
            >
              {localize(a.title, language)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}
