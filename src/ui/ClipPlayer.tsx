import { useEffect, useState } from 'react'
import type { Artifact, Clip } from '../manifest/schema'
import { resolveAsset } from '../manifest/assets'
import { localize, useLanguage, useT } from '../i18n'
import { galleryStore } from '../store/galleryStore'
import { audioEngine } from '../audio/audioHost'
import { activeCue, parseVtt, type Cue } from '../audio/captions'
import { runtime } from '../store/runtime'
import { report } from '../store/notices'
import p from './primitives'
import s from './ClipPlayer.module.css'

/**
 * The recordings an artifact carries (a broadcast, a speech read aloud, a record): played from
 * the artifact's place in the room, ducking the music under speech, with timed captions where the
 * manifest has them and the full transcript always.
 *
 * ```tsx
 * <ClipPlayer artifact={artifact} />
 * ```
 */
export function ClipPlayer({ artifact }: { artifact: Artifact }) {
  const t = useT()
  const language = useLanguage()
  const clips = artifact.clips ?? []
  const [playing, setPlaying] = useState<string | null>(null)
  const [failed, setFailed] = useState(false)
  // Stop when the panel closes or moves on to another artifact.
  useEffect(
    () => () => {
      audioEngine()?.stopClip()
      runtime.speechActive = false
      if (galleryStore.getState().caption?.kind === 'speech') galleryStore.getState().setCaption(null)
    },
    [artifact.id],
  )
  useEffect(() => {
    const clip = clips.find((c) => c.id === playing)
    const track = clip?.captions?.[language] ?? clip?.captions?.en
    if (!clip || !track) return
    let cues: Cue[] = []
    const { manifestUrl } = galleryStore.getState()
    // A caption file that is missing or malformed leaves the transcript (always shown) to carry the words.
    Promise.resolve()
      .then(() => fetch(resolveAsset(manifestUrl, track)))
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`)
        return r.text()
      })
      .then((text) => (cues = parseVtt(text)))
      .catch((error) => report('captions', 'captionsUnreadable', error))
    // The clip's time is read ten times a second, but the store hears only of a new cue.
    let shown: Cue | null | undefined
    const timer = setInterval(() => {
      const time = audioEngine()?.clipTime()
      const cue = time === null || time === undefined ? null : activeCue(cues, time)
      if (cue === shown) return
      shown = cue
      galleryStore.getState().setCaption(cue ? { text: cue.text, kind: 'speech', lang: language } : null)
    }, 100)
    return () => clearInterval(timer)
  }, [playing, clips, language])
  if (clips.length === 0) return null
  const play = async (clip: Clip) => {
    const engine = audioEngine()
    const placement = galleryStore.getState().layout?.placements.find((p) => p.artifactId === artifact.id)
    if (!engine || !placement) return setFailed(true)
    setFailed(false)
    setPlaying(clip.id)
    runtime.speechActive = clip.kind !== 'music'
    const spec = {
      id: clip.id,
      position: placement.position,
      volume: clip.volume,
      onEnded: () => {
        runtime.speechActive = false
        setPlaying(null)
      },
    }
    // A file that will not resolve or play says so in the panel, never as an unhandled rejection.
    const ok = await Promise.resolve()
      .then(() => engine.playClip({ ...spec, url: resolveAsset(galleryStore.getState().manifestUrl, clip.file) }))
      .catch(() => false)
    if (!ok) {
      runtime.speechActive = false
      setPlaying(null)
      setFailed(true)
    }
  }
  const stop = () => {
    audioEngine()?.stopClip()
    runtime.speechActive = false
    setPlaying(null)
  }
  return (
    <section className={s.clips} aria-label={t('clips.heading')}>
      {clips.map((clip) => (
        <div key={clip.id}>
          {playing === clip.id ? (
            <button type="button" className={p.button} onClick={stop}>
              {t('clips.stop')}
            </button>
          ) : (
            <button type="button" className={p.button} onClick={() => void play(clip)}>
              {t('clips.play', { title: localize(clip.title, language) })}
            </button>
          )}
          <details className={s.transcript}>
            <summary>{t('clips.transcript')}</summary>
            <p>{localize(clip.transcript, language)}</p>
            <p className={p.credit}>{localize(clip.credit, language)}</p>
          </details>
        </div>
      ))}
      {failed && <p role="status">{t('clips.unavailable')}</p>}
    </section>
  )
}
