import { useT } from '../i18n'
import s from './ControlsHelp.module.css'

export interface ControlsHelpProps {
  /** Id for the list, so a button can point at it with aria-controls. */
  id?: string
}

/**
 * The short "how to move" list shown on the start screen and behind the HUD's help button:
 * keys and gestures on the left, what they do on the right. Keyboard rows are hidden on
 * touch-only devices.
 *
 * ```tsx
 * <ControlsHelp />
 * ```
 */
export function ControlsHelp({ id }: ControlsHelpProps) {
  const t = useT()
  const rows: Array<[string, string, boolean]> = [
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
