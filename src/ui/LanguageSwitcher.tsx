import { endonym, htmlLang, replaceUrlLanguage, UI_LANGUAGES, useT, type UiLanguage } from '../i18n'
import { useGallery } from '../store/useGallery'
import { galleryStore } from '../store/galleryStore'
import p from './primitives'
import s from './LanguageSwitcher.module.css'

const SHORT: Record<string, string> = { en: 'EN', zh: '中文', ru: 'РУ' }

export interface LanguageSwitcherProps {
  /** Short labels ("EN", "中文", "РУ") for the HUD; full names ("English", "中文", "Русский") otherwise. */
  compact?: boolean
}

/**
 * Buttons for the exhibition's languages (those the manifest lists once it is loaded, else
 * English, Chinese and Russian). Choosing one sets the store's language, which switches the
 * interface and the content, and writes `?lang=` into the address without a reload.
 *
 * ```tsx
 * <LanguageSwitcher compact />
 * ```
 */
export function LanguageSwitcher({ compact = false }: LanguageSwitcherProps) {
  const t = useT()
  const language = useGallery((s) => s.language)
  const offered = useGallery((s) => s.manifest?.exhibition.languages)
  const languages: readonly string[] = offered && offered.length > 0 ? offered : UI_LANGUAGES
  if (languages.length < 2) return null

  const choose = (code: string) => {
    galleryStore.getState().setLanguage(code)
    replaceUrlLanguage(code)
  }

  return (
    <div className={compact ? `${s.lang} ${s.compact}` : s.lang} role="group" aria-label={t('language.label')}>
      {languages.map((code) => {
        const name = endonym(code)
        const label = compact ? (SHORT[code] ?? code.toUpperCase()) : name
        return (
          <button
            key={code}
            type="button"
            className={`${p.control} ${s.option}`}
            lang={htmlLang(code)}
            aria-pressed={language === code}
            aria-label={compact && label !== name ? name : undefined}
            title={(UI_LANGUAGES as readonly string[]).includes(code) ? t(`language.${code as UiLanguage}`) : name}
            onClick={() => choose(code)}
          >
            {label}
          </button>
        )
      })}
    </div>
  )
}
