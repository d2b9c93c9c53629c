import { useEffect, useId, useRef, useState } from 'react'
import { localize, useLanguage, useT } from '../i18n'
import { useGallery } from '../store/store'
import { runtime } from '../store/runtime'
import { ControlsHelp } from './ControlsHelp'
import { LanguageSwitcher } from './LanguageSwitcher'
import { EnterVRButton } from '../xr/EnterVRButton'

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
      <p className="vm-sr-only" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {walking && (
        <section className="vm-hud" aria-label={t('hud.toolbar')}>
          {room && (
            <div className="vm-hud-room vm-plate">
              <span className="vm-sr-only">{t('hud.currentRoom')}: </span>
              <span className="vm-hud-room-title">{localize(room.title, language)}</span>
            </div>
          )}
          <div className="vm-hud-tools">
            <button
              type="button"
              className="vm-button vm-button-small"
              aria-haspopup="dialog"
              aria-expanded={mapOpen}
              title={t('hud.mapLong')}
              onClick={() => useGallery.getState().setMapOpen(!mapOpen)}
            >
              {t('hud.map')} <kbd aria-hidden="true">P</kbd>
            </button>
            <LanguageSwitcher compact />
            <EnterVRButton variant="hud" />
            <button
              ref={helpButton}
              type="button"
              className="vm-button vm-button-small"
              aria-expanded={helpOpen}
              aria-controls={helpId}
              title={t('hud.helpLong')}
              onClick={() => setHelpOpen((open) => !open)}
            >
              {t('hud.help')}
            </button>
          </div>
          {helpOpen && (
            <div className="vm-help vm-panel" id={helpId} role="region" aria-labelledby={`${helpId}-title`}>
              <div className="vm-help-head">
                <h2 id={`${helpId}-title`} className="vm-small-heading">
                  {t('controls.heading')}
                </h2>
                <button
                  type="button"
                  className="vm-icon-button"
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
          <div className={card?.shown && cardRoom ? 'vm-room-card is-shown' : 'vm-room-card'} aria-hidden="true">
            {cardRoom && (
              <>
                <p className="vm-room-card-title">{localize(cardRoom.title, language)}</p>
                {cardRoom.subtitle && <p className="vm-room-card-subtitle">{localize(cardRoom.subtitle, language)}</p>}
                <div className="vm-rule" />
                <p className="vm-room-card-intro">{localize(cardRoom.intro, language)}</p>
              </>
            )}
          </div>
          <p className={hoveredArtifact ? 'vm-hint vm-plate is-hovered' : 'vm-hint vm-plate'}>
            {hoveredArtifact ? t('hud.hovered', { title: localize(hoveredArtifact.title, language) }) : t('hud.hint')}
          </p>
        </section>
      )}
    </>
  )
}
