/**
 * The visitor's text size: the interface is set in rem, so scaling the root font size enlarges
 * panels, captions, labels and the text museum together. Remembered in this browser.
 */
export const TEXT_SIZES = [1, 1.25, 1.5] as const
export type TextSize = (typeof TEXT_SIZES)[number]

const KEY = 'vm-text-size'

export function readTextSize(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): TextSize {
  const stored = Number(storage?.getItem(KEY))
  return (TEXT_SIZES as readonly number[]).includes(stored) ? (stored as TextSize) : 1
}

export function applyTextSize(size: TextSize, persist = true): void {
  document.documentElement.style.fontSize = size === 1 ? '' : `${size * 100}%`
  if (persist) {
    try {
      localStorage.setItem(KEY, String(size))
    } catch {
      // Private mode without storage: the size holds for this page only.
    }
  }
}
