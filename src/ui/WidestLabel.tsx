import type { ParseKeys } from 'i18next'
import { htmlLang, i18n, UI_LANGUAGES, useT } from '../i18n'
import s from './WidestLabel.module.css'

export interface WidestLabelProps {
  /** The interface string to show, in the visitor's language. */
  k: ParseKeys
}

/**
 * A control's label that takes the width of its longest translation: the other languages' words
 * sit invisibly in the same grid cell, so switching language never re-flows a bar that was
 * designed to fit (the HUD's compact bar, the menu's rows). Screen readers hear only the
 * visitor's language.
 *
 * ```tsx
 * <button><WidestLabel k="hud.map" /></button>
 * ```
 */
export function WidestLabel({ k }: WidestLabelProps) {
  const t = useT()
  const shown = t(k)
  const others = UI_LANGUAGES.map((lng) => ({ lng, text: i18n.t(k, { lng }) })).filter((o) => o.text !== shown)
  return (
    <span className={s.stack}>
      <span>{shown}</span>
      {others.map((o) => (
        <span key={o.lng} className={s.ghost} lang={htmlLang(o.lng)} aria-hidden="true">
          {o.text}
        </span>
      ))}
    </span>
  )
}
