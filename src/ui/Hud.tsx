import { useEffect, useId, useRef, useState } from 'react'
import { localize, useLanguage, useT } from '../i18n'
import { useGallery } from '../store/useGallery'
import { galleryStore } from '../store/galleryStore'
import { runtime } from '../store/runtime'
import { ControlsHelp } from './ControlsHelp'
import { LanguageSwitcher } from './LanguageSwitcher'
import { LiveButtons } from './live/LiveButtons'
import { EnterVRButton } from '../xr/EnterVRButton'
import p from './primitives.module.css'
import s from './Hud.module.css'

/** How long the room title card stays up after a room is entered. */
export const ROOM_CARD_MS = 4000

/**
 * The compact overlay while walking: the current room's title (top left), a room card with
 * title and intro that fades in on entering a room and out after ~6 s, buttons for the floor
 * plan (also the P key), language and help (top right), and a hint at the bottom that names
 * the artifact under the pointer. Room changes are announced through a polite live region,
 * which stays mounted in every mode so the first announcement is not lost.
 *
 * ```tsx
 * <Hud />
 * ```
 */
export function Hud() {
  const t = useT()
  const language = useLanguage()
  const mode = useGallery((s) => s.mode)
  const roomId = useGallery((s) => s.roomId)
  const roomEnteredAt = useGallery((s) => s.roomEnteredAt)
  const manifest = useGallery((s) => s.manifest)
  const hovered = useGallery((s) => s.hovered)
  const mapOpen = useGallery((s) => s.mapOpen)
  const walking = mode === 'walk'

  // The card (and the announcement) start with the first walk, then follow every room change.
  const [entered, setEntered] = useState(false)
  useEffect(() => {
    if (walking) setEntered(true)
  }, [walking])
  const [card, setCard] = useState<{ roomId: string; shown: boolean } | null>(null)
  useEffect(() => {
    if (!entered || !roomId) return
    // Sent to a work's close-up (goTo, a link, a tour stop): the room's wall text is there to read; no card over the work.
    if (runtime.closeUp) return setCard(null)
    setCard({ roomId, shown: true })
    const timer = window.setTimeout(() => setCard((c) => (c ? { ...c, shown: false } : c)), ROOM_CARD_MS)
    return () => window.clearTimeout(timer)
    // roomId is read when roomEnteredAt changes: the store bumps it on every room change.
  }, [roomEnteredAt, entered])

  const [helpOpen, setHelpOpen] = useState(false)
  const helpId = useId()
  const helpButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (!helpOpen) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault()
        setHelpOpen(false)
        helpButton.current?.focus()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [helpOpen])
  useEffect(() => {
    if (!walking) setHelpOpen(false)
  }, [walking])

  const room = manifest?.rooms.find((r) => r.id === roomId)
  const cardRoom = card ? manifest?.rooms.find((r) => r.id === card.roomId) : undefined
  const announcement = cardRoom
    ? `${t('hud.roomEntered', { room: localize(cardRoom.title, language) })}. ${cardRoom.subtitle ? `${localize(cardRoom.subtitle, language)}. ` : ''}${localize(cardRoom.intro, language)}`
    : ''
  const hoveredArtifact = hovered ? manifest?.artifacts.find((a) => a.id === hovered) : undefined

  return (
    <>
      {/* Always mounted: a live region must exist before its text changes to be announced. */}
      <p className={p.srOnly} role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {walking && (
        <section className={s.hud} aria-label={t('hud.toolbar')}>
          {room && (
            <div className={`${s.room} ${p.plate}`}>
              <span className={p.srOnly}>{t('hud.currentRoom')}: </span>
              <span>{localize(room.title, language)}</span>
            </div>
          )}
          <div className={s.tools}>
            <button
              type="button"
              className={`${p.button} ${p.buttonSmall} ${s.tool}`}
              aria-haspopup="dialog"
              aria-expanded={mapOpen}
              title={t('hud.mapLong')}
              onClick={() => galleryStore.getState().setMapOpen(!mapOpen)}
            >
              {t('hud.map')} <kbd aria-hidden="true">P</kbd>
            </button>
            <LiveButtons variant="hud" />
            <LanguageSwitcher compact />
            <EnterVRButton variant="hud" className={`${p.button} ${p.buttonSmall} ${s.tool}`} />
            <button
              ref={helpButton}
              type="button"
              className={`${p.button} ${p.buttonSmall} ${s.tool}`}
              aria-expanded={helpOpen}
              aria-controls={helpId}
              title={t('hud.helpLong')}
              onClick={() => setHelpOpen((open) => !open)}
            >
              {t('hud.help')}
            </button>
          </div>
          {helpOpen && (
            <div className={`${s.help} ${p.panel}`} id={helpId} role="region" aria-labelledby={`${helpId}-title`}>
              <div className={p.dialogHead}>
                <h2 id={`${helpId}-title`} className={p.smallHeading}>
                  {t('controls.heading')}
                </h2>
                <button
                  type="button"
                  className={p.iconButton}
                  aria-label={t('hud.closeHelp')}
                  onClick={() => {
                    setHelpOpen(false)
                    helpButton.current?.focus()
                  }}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </div>
              <ControlsHelp />
            </div>
          )}
          <div className={card?.shown && cardRoom ? `${s.card} ${s.isShown}` : s.card} data-part="room-card" data-shown={card?.shown && cardRoom ? '' : undefined} aria-hidden="true">
            {cardRoom && (
              <>
                <p className={s.cardTitle}>{localize(cardRoom.title, language)}</p>
                {cardRoom.subtitle && <p className={s.cardSubtitle}>{localize(cardRoom.subtitle, language)}</p>}
                <div className={`${p.rule} ${s.cardRule}`} />
                <p className={s.cardIntro}>{localize(cardRoom.intro, language)}</p>
              </>
            )}
          </div>
          <p className={hoveredArtifact ? `${s.hint} ${p.plate} ${s.isHovered}` : `${s.hint} ${p.plate}`}>
            {hoveredArtifact ? t('hud.hovered', { title: localize(hoveredArtifact.title, language) }) : t('hud.hint')}
          </p>
        </section>
      )}
    </>
  )
}
