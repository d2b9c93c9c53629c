/**
 * A brief fade to the room colour around a teleport: moving the camera in one frame reads as a
 * jump and can unsettle; a 150 ms dip does not (and is the usual comfort choice for reduced motion).
 */
import { nextFrames } from '../store/runtime'

const DURATION_MS = 150

function veil(): HTMLDivElement {
  let el = document.getElementById('fade-veil') as HTMLDivElement | null
  if (!el) {
    el = document.createElement('div')
    el.id = 'fade-veil'
    el.setAttribute('aria-hidden', 'true')
    Object.assign(el.style, {
      position: 'fixed',
      inset: '0',
      background: '#1b140e',
      opacity: '0',
      pointerEvents: 'none',
      transition: `opacity ${DURATION_MS}ms ease`,
      zIndex: '5',
    })
    document.body.appendChild(el)
  }
  return el
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export async function fade(during: () => void): Promise<void> {
  const el = veil()
  el.style.opacity = '1'
  await wait(DURATION_MS)
  during()
  await nextFrames(2)
  el.style.opacity = '0'
}
