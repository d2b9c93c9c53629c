import { describe, expect, it } from 'vitest'
import { filesToSave, manifestPaths } from '../../../../src/ui/offline/exhibitionFiles'
import { makeManifest } from '../../fixtures/makeManifest'

function manifestWithSound() {
  const manifest = makeManifest([{ artifacts: [{ kind: 'poster', width: 60, height: 90 }, { kind: 'object', width: 20, height: 20, depth: 20 }] }])
  const [poster, object] = manifest.artifacts
  poster!.assets = { image: 'media/poster.webp', thumbnail: 'media/poster-thumb.webp' }
  object!.assets = { model: 'media/object.glb' }
  object!.clips = [{ id: 'speech', kind: 'speech', title: { en: 'A speech' }, transcript: { en: 'Words.' }, file: 'media/speech.mp3', captions: { en: 'media/speech.en.vtt', zh: 'media/speech.zh.vtt' }, credit: { en: 'c' }, volume: 0.9 }]
  manifest.rooms[0]!.ambient = { file: 'media/room.mp3', description: { en: 'Music' }, credit: { en: 'c' }, emitter: { position: [1, 1, 1] }, volume: 0.6, loop: true, refDistance: 2.5 }
  manifest.tours = [{ id: 'tour', title: { en: 'T' }, description: { en: 'D' }, minutes: 5, stops: [{ room: manifest.rooms[0]!.id, narration: { en: 'Here.' }, audio: { ru: 'media/stop.ru.mp3' } }] }]
  return manifest
}

describe('the files of a saved exhibition', () => {
  it('lists every file the manifest names: pictures, thumbnails, models, clips, captions, music, narration', () => {
    expect(manifestPaths(manifestWithSound()).sort()).toEqual(
      ['media/object.glb', 'media/poster-thumb.webp', 'media/poster.webp', 'media/room.mp3', 'media/speech.en.vtt', 'media/speech.mp3', 'media/speech.zh.vtt', 'media/stop.ru.mp3'].sort(),
    )
  })

  it("adds the engine's files once each, with the sizes the build knows", () => {
    const build = [
      { path: 'draco/draco_decoder.wasm', bytes: 300 },
      { path: 'media/poster.webp', bytes: 1200 },
      { path: 'media/unused-by-another.webp', bytes: 50 },
    ]
    const site = filesToSave(manifestWithSound(), 'https://museum.test/exhibition.json', 'https://museum.test/', build, true)
    const urls = site.map((f) => f.url)
    expect(new Set(urls).size).toBe(urls.length)
    expect(site.find((f) => f.url === 'https://museum.test/media/poster.webp')!.bytes).toBe(1200)
    expect(site.find((f) => f.url === 'https://museum.test/media/speech.mp3')!.bytes).toBeNull()
    expect(urls).toContain('https://museum.test/exhibition.json')
    expect(urls).toContain('https://museum.test/media/unused-by-another.webp')
  })

  it("saves another exhibition's media from its own folder, not the site's", () => {
    const build = [{ path: 'draco/draco_decoder.wasm', bytes: 300 }, { path: 'media/site-only.webp', bytes: 50 }]
    const urls = filesToSave(manifestWithSound(), 'https://museum.test/other/show.json', 'https://museum.test/', build, false).map((f) => f.url)
    expect(urls).toContain('https://museum.test/other/media/poster.webp')
    expect(urls).toContain('https://museum.test/draco/draco_decoder.wasm')
    expect(urls).not.toContain('https://museum.test/media/site-only.webp')
  })
})
