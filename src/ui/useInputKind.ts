import { useSyncExternalStore } from 'react'
import { createInputKind, type InputKind } from './inputKind'

const inputKind = typeof window !== 'undefined' ? createInputKind(window) : null

/**
 * 'touch' on phones and tablets and after a tap on any screen, else 'mouse' (see inputKind.ts).
 *
 * ```tsx
 * const touch = useInputKind() === 'touch'
 * <p>{touch ? t('hud.hintTouch') : t('hud.hint')}</p>
 * ```
 */
export function useInputKind(): InputKind {
  return useSyncExternalStore(
    (onChange) => inputKind?.subscribe(onChange) ?? (() => {}),
    () => inputKind?.get() ?? 'mouse',
    () => 'mouse',
  )
}
