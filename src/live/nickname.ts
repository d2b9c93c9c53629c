/**
 * Pupils' nicknames: tidied (`normalizeNickname`) and filtered (`nicknameProblem`) the same way
 * in the browser (instant feedback) and on the server (which decides). English words come from
 * `obscenity`'s dataset, with its transformers for leetspeak and look-alikes; Chinese and
 * Russian roots from `blocklist.json`.
 */
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity'
import blocklist from './blocklist.json'
import { NICKNAME_MAX } from './protocol'

/** Unicode NFKC, no control/format/private characters, one space between words, at most NICKNAME_MAX characters. */
export function normalizeNickname(raw: string): string {
  const cleaned = raw
    .normalize('NFKC')
    .replace(/[\t\n\r\v\f\u2028\u2029]/g, ' ')
    // Controls, format characters (bidi overrides, zero-width joiners), private use, unassigned.
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}]/gu, '')
    // Only letters, marks, digits, spaces and a little punctuation a name may have.
    .replace(/[^\p{L}\p{M}\p{N}\s'’.\-_]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
  return Array.from(cleaned).slice(0, NICKNAME_MAX).join('').trim()
}

let english: RegExpMatcher | null = null
function englishMatcher(): RegExpMatcher {
  english ??= new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers })
  return english
}

/** Latin look-alikes of Cyrillic letters, so "xуй" typed with a Latin x is still caught. */
const TO_CYRILLIC: Record<string, string> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у', u: 'и', '3': 'з', '6': 'б', '0': 'о',
}

function russianForm(text: string): string {
  return Array.from(text.toLowerCase().replace(/ё/g, 'е'), (ch) => TO_CYRILLIC[ch] ?? ch).join('')
}

const ruRoots = blocklist.ru.roots.map((r) => r.replace(/ё/g, 'е'))
const ruWordStart = blocklist.ru.wordStart.map((r) => r.replace(/ё/g, 'е'))

function russianHit(text: string): boolean {
  const form = russianForm(text)
  const squeezed = form.replace(/[\s'’.\-_]/g, '')
  if (ruRoots.some((root) => squeezed.includes(root))) return true
  const words = form.split(/[\s'’.\-_]+/)
  return words.some((w) => ruWordStart.some((root) => w.startsWith(root)))
}

function chineseHit(text: string): boolean {
  const squeezed = text.replace(/[\s\p{P}\p{N}a-zA-Z]/gu, '')
  return blocklist.zh.roots.some((root) => squeezed.includes(root))
}

/** "b i t c h" -> "bitch": runs of single letters spelled apart are read as one word. */
function joinSpelledOut(text: string): string {
  const tokens = text.split(/[\s'’.\-_]+/u).filter((t) => t.length > 0)
  const out: string[] = []
  let run = ''
  for (const t of tokens) {
    if (Array.from(t).length === 1) run += t
    else {
      if (run) out.push(run)
      run = ''
      out.push(t)
    }
  }
  if (run) out.push(run)
  return out.join(' ')
}

export type NicknameProblem = 'empty' | 'blocked'

/** Why a normalized nickname may not be used, or null when it may. */
export function nicknameProblem(nickname: string): NicknameProblem | null {
  if (nickname.length === 0 || !/[\p{L}\p{N}]/u.test(nickname)) return 'empty'
  for (const form of new Set([nickname, joinSpelledOut(nickname)])) {
    if (englishMatcher().hasMatch(form) || russianHit(form) || chineseHit(form)) return 'blocked'
  }
  return null
}

/** The key two nicknames share when they are "the same" (a removed pupil's name is refused again). */
export function nicknameKey(nickname: string): string {
  return russianForm(normalizeNickname(nickname)).replace(/[\s'’.\-_]/g, '')
}
