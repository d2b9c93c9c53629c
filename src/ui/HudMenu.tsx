import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react'
import type { ParseKeys } from 'i18next'
import { useT } from '../i18n'
import { useGallery } from '../store/useGallery'
import { EnterVRButton } from '../xr/EnterVRButton'
import { ControlsHelp } from './ControlsHelp'
import { LanguageSwitcher } from './LanguageSwitcher'
import { LiveButtons } from './live/LiveButtons'
import { SoundPanel } from './SoundPanel'
import { TourList } from './TourList'
import { WidestLabel } from './WidestLabel'
import p from './primitives'
import { ToolToggle } from './ToolToggle'
import { usePopup } from './usePopup'
import s from './HudMenu.module.css'

export interface HudMenuProps {
  open: boolean
  onOpenChange: (open: boolean) => void
}

type Section = 'tours' | 'sound' | 'help'

/**
 * The phone HUD's one menu: language, guided tours, sound and captions, how to move, VR and the
 * live class, which wide screens spread along the top and bottom. A panel under the button, no
 * taller than leaves the bottom band free; one section open at a time. Esc, the button or a tap
 * anywhere else closes it.
 *
 * ```tsx
 * const [open, setOpen] = useState(false)
 * <HudMenu open={open} onOpenChange={setOpen} />
 * ```
 */
export function HudMenu({ open, onOpenChange }: HudMenuProps) {
  const t = useT()
  const id = useId()
  const button = useRef<HTMLButtonElement>(null)
  const panel = useRef<HTMLDivElement>(null)
  const [section, setSection] = useState<Section | null>(null)
  const hasTours = useGallery((s) => (s.manifest?.tours.length ?? 0) > 0 && s.tour === null)

  useEffect(() => {
    if (!open) setSection(null)
  }, [open])
  const close = useCallback(() => onOpenChange(false), [onOpenChange])
  usePopup(open, close, button, panel)

  const disclosure = (key: Section, label: ParseKeys, content: ReactNode) => (
    <div className={s.section}>
      <button
        type="button"
        className={`${p.button} ${s.row}`}
        aria-expanded={section === key}
        aria-controls={`${id}-${key}`}
        onClick={() => setSection(section === key ? null : key)}
      >
        <span>{t(label)}</span>
        <span className={s.chevron} aria-hidden="true">
          {section === key ? '▴' : '▾'}
        </span>
      </button>
      {section === key && (
        <div id={`${id}-${key}`} className={s.content}>
          {content}
        </div>
      )}
    </div>
  )

  return (
    <>
      <ToolToggle ref={button} open={open} controls={id} title={t('hud.menuLong')} onClick={() => onOpenChange(!open)}>
        <span aria-hidden="true" className={s.burger}>
          ☰
        </span>
        <WidestLabel k="hud.menu" />
      </ToolToggle>
      {open && (
        <div ref={panel} id={id} className={`${s.menu} ${p.panel}`} role="group" aria-label={t('hud.menuLong')} data-part="menu">
          <LanguageSwitcher />
          {hasTours &&
            disclosure(
              'tours',
              'tours.heading',
              <TourList
                onChoose={(tourId) => {
                  onOpenChange(false)
                  void import('../navigation/tourHost').then((m) => m.startTour(tourId))
                }}
              />,
            )}
          {disclosure('sound', 'sound.heading', <SoundPanel />)}
          {disclosure('help', 'controls.heading', <ControlsHelp />)}
          <div className={s.extra}>
            <EnterVRButton variant="hud" className={`${p.button} ${s.row}`} />
            <LiveButtons variant="hud" />
          </div>
        </div>
      )}
    </>
  )
}
