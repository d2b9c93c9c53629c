import { useEffect, useState } from 'react'
import { localize, useLanguage, useT } from '../i18n'
import { useGallery, useGalleryFields } from '../store/useGallery'
import { galleryStore } from '../store/galleryStore'
import { LanguageSwitcher } from './LanguageSwitcher'
import { LiveButtons } from './live/LiveButtons'
import { EnterVRButton } from '../xr/EnterVRButton'
import { captionShown } from './captionShown'
import { HudHelp } from './HudHelp'
import { HudMenu } from './HudMenu'
import { RoomCard } from './RoomCard'
import { TouchStick } from './TouchStick'
import { useCompactLayout } from './useCompactLayout'
import { useInputKind } from './useInputKind'
import { WidestLabel } from './WidestLabel'
import p from './primitives'
import s from './Hud.module.css'

export { ROOM_CARD_MS } from './RoomCard'

/**
 * The compact overlay while walking. A bar along the top: the current room's title, and the
 * floor plan button (also the P key) with, on wide screens, language, help and the live class,
 * or on phones one menu that holds them with the tours and sound (`HudMenu`). Below it the room
 * card that shows on entering a room. At the bottom a hint that names the artifact under the
 * pointer, in the band it shares with captions, and on touch screens the walking stick. Room
 * changes are announced through a polite live region, which stays mounted in every mode so the
 * first announcement is not lost.
 *
 * ```tsx
 * <Hud />
 * ```
 */
export function Hud() {
  const t = useT()
  const language = useLanguage()
  const { mode, roomId, manifest, hovered, mapOpen } = useGalleryFields('mode', 'roomId', 'manifest', 'hovered', 'mapOpen')
  const captionUp = useGallery(captionShown)
  const compact = useCompactLayout()
  const touch = useInputKind() === 'touch'
  const walking = mode === 'walk'
  const [menuOpen, setMenuOpen] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  useEffect(() => {
    if (!walking || !compact) setMenuOpen(false)
  }, [walking, compact])

  const room = manifest?.rooms.find((r) => r.id === roomId)
  const hoveredArtifact = hovered ? manifest?.artifacts.find((a) => a.id === hovered) : undefined
  const hint = hoveredArtifact
    ? t(touch ? 'hud.hoveredTouch' : 'hud.hovered', { title: localize(hoveredArtifact.title, language) })
    : t(touch ? 'hud.hintTouch' : 'hud.hint')
  // Phones: one band at the bottom, so the hint gives way to a caption, and to an open menu.
  const showHint = !(compact && (captionUp || menuOpen))

  return (
    <>
      {/* Always mounted: a live region must exist before its text changes to be announced. */}
      <p className={p.srOnly} role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <RoomCard walking={walking} dismissable={compact || touch} onAnnounce={setAnnouncement} />
      {walking && (
        <section className={s.hud} aria-label={t('hud.toolbar')}>
          <div className={s.top}>
            {room && (
              <div className={`${s.room} ${p.plate}`} data-part="room-plate">
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
                onClick={() => {
                  setMenuOpen(false)
                  galleryStore.getState().setMapOpen(!mapOpen)
                }}
              >
                {compact ? <WidestLabel k="hud.map" /> : t('hud.map')} <kbd aria-hidden="true">P</kbd>
              </button>
              {compact ? (
                <HudMenu open={menuOpen} onOpenChange={setMenuOpen} />
              ) : (
                <>
                  <LiveButtons variant="hud" />
                  <LanguageSwitcher compact />
                  <EnterVRButton variant="hud" className={`${p.button} ${p.buttonSmall} ${s.tool}`} />
                  <HudHelp />
                </>
              )}
            </div>
          </div>
          {/* Not under the open menu or plan (the plan dialog is modal: the stick would only peek out below it). */}
          {touch && !menuOpen && !mapOpen && <TouchStick />}
          {showHint && (
            <p className={hoveredArtifact ? `${s.hint} ${p.plate} ${s.isHovered}` : `${s.hint} ${p.plate}`} data-part="hint">
              {hint}
            </p>
          )}
        </section>
      )}
    </>
  )
}
