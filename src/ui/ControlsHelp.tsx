import { useT } from '../i18n'
import { useInputKind } from './useInputKind'
import s from './ControlsHelp.module.css'

export interface ControlsHelpProps {
  /** Id for the list, so a button can point at it with aria-controls. */
  id?: string
}

/**
 * The short "how to move" list shown on the start screen and behind the HUD's help: keys and
 * gestures on the left, what they do on the right. Touch screens get the gestures (the stick,
 * drag, tap, pinch); mice and keyboards the clicks and keys.
 *
 * ```tsx
 * <ControlsHelp />
 * ```
 */
export function ControlsHelp({ id }: ControlsHelpProps) {
  const t = useT()
  const touch = useInputKind() === 'touch'
  const rows: Array<[string, string, boolean]> = touch
    ? [
        [t('controls.stick'), t('controls.walk'), false],
        [t('controls.drag'), t('controls.look'), false],
        [t('controls.tapFloor'), t('controls.goThere'), false],
        [t('controls.tapArtifact'), t('controls.inspect'), false],
        [t('controls.pinch'), t('controls.zoom'), false],
      ]
    : [
        [t('controls.walkKeys'), t('controls.walk'), true],
        [t('controls.drag'), t('controls.look'), false],
        [t('controls.clickFloor'), t('controls.goThere'), false],
        [t('controls.clickArtifact'), t('controls.inspect'), false],
        [t('controls.mapKey'), t('controls.map'), true],
        [t('controls.escKey'), t('controls.close'), true],
      ]
  return (
    <dl className={s.controls} id={id}>
      {rows.map(([how, what, isKey]) => (
        <div className={isKey ? `${s.row} ${s.key}` : s.row} key={how}>
          <dt>{isKey ? <kbd>{how}</kbd> : how}</dt>
          <dd>{what}</dd>
        </div>
      ))}
    </dl>
  )
}
