import { useEffect, useRef, type PointerEvent as ReactPointerEvent } from 'react'
import { applyStick, readStick } from '../navigation/touchStick'
import s from './TouchStick.module.css'

/**
 * The walking stick of touch screens, bottom left: put a thumb on it and push up to walk, down
 * to step back, left or right to turn; let go to stop. Another finger drags the view to look
 * meanwhile. The maths is in navigation/touchStick.ts; the knob is moved in the DOM directly, so
 * a push re-renders nothing. Hidden from screen readers: the list of works, the floor plan and
 * the keys walk for them.
 *
 * ```tsx
 * {touch && <TouchStick />}
 * ```
 */
export function TouchStick() {
  const ring = useRef<HTMLDivElement>(null)
  const knob = useRef<HTMLDivElement>(null)
  const finger = useRef<number | null>(null)

  const place = (event: ReactPointerEvent<HTMLDivElement>) => {
    const box = ring.current!.getBoundingClientRect()
    const radius = box.width / 2
    const reading = readStick(event.clientX - (box.left + radius), event.clientY - (box.top + radius), radius)
    if (knob.current) knob.current.style.transform = `translate(${reading.knob[0]}px, ${reading.knob[1]}px)`
    applyStick(reading)
  }
  const release = () => {
    finger.current = null
    if (knob.current) knob.current.style.transform = ''
    ring.current?.removeAttribute('data-active')
    applyStick(null)
  }
  // Unmounted mid-push (the menu opened, the mode changed): the visitor must not walk on alone.
  useEffect(() => () => applyStick(null), [])

  return (
    <div
      ref={ring}
      className={s.stick}
      data-part="stick"
      aria-hidden="true"
      onPointerDown={(event) => {
        if (finger.current !== null) return
        finger.current = event.pointerId
        event.currentTarget.setPointerCapture(event.pointerId)
        event.currentTarget.setAttribute('data-active', '')
        place(event)
      }}
      onPointerMove={(event) => event.pointerId === finger.current && place(event)}
      onPointerUp={(event) => event.pointerId === finger.current && release()}
      onPointerCancel={(event) => event.pointerId === finger.current && release()}
      onLostPointerCapture={(event) => event.pointerId === finger.current && release()}
    >
      <span className={`${s.arrow} ${s.up}`}>▲</span>
      <span className={`${s.arrow} ${s.down}`}>▼</span>
      <span className={`${s.arrow} ${s.left}`}>◀</span>
      <span className={`${s.arrow} ${s.right}`}>▶</span>
      <div ref={knob} className={s.knob} />
    </div>
  )
}
