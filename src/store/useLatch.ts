import { useEffect, useRef, useState } from 'react'
import type { Slot } from './slot'

/** True from the first render `value` is true on, for good: a part mounted on first use stays mounted. */
export function useLatch(value: boolean): boolean {
  const latched = useRef(false)
  if (value) latched.current = true
  return latched.current
}

/** Whether `slot` has been filled; for slots filled once and kept, as the start's readiness. */
export function useSlotFilled(slot: Slot<unknown>): boolean {
  const [filled, setFilled] = useState(() => slot.get() !== null)
  useEffect(() => {
    if (filled) return
    let live = true
    void slot.whenSet().then(() => live && setFilled(true))
    return () => {
      live = false
    }
  }, [slot, filled])
  return filled
}
