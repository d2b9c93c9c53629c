/**
 * Nicknames offered to a pupil, in the pupil's language ("Brave Crane", "勇敢的仙鹤",
 * "Смелый журавль"): an adjective and an animal from the interface strings. The server's
 * normalization (protocol.ts) still checks whatever is finally sent.
 */
import { resources, type UiLanguage } from '../i18n/resources'

function words(list: string): string[] {
  return list
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean)
}

/** A generated nickname in `language` (English for languages the interface lacks); `random` in [0, 1). */
export function generateNickname(language: string, random: () => number = Math.random): string {
  const strings = (resources[language as UiLanguage] ?? resources.en).translation.live
  const adjectives = words(strings.adjectives)
  const animals = words(strings.animals)
  const pick = (list: string[]) => list[Math.min(list.length - 1, Math.floor(random() * list.length))]!
  const adjective = pick(adjectives)
  // Russian adjectives agree with the (masculine) animal names as listed; the animal is lower-cased after the adjective.
  const animal = language === 'ru' ? pick(animals).toLocaleLowerCase('ru') : pick(animals)
  return strings.nickname.replace('{{adjective}}', adjective).replace('{{animal}}', animal)
}
