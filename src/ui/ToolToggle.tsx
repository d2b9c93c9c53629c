import type { ReactNode, Ref } from 'react'
import p from './primitives'
import h from './Hud.module.css'

export interface ToolToggleProps {
  ref?: Ref<HTMLButtonElement>
  /** Whether what it opens is open. */
  open: boolean
  /** The id of what it opens. */
  controls: string
  title: string
  onClick: () => void
  children: ReactNode
}

/**
 * A HUD button that opens and closes a panel of its own (Help on wide screens, the phone menu),
 * saying so to screen readers with aria-expanded.
 *
 * ```tsx
 * <ToolToggle ref={button} open={open} controls={id} title={t('hud.helpLong')} onClick={toggle}>{t('hud.help')}</ToolToggle>
 * ```
 */
export function ToolToggle({ ref, open, controls, title, onClick, children }: ToolToggleProps) {
  return (
    <button ref={ref} type="button" className={`${p.button} ${p.buttonSmall} ${h.tool}`} aria-expanded={open} aria-controls={controls} title={title} onClick={onClick}>
      {children}
    </button>
  )
}
