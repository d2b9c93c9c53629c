import { useEffect, useState } from 'react'
import { localize, useLanguage, useT } from '../i18n'
import { useGallery } from '../store/useGallery'
import { galleryStore } from '../store/galleryStore'
import { runtime } from '../store/runtime'
import { afterSeenFor } from './seenFor'
import p from './primitives'
import s from './RoomCard.module.css'

/** How long the room title card stays up after a room is entered, in time the visitor saw drawn. */
export const ROOM_CARD_MS = 4000

export interface RoomCardProps {
  /** The visitor walks (the card shows only then; it starts with the first walk). */
  walking: boolean
  /** Offer a close button (phones and touch screens, where the card covers more of the view). */
  dismissable: boolean
  /** Receives the words a screen reader should hear on entering a room. */
  onAnnounce: (text: string) => void
}

/**
 * The room's title card, fading in on entering a room and out after ROOM_CARD_MS: title,
 * subtitle and intro (on phones, under the top bar, only the title and subtitle: the intro is
 * on the room's wall and in the announcement). It stays away when the visitor was sent to a work
 * (a link, goTo, a tour stop), whose close-up it must not cover, and during a tour, whose
 * narration tells the story. Screen readers hear the room through `onAnnounce` instead.
 *
 * ```tsx
 * <RoomCard walking dismissable={false} onAnnounce={setAnnouncement} />
 * ```
 */
export function RoomCard({ walking, dismissable, onAnnounce }: RoomCardProps) {
  const t = useT()
  const language = useLanguage()
  const roomId = useGallery((s) => s.roomId)
  const roomEnteredAt = useGallery((s) => s.roomEnteredAt)
  const manifest = useGallery((s) => s.manifest)
  const touring = useGallery((s) => s.tour !== null)

  // The card (and the announcement) start with the first walk, then follow every room change.
  const [entered, setEntered] = useState(false)
  useEffect(() => {
    if (walking) setEntered(true)
  }, [walking])
  const [card, setCard] = useState<{ roomId: string; shown: boolean } | null>(null)
  useEffect(() => {
    if (!entered || !roomId) return
    const room = manifest?.rooms.find((r) => r.id === roomId)
    if (room) {
      const subtitle = room.subtitle ? `${localize(room.subtitle, language)}. ` : ''
      onAnnounce(`${t('hud.roomEntered', { room: localize(room.title, language) })}. ${subtitle}${localize(room.intro, language)}`)
    }
    // Sent to a work's close-up (goTo, a link, a tour stop): the room's wall text is there to read; no card over the work.
    if (runtime.closeUp || galleryStore.getState().tour) return setCard(null)
    setCard({ roomId, shown: true })
    return afterSeenFor(ROOM_CARD_MS, () => setCard((c) => (c ? { ...c, shown: false } : c)))
    // roomId is read when roomEnteredAt changes: the store bumps it on every room change.
  }, [roomEnteredAt, entered])
  useEffect(() => {
    if (touring) setCard(null)
  }, [touring])

  if (!walking) return null
  const room = card ? manifest?.rooms.find((r) => r.id === card.roomId) : undefined
  const shown = !!(card?.shown && room)
  return (
    <div className={shown ? `${s.card} ${s.isShown}` : s.card} data-part="room-card" data-shown={shown ? '' : undefined}>
      {room && (
        <>
          {/* The live region above says all this; the card is for the eyes. */}
          <div aria-hidden="true">
            <p className={`${p.panelTitle} ${s.title}`}>{localize(room.title, language)}</p>
            {room.subtitle && <p className={s.subtitle}>{localize(room.subtitle, language)}</p>}
            <div className={`${p.rule} ${s.rule}`} />
            <p className={s.intro}>{localize(room.intro, language)}</p>
          </div>
          {dismissable && (
            <button type="button" className={`${p.iconButton} ${s.close}`} aria-label={t('hud.closeCard')} onClick={() => setCard((c) => (c ? { ...c, shown: false } : c))}>
              <span aria-hidden="true">×</span>
            </button>
          )}
        </>
      )}
    </div>
  )
}
