import { useState } from 'react'
import { useT } from '../i18n'
import { applyTextSize, readTextSize, TEXT_SIZES, type TextSize } from './textSize'
import styles from './TextSizeSetting.module.css'

/**
 * Three text sizes (100, 125, 150 %) for panels, captions and the text museum.
 *
 * ```tsx
 * <TextSizeSetting />
 * ```
 */
export function TextSizeSetting() {
  const t = useT()
  const [size, setSize] = useState<TextSize>(() => readTextSize())
  const choose = (next: TextSize) => {
    setSize(next)
    applyTextSize(next)
  }
  return (
    <div className={styles.sizes} role="group" aria-label={t('textSize.label')}>
      <span aria-hidden="true">{t('textSize.label')}</span>
      {TEXT_SIZES.map((s, i) => (
        <button
          key={s}
          type="button"
          className={styles.size}
          style={{ fontSize: `${0.85 + i * 0.2}rem` }}
          aria-pressed={size === s}
          aria-label={t('textSize.option', { percent: Math.round(s * 100) })}
          onClick={() => choose(s)}
        >
          A
        </button>
      ))}
    </div>
  )
}
