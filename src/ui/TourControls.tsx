import { useState } from 'react'
import { localize, useLanguage, useT } from '../i18n'
import { useGalleryFields } from '../store/useGallery'
import { closeTour, dispatch, startTour } from '../navigation/tourHost'
import { TourList } from './TourList'
import { useCompactLayout } from './useCompactLayout'
import p from './primitives'
import s from './TourControls.module.css'

/**
 * Guided tours while walking: a "Tours" button opening the list of tours (on phones the list is
 * in the HUD's menu instead), and, during a tour, a bar with the stop count and pause /
 * previous / next / leave (or "return to the tour" after the visitor walked away). On phones
 * the bar is one row under the HUD's bar, its buttons icons named for screen readers.
 *
 * ```tsx
 * <TourControls />
 * ```
 */
export function TourControls() {
  const t = useT()
  const language = useLanguage()
  const { mode, manifest, tour } = useGalleryFields('mode', 'manifest', 'tour')
  const compact = useCompactLayout()
  const [open, setOpen] = useState(false)
  if (mode !== 'walk' || !manifest || manifest.tours.length === 0) return null
  if (!tour) {
    if (compact) return null
    return (
      <div className={p.corner}>
        <button type="button" className={p.button} aria-expanded={open} aria-controls="vm-tour-list" title={t('tours.openLong')} onClick={() => setOpen(!open)}>
          {t('tours.open')}
        </button>
        {open && (
          <TourList
            id="vm-tour-list"
            className={`${p.cornerPopup} ${p.panel}`}
            onChoose={(id) => {
              setOpen(false)
              startTour(id)
            }}
          />
        )}
      </div>
    )
  }
  const title = localize(manifest.tours.find((tr) => tr.id === tour.id)?.title, language)
  const paused = tour.phase === 'paused'
  const status =
    tour.phase === 'travelling' ? t('tours.travelling') : tour.phase === 'away' ? t('tours.away') : tour.phase === 'finished' ? t('tours.finished') : null
  // One button: its visible text on wide screens, an icon (and the same text as its name) on phones.
  const button = (label: string, icon: string, onClick: () => void, disabled = false) =>
    compact ? (
      <button type="button" className={`${p.iconButton} ${s.icon}`} aria-label={label} onClick={onClick} disabled={disabled}>
        <span aria-hidden="true">{icon}</span>
      </button>
    ) : (
      <button type="button" className={p.button} onClick={onClick} disabled={disabled}>
        {label}
      </button>
    )
  const leave =
    tour.phase === 'finished'
      ? button(t('tours.close'), '×', closeTour)
      : button(t('tours.leave'), '×', () => dispatch({ type: 'leave' }))
  return (
    <section className={compact ? `${s.bar} ${s.compact} ${p.panel}` : `${s.bar} ${p.panel}`} aria-label={title} data-part="tour-bar">
      <p className={s.title}>
        <strong>{title}</strong> · <span>{t('tours.stopOf', { index: tour.index + 1, total: tour.stops })}</span>
      </p>
      {status && <p className={s.status}>{status}</p>}
      <div className={s.buttons}>
        {tour.phase === 'away' ? (
          // Words, not an icon: "return" has no icon a pupil would read the same way.
          <button type="button" className={p.button} onClick={() => dispatch({ type: 'returnToTour' })}>
            {t('tours.returnTo')}
          </button>
        ) : tour.phase !== 'finished' ? (
          <>
            {button(t('tours.previous'), '‹', () => dispatch({ type: 'previous' }), tour.index === 0)}
            {button(paused ? t('tours.resume') : t('tours.pause'), paused ? '▶' : '❚❚', () => dispatch({ type: paused ? 'resume' : 'pause' }))}
            {button(t('tours.next'), '›', () => dispatch({ type: 'next' }))}
          </>
        ) : null}
        {leave}
      </div>
    </section>
  )
}
