import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dateAgreement, exhibitionMadeDeclared, loadedTerms, madeForExhibition, missingAltText, numberParity, numbersIn, yearsIn, type LoadedTerm } from '../../../tools/content-rules'
import { shippedManifest } from '../fixtures/shipped'

const shipped = shippedManifest

describe('alt text', () => {
  it('is present for every image in every language of the shipped exhibition', () => {
    expect(missingAltText(shipped())).toEqual([])
  })

  it('reports a work whose image lacks alt text in one language, with its path', () => {
    const m = shipped()
    const i = m.artifacts.findIndex((a) => a.assets.image)
    m.artifacts[i]!.alt = { en: 'A poster.', zh: '一张宣传画。' }
    expect(missingAltText(m)).toEqual([{ path: `$.artifacts[${i}].alt`, message: 'image has no alt text in ru' }])
  })

  it('does not ask a model-only work for alt text', () => {
    const m = shipped()
    const i = m.artifacts.findIndex((a) => !a.assets.image)
    delete m.artifacts[i]!.alt
    expect(missingAltText(m)).toEqual([])
  })
})

const TERMS: LoadedTerm[] = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../content/loaded-terms.json'), 'utf8')).terms

describe('numbers in every language', () => {
  it('reads separators, months, millions and Roman centuries as the same numbers', () => {
    expect([...numbersIn('1,390 on 14 February 1950, 300 million')].sort()).toEqual(['1390', '14', '1950', '2', '300000000'].sort())
    expect([...numbersIn('1950年2月14日，1390人，3亿美元')].sort()).toEqual(['1390', '14', '1950', '2', '300000000'].sort())
    expect([...numbersIn('14 февраля 1950 года, 1 390 человек, 300 миллионов, XVIII век')].sort()).toEqual(['1390', '14', '18', '1950', '2', '300000000'].sort())
    expect([...numbersIn('3D model, 三维模型')]).toEqual([])
  })

  it('agree in the shipped exhibition', () => {
    expect(numberParity(shipped())).toEqual([])
  })

  it('report a changed figure and an omitted year, with their paths', () => {
    const m = shipped()
    m.rooms[5]!.intro.zh = m.rooms[5]!.intro.zh!.replace('1390', '1400')
    m.exhibition.intro.ru = m.exhibition.intro.ru!.replace('В октябре 1949 года', 'Осенью')
    const problems = numberParity(m)
    expect(problems).toContainEqual({ path: '$.rooms[5].intro.zh', message: 'lacks 1390 that the English names' })
    expect(problems).toContainEqual({ path: '$.rooms[5].intro.zh', message: 'names 1400 that the English does not' })
    expect(problems.map((p) => p.path)).toContain('$.exhibition.intro.ru')
    expect(problems).toHaveLength(3)
  })
})

describe('dates agree with labels and descriptions', () => {
  it('read decades in three languages', () => {
    expect(yearsIn('Poster, 1950s')).toEqual([[1950, 1959]])
    expect(yearsIn('1950年代')).toEqual([[1950, 1959]])
    expect(yearsIn('в 1950-х годах и в 1960-е')).toEqual([[1950, 1959], [1960, 1969]])
    expect(yearsIn('Model, 1:20')).toEqual([])
  })

  it('hold in the shipped exhibition', () => {
    expect(dateAgreement(shipped())).toEqual([])
  })

  it('report a label that gives another year than the date, and a description with no year in range', () => {
    const m = shipped()
    const i = m.artifacts.findIndex((a) => a.id === 'treaty-1950-poster')
    m.artifacts[i]!.date = { start: '1953', approximate: false }
    const problems = dateAgreement(m).filter((p) => p.path.startsWith(`$.artifacts[${i}].`))
    expect(problems).toContainEqual({ path: `$.artifacts[${i}].label.en`, message: 'names 1950, but the date says 1953' })
    expect(problems).toContainEqual({ path: `$.artifacts[${i}].description.en`, message: 'names no year within the date 1953' })
    expect(problems).toHaveLength(6)
  })
})

describe('loaded terms', () => {
  it('are absent from the shipped exhibition, though its chapter names contain some', () => {
    const m = shipped()
    expect(m.rooms.some((r) => /iron curtain/i.test(r.title.en))).toBe(true)
    expect(loadedTerms(m, TERMS)).toEqual([])
  })

  it('are reported in the exhibition’s own voice in any language, but not in a quoted collection name', () => {
    const m = shipped()
    m.rooms[3]!.intro.en = 'Welcomes were staged behind the Iron Curtain.'
    m.rooms[3]!.intro.ru = 'Зал «Братья за железным занавесом» показывает пропаганду.'
    m.rooms[3]!.intro.zh = '本展厅“铁幕后的兄弟”展示外交文件。'
    const problems = loadedTerms(m, TERMS)
    expect(problems.map((p) => p.path).sort()).toEqual(['$.rooms[3].intro.en', '$.rooms[3].intro.en', '$.rooms[3].intro.ru'])
    expect(problems.find((p) => p.path.endsWith('.ru'))!.message).toMatch(/пропаганд/)
  })
})

describe('works made for the exhibition', () => {
  it('say so in medium and credit in every language of the shipped exhibition', () => {
    const m = shipped()
    expect(m.artifacts.every(madeForExhibition)).toBe(true)
    expect(exhibitionMadeDeclared(m)).toEqual([])
  })

  it('are reported where a medium implies an original or a credit omits the exhibition', () => {
    const m = shipped()
    m.artifacts[1]!.medium.zh = '彩色石印宣传画'
    m.artifacts[2]!.credit.ru = 'По образцам эпохи'
    expect(exhibitionMadeDeclared(m)).toEqual([
      { path: '$.artifacts[1].medium.zh', message: 'does not say the work is a digital image or a 3D model' },
      { path: '$.artifacts[2].credit.ru', message: 'does not say the work was made for this exhibition' },
    ])
  })

  it('need a rule for every language of the exhibition', () => {
    const m = shipped()
    m.exhibition.languages = ['en', 'fr']
    expect(exhibitionMadeDeclared(m)[0]).toEqual({ path: '$.artifacts[0]', message: 'no rule for how fr says "made for this exhibition"' })
  })
})
