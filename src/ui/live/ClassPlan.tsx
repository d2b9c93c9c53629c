import { useEffect, useRef } from 'react'
import { useT } from '../../i18n'
import { runtime } from '../../store/runtime'
import { useGallery } from '../../store/useGallery'
import { markerTransform } from '../mapMarker'
import styles from './live.module.css'

/**
 * The teacher's floor plan of the class: the rooms, a red arrow for the teacher and a dot for
 * every pupil at their last streamed place, redrawn every animation frame from `runtime`.
 *
 * ```tsx
 * <ClassPlan />
 * ```
 */
export function ClassPlan() {
  const t = useT()
  const layout = useGallery((s) => s.layout)
  const dots = useRef<SVGGElement>(null)
  const me = useRef<SVGGElement>(null)
  useEffect(() => {
    let frame = 0
    const draw = () => {
      me.current?.setAttribute('transform', markerTransform(runtime.position[0], runtime.position[2], runtime.yaw))
      const g = dots.current
      if (g) {
        const members = [...runtime.live.members.entries()]
        while (g.childElementCount > members.length) g.lastElementChild!.remove()
        while (g.childElementCount < members.length) {
          const c = document.createElementNS('http://www.w3.org/2000/svg', 'circle')
          c.setAttribute('r', '0.45')
          c.setAttribute('fill', '#2f5d8a')
          c.setAttribute('stroke', '#f1e8d5')
          c.setAttribute('stroke-width', '0.12')
          g.appendChild(c)
        }
        members.forEach(([id, pose], i) => {
          const c = g.children[i]!
          c.setAttribute('cx', pose.position[0].toFixed(2))
          c.setAttribute('cy', pose.position[1].toFixed(2))
          c.setAttribute('data-member', id)
        })
      }
      frame = requestAnimationFrame(draw)
    }
    draw()
    return () => cancelAnimationFrame(frame)
  }, [])
  if (!layout) return null
  const { min, max } = layout.bounds
  const pad = 1
  return (
    <svg className={styles.plan} viewBox={`${min[0] - pad} ${min[1] - pad} ${max[0] - min[0] + 2 * pad} ${max[1] - min[1] + 2 * pad}`} role="img" aria-label={t('live.plan')}>
      {layout.rooms.map((r) => (
        <rect key={r.id} x={r.bounds.min[0]} y={r.bounds.min[1]} width={r.bounds.max[0] - r.bounds.min[0]} height={r.bounds.max[1] - r.bounds.min[1]} fill="#efe4cc" stroke="#5a3a22" strokeWidth={0.15} />
      ))}
      <g ref={dots} />
      <g ref={me}>
        <path d="M0 -0.9 L0.6 0.6 L0 0.25 L-0.6 0.6 Z" fill="#a4161a" />
      </g>
    </svg>
  )
}
