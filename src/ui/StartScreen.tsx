import { useEffect, useRef, useSyncExternalStore } from 'react'
import { loadShare, onLoads } from '../store/assetLoads'
import { localize, pickLocalized, useLanguage, useT } from '../i18n'
import { useGallery } from '../store/useGallery'
import { ControlsHelp } from './ControlsHelp'
import { LanguageSwitcher } from './LanguageSwitcher'
import { LiveButtons } from './live/LiveButtons'
import { SaveOffline } from './offline/SaveOffline'
import p from './primitives'
import s from './StartScreen.module.css'

export interface StartScreenProps {
  /** Called when the visitor presses "Enter the exhibition" (the App starts walking, audio, etc.). */
  onEnter: () => void
}

/** The id of the start screen index.html paints before the scripts arrive (tools/start/). */
export const STATIC_START_ID = 'vm-start-static'

/** Whether the page's own start screen still stands in (removed by the Overlay once the app's is drawn). */
const staticStart = () => typeof document !== 'undefined' && document.getElementById(STATIC_START_ID) !== null

/**
 * How far the start is: the page's scripts are the first half (the static screen's bar, start.js),
 * the start room's assets the second. Never moves back as new loads begin.
 */
function useProgress(loading: boolean): number {
  const share = useSyncExternalStore(onLoads, loadShare, () => 0)
  const shown = useRef(0)
  if (loading) shown.current = Math.max(shown.current, 0.5 + share / 2)
  return shown.current
}

/**
 * The welcome panel over the canvas: exhibition title and subtitle, intro, a big "Enter"
 * button (focused as soon as it can be pressed), the language switcher and how to move.
 * Shown while the mode is 'loading' (the button disabled, saying "Loading…") or 'start'.
 *
 * ```tsx
 * <StartScreen onEnter={() => galleryStore.getState().setMode('walk')} />
 * ```
 */
export function StartScreen({ onEnter }: StartScreenProps) {
  const t = useT()
  const language = useLanguage()
  const mode = useGallery((s) => s.mode)
  const exhibition = useGallery((s) => s.manifest?.exhibition)
  const enter = useRef<HTMLButtonElement>(null)
  const loading = mode === 'loading'
  const shown = mode === 'start' || mode === 'loading'
  const progress = useProgress(loading && !!exhibition)

  // A disabled button cannot take focus, so focus it the moment loading ends.
  useEffect(() => {
    if (mode === 'start') enter.current?.focus({ preventScroll: true })
  }, [mode])

  if (!shown) return null
  // Until the exhibition is here the page's own start screen shows it; this one replaces it then.
  if (!exhibition && staticStart()) return null
  const title = exhibition ? pickLocalized(exhibition.title, language) : { text: t('app.name'), lang: language }
  const subtitle = exhibition?.subtitle ? pickLocalized(exhibition.subtitle, language) : null
  const intro = exhibition ? pickLocalized(exhibition.intro, language) : null
  const credits = exhibition ? localize(exhibition.credits, language) : ''

  return (
    <section className={s.start} aria-labelledby="vm-start-title">
      <div className={`${p.panel} ${s.panel}`}>
        <div className={s.top}>
          <LanguageSwitcher />
        </div>
        <h1 id="vm-start-title" className={p.displayTitle} lang={title.lang !== language ? title.lang : undefined}>
          {title.text}
        </h1>
        {subtitle && (
          <p className={s.subtitle} lang={subtitle.lang !== language ? subtitle.lang : undefined}>
            {subtitle.text}
          </p>
        )}
        <div className={p.rule} aria-hidden="true" />
        {intro && (
          <p className={s.intro} lang={intro.lang !== language ? intro.lang : undefined}>
            {intro.text}
          </p>
        )}
        <button
          ref={enter}
          type="button"
          className={`${p.button} ${p.buttonPrimary} ${s.enter}`}
          disabled={loading}
          autoFocus
          onClick={onEnter}
        >
          {loading ? t('start.loading') : t('start.enter')}
          {loading && <span className={s.progress} data-part="start-progress" aria-hidden="true" style={{ transform: `scaleX(${progress.toFixed(3)})` }} />}
        </button>
        <p className={p.srOnly} role="status">
          {loading ? t('start.loadingStatus') : ''}
        </p>
        {!loading && <LiveButtons variant="start" onEnter={onEnter} />}
        <section className={s.help} aria-labelledby="vm-start-help-title">
          <h2 id="vm-start-help-title" className={p.smallHeading}>
            {t('controls.heading')}
          </h2>
          <ControlsHelp />
        </section>
        <SaveOffline />
        {credits && (
          <p className={`${p.credit} ${s.credit}`}>
            <span className={p.creditLabel}>{t('start.credits')}: </span>
            {credits}
          </p>
        )}
      </div>
    </section>
  )
}
