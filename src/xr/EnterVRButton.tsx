import { useEffect } from 'react'
import { useT } from '../i18n'
import { detectXRSupport, enterVR } from './support'
import { useXRAvailability } from './status'
import s from './EnterVRButton.module.css'

export interface EnterVRButtonProps {
  /** 'start': a large button beside the start screen; 'hud': a small one in the walking toolbar. */
  variant: 'start' | 'hud'
  /** Runs first, in the same click (the start screen's own "Enter": starts walking and audio). */
  onBeforeEnter?: () => void
  /** Classes for the button itself, from the interface that places it. */
  className?: string
}

/**
 * "Enter VR": shown only where the browser offers immersive VR, so desktop visitors never see it
 * (and never load the XR code). Entering keeps the visitor where they stand.
 *
 * ```tsx
 * <EnterVRButton variant="hud" className={buttonClasses} />
 * ```
 */
export function EnterVRButton({ variant, onBeforeEnter, className }: EnterVRButtonProps) {
  const t = useT()
  const { supported, entering, failed } = useXRAvailability()
  useEffect(() => {
    void detectXRSupport()
  }, [])
  if (!supported) return null
  const button = (
    <button
      type="button"
      className={className}
      title={t('xr.enterLong')}
      disabled={entering}
      onClick={() => {
        onBeforeEnter?.()
        enterVR().catch((error: unknown) => console.error('Enter VR failed:', error))
      }}
    >
      {entering ? t('xr.entering') : t('xr.enter')}
    </button>
  )
  const status = (
    <span className={failed ? s.failed : s.quiet} role="status">
      {failed ? t('xr.failed') : ''}
    </span>
  )
  return variant === 'start' ? (
    <div className={s.start}>
      {button}
      {status}
    </div>
  ) : (
    <>
      {button}
      {status}
    </>
  )
}
