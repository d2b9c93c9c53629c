import { useCallback, useId, useRef, useState } from 'react'
import { useT } from '../i18n'
import { ControlsHelp } from './ControlsHelp'
import p from './primitives'
import { ToolToggle } from './ToolToggle'
import { usePopup } from './usePopup'
import s from './HudHelp.module.css'

/**
 * The HUD's Help button on wide screens and the "how to move" panel it opens under the tools
 * (Esc or × closes it, and focus returns to the button). Phones find the same list in the menu.
 *
 * ```tsx
 * <HudHelp />
 * ```
 */
export function HudHelp() {
  const t = useT()
  const [open, setOpen] = useState(false)
  const id = useId()
  const button = useRef<HTMLButtonElement>(null)
  const close = useCallback(() => setOpen(false), [])
  usePopup(open, close, button)
  return (
    <>
      <ToolToggle ref={button} open={open} controls={id} title={t('hud.helpLong')} onClick={() => setOpen((o) => !o)}>
        {t('hud.help')}
      </ToolToggle>
      {open && (
        <div className={`${s.help} ${p.panel}`} id={id} role="region" aria-labelledby={`${id}-title`}>
          <div className={p.dialogHead}>
            <h2 id={`${id}-title`} className={p.smallHeading}>
              {t('controls.heading')}
            </h2>
            <button
              type="button"
              className={p.iconButton}
              aria-label={t('hud.closeHelp')}
              onClick={() => {
                setOpen(false)
                button.current?.focus()
              }}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
          <ControlsHelp />
        </div>
      )}
    </>
  )
}
