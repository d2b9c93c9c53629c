import { localize, useLanguage, useT } from '../i18n'
import { useGallery } from '../store/useGallery'
import s from './TourControls.module.css'

export interface TourListProps {
  id?: string
  className?: string
  /** Called with the chosen tour's id. */
  onChoose: (id: string) => void
}

/**
 * The exhibition's guided tours as a list of buttons (title, length, stops, description): under
 * the Tours button on wide screens, inside the menu on phones.
 *
 * ```tsx
 * <TourList onChoose={(id) => startTour(id)} />
 * ```
 */
export function TourList({ id, className, onChoose }: TourListProps) {
  const t = useT()
  const language = useLanguage()
  const tours = useGallery((s) => s.manifest?.tours ?? [])
  return (
    <ul id={id} className={className ? `${s.list} ${className}` : s.list} aria-label={t('tours.heading')}>
      {tours.map((tr) => (
        <li key={tr.id}>
          <button type="button" className={s.choice} onClick={() => onChoose(tr.id)}>
            <strong>{localize(tr.title, language)}</strong>
            <span>
              {t('tours.minutes', { count: tr.minutes })} · {t('tours.stops', { count: tr.stops.length })}
            </span>
            <span className={s.desc}>{localize(tr.description, language)}</span>
          </button>
        </li>
      ))}
    </ul>
  )
}
