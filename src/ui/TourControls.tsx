import { useState } from 'react'
import { localize, useLanguage, useT } from '../i18n'
import { useGallery } from '../store/useGallery'
import { closeTour, dispatch, startTour } from '../navigation/tourHost'
import p from './primitives.module.css'
import s from './TourControls.module.css'

/**
 * Guided tours while walking: a "Tours" button opening the list of tours, and, during a tour,
 * a compact bar with the stop count and pause / previous / next / leave (or "return to the
 * tour" after the visitor walked away).
 *
 * ```tsx
 * <TourControls />
 * ```
 */
export function TourControls() {
  const t = useT()
  const language = useLanguage()
  const mode = useGallery((s) => s.mode)
  const manifest = useGallery((s) => s.manifest)
  const tour = useGallery((s) => s.tour)
  const [open, setOpen] = useState(false)
  if (mode !== 'walk' || !manifest || manifest.tours.length === 0) return null
  if (!tour) {
    return (
      <div className={`${p.corner} ${s.tours}`}>
        <button type="button" className={p.button} aria-expanded={open} aria-controls="vm-tour-list" title={t('tours.openLong')} onClick={() => setOpen(!open)}>
          {t('tours.open')}
        </button>
        {open && (
          <ul id="vm-tour-list" className={`${p.cornerPopup} ${p.panel}`} aria-label={t('tours.heading')}>
            {manifest.tours.map((tr) => (
              <li key={tr.id}>
                <button
                  type="button"
                  className={s.choice}
                  onClick={() => {
                    setOpen(false)
                    startTour(tr.id)
                  }}
                >
                  <strong>{localize(tr.title, language)}</strong>
                  <span>
                    {t('tours.minutes', { count: tr.minutes })} · {t('tours.stops', { count: tr.stops.length })}
                  </span>
                  <span className={s.desc}>{localize(tr.description, language)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    )
  }
  const title = localize(manifest.tours.find((tr) => tr.id === tour.id)?.title, language)
  const paused = tour.phase === 'paused'
  return (
    <section className={`${s.bar} ${p.panel}`} aria-label={title}>
      <p className={s.title}>
        <strong>{title}</strong> · <span>{t('tours.stopOf', { index: tour.index + 1, total: tour.stops })}</span>
      </p>
      {tour.phase === 'travelling' && <p className={s.status}>{t('tours.travelling')}</p>}
      {tour.phase === 'away' && <p className={s.status}>{t('tours.away')}</p>}
      {tour.phase === 'finished' && <p className={s.status}>{t('tours.finished')}</p>}
      <div className={s.buttons}>
        {tour.phase === 'away' ? (
          <button type="button" className={p.button} onClick={() => dispatch({ type: 'returnToTour' })}>
            {t('tours.returnTo')}
          </button>
        ) : tour.phase !== 'finished' ? (
          <>
            <button type="button" className={p.button} onClick={() => dispatch({ type: 'previous' })} disabled={tour.index === 0}>
              {t('tours.previous')}
            </button>
            <button type="button" className={p.button} onClick={() => dispatch({ type: paused ? 'resume' : 'pause' })}>
              {paused ? t('tours.resume') : t('tours.pause')}
            </button>
            <button type="button" className={p.button} onClick={() => dispatch({ type: 'next' })}>
              {t('tours.next')}
            </button>
          </>
        ) : null}
        <button
          type="button"
          className={p.button}
          onClick={() => (tour.phase === 'finished' ? closeTour() : dispatch({ type: 'leave' }))}
        >
          {tour.phase === 'finished' ? t('tours.close') : t('tours.leave')}
        </button>
      </div>
    </section>
  )
}
