/**
 * The one line breaker for every text the gallery sets itself (wall labels and panels drawn on
 * canvases, floor-plan titles, the artwork built in tools/art): greedy, to a width measured by
 * the caller. Latin and Cyrillic break at spaces; Chinese and Japanese between any two characters,
 * and no line starts with closing punctuation. Characters are read as graphemes (Intl.Segmenter),
 * so a character made of several code points is never split.
 */

/** Characters a line may break before and after: ideographs, kana, CJK symbols and fullwidth forms. */
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u
/** Closing punctuation stays with what it closes: it never starts a line. */
const CLOSING = /^[、。，．：；！？）」』】〉》,.;:!?)]$/u
/** With `hang`, closing CJK punctuation at a line's end may stand past the edge. */
const HANGING = /[\u3000-\u303f\uff0c\uff1a\uff1b\uff01\uff1f]+$/

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** Break opportunities: a word with the spaces after it, or one CJK character with its closing punctuation. */
export function lineTokens(paragraph: string): string[] {
  const tokens: string[] = []
  let token = ''
  let kind = 'space' as 'word' | 'cjk' | 'space'
  const start = (segment: string, next: typeof kind) => {
    if (token) tokens.push(token)
    token = segment
    kind = next
  }
  for (const { segment } of graphemes.segment(paragraph)) {
    if (/^\s+$/.test(segment)) {
      token += segment
      kind = 'space'
    } else if (kind !== 'space' && CLOSING.test(segment)) token += segment
    else if (CJK.test(segment)) start(segment, 'cjk')
    else if (kind === 'word') token += segment
    else start(segment, 'word')
  }
  if (token) tokens.push(token)
  return tokens
}

/**
 * Breaks `text` into lines no wider than `maxWidth` as `measure` reckons it; every `\n` starts a
 * new paragraph (an empty one is an empty line). A single token wider than the line stands alone.
 */
export function wrapLines(text: string, maxWidth: number, measure: (text: string) => number, options: { hang?: boolean } = {}): string[] {
  const width = (line: string) => measure(options.hang ? line.trimEnd().replace(HANGING, '') : line.trimEnd())
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const token of lineTokens(paragraph)) {
      const candidate = line + token
      if (line.trim() !== '' && width(candidate) > maxWidth) {
        lines.push(line.trimEnd())
        line = token.trimStart()
      } else line = candidate
    }
    lines.push(line.trimEnd())
  }
  return lines
}
