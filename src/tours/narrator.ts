/**
 * Plays a tour stop's narration in the page: the device's own speech synthesis, a recording
 * through the audio engine, or captions alone, and always the caption in the store. Reports when
 * the narration ends, or turns out not to be heard (no voice, muted, a recording that will not
 * play), so the tour can caption it for its reading time instead of hanging.
 */
import { EYE_HEIGHT } from '../layout/types'
import { resolveAsset } from '../manifest/assets'
import { audioEngine } from '../audio/audioHost'
import { runtime } from '../store/runtime'
import { galleryStore } from '../store/galleryStore'
import { localVoices, pickLocalVoice, type NarrationPlan } from './narration'
import { captionCues, cueAtChar, cueAtTime, type CaptionCue } from './captionCues'

export interface NarrationEvents {
  ended: () => void
  unheard: () => void
}

/** How long a started recording may wait for the page's sound to run (Enter resumes it) before it counts as unheard. */
const SOUND_START_MS = 2000

/**
 * The utterance being spoken. Chromium can drop an utterance nothing else refers to before it
 * ends (its `end` never fires and the tour stalls), so it is kept here until it is done.
 */
let utterance: SpeechSynthesisUtterance | null = null
/** Bumped on every narration started or silenced, so a late check of an old one changes nothing. */
let narrationToken = 0

const hasSpeech = () => typeof speechSynthesis !== 'undefined'

/**
 * The narration's caption as cues, a few lines at a time (tours/captionCues), the one showing,
 * and where the time they follow comes from: the words the voice speaks when it reports them,
 * otherwise the recording's clock, the speech's own clock, or the tour's reading time.
 */
let cues: CaptionCue[] = []
let cueIndex = 0
let followsWords = false
let speechClock: { startedAt: number; pausedAt: number | null; expectedMs: number } | null = null

function showCue(index: number): void {
  const cue = cues[index]
  const caption = galleryStore.getState().caption
  if (index === cueIndex || !cue || caption?.kind !== 'narration') return
  cueIndex = index
  galleryStore.getState().setCaption({ ...caption, text: cue.text })
}

/**
 * Moves the caption on with the narration (the tour host calls it as time passes): `captionShare`
 * is the share of a caption-only narration's reading time gone by, null for speech and recordings,
 * which keep their own time.
 */
export function followNarration(captionShare: number | null): void {
  if (followsWords || cues.length < 2) return
  const clip = audioEngine()?.state().clip
  if (captionShare !== null) return showCue(cueAtTime(cues, captionShare))
  if (clip?.id === 'narration' && clip.duration > 0) return showCue(cueAtTime(cues, clip.time / clip.duration))
  if (speechClock && speechClock.pausedAt === null) showCue(cueAtTime(cues, (performance.now() - speechClock.startedAt) / speechClock.expectedMs))
}

/** Languages of the device's own voices: a cloud voice would send the narration to a vendor. */
export function voiceLanguages(): string[] {
  return hasSpeech() ? localVoices(speechSynthesis.getVoices()).map((v) => v.lang) : []
}

/** Stops speech without its `end` or `error` reaching the tour (they would end the next stop's narration). */
function cancelSpeech(): void {
  if (utterance) utterance.onend = utterance.onerror = null
  utterance = null
  if (hasSpeech()) speechSynthesis.cancel()
  // The words on screen are no longer spoken: a screen reader may read them now.
  const caption = galleryStore.getState().caption
  if (caption?.voiced) galleryStore.getState().setCaption({ ...caption, voiced: false })
}

function speak(plan: NarrationPlan, events: NarrationEvents, unheard: () => void): void {
  const { mixer } = galleryStore.getState()
  const voice = hasSpeech() ? pickLocalVoice(speechSynthesis.getVoices(), plan.language) : null
  if (!voice || mixer.muted) return unheard()
  cancelSpeech()
  const spoken = new SpeechSynthesisUtterance(plan.text)
  spoken.lang = voice.lang
  spoken.voice = voice
  spoken.volume = mixer.master * mixer.voice
  utterance = spoken
  runtime.speechActive = true
  galleryStore.getState().setCaption({ text: cues[cueIndex]?.text ?? plan.text, kind: 'narration', lang: plan.language, voiced: true })
  speechClock = { startedAt: performance.now(), pausedAt: null, expectedMs: plan.readingMs }
  // A voice that reports its words leads the cues; one that does not is followed by its clock.
  spoken.onboundary = (event) => {
    if (utterance !== spoken) return
    followsWords = true
    showCue(cueAtChar(cues, event.charIndex))
  }
  spoken.onend = spoken.onerror = () => {
    if (utterance !== spoken) return
    utterance = null
    speechClock = null
    runtime.speechActive = false
    events.ended()
  }
  try {
    speechSynthesis.speak(spoken)
  } catch {
    cancelSpeech()
    unheard()
  }
}

function playRecording(file: string, events: NarrationEvents, unheard: () => void): void {
  const engine = audioEngine()
  if (!engine) return unheard()
  runtime.speechActive = true
  const token = ++narrationToken
  let ended = false
  const onEnded = () => {
    ended = true
    runtime.speechActive = false
    events.ended()
  }
  // A clip "plays" on a suspended AudioContext without ever ending: caption it instead.
  const whenSilent = () =>
    setTimeout(() => {
      if (ended || token !== narrationToken || engine.state().clip?.id !== 'narration' || engine.state().context === 'running') return
      engine.stopClip()
      unheard()
    }, SOUND_START_MS)
  const url = resolveAsset(galleryStore.getState().manifestUrl, file)
  Promise.resolve()
    .then(() => engine.playClip({ id: 'narration', url, position: [runtime.position[0], EYE_HEIGHT, runtime.position[2]], onEnded }))
    // A recording that will not play leaves its caption up for the reading time, so the tour goes on.
    .then((ok) => (ok ? whenSilent() : ended || unheard()), unheard)
}

/** Shows the stop's caption and starts its narration; caption-only narration is timed by the tour machine. */
export function narrate(plan: NarrationPlan, events: NarrationEvents): void {
  cues = captionCues(plan.text, plan.language)
  cueIndex = 0
  followsWords = false
  speechClock = null
  galleryStore.getState().setCaption({ text: cues[0]?.text ?? plan.text, kind: 'narration', lang: plan.language })
  const unheard = () => {
    runtime.speechActive = false
    events.unheard()
  }
  if (plan.mode === 'speech') speak(plan, events, unheard)
  else if (plan.mode === 'recorded' && plan.audio) playRecording(plan.audio, events, unheard)
}

/** Stops whatever narration is under way, and its caption. */
export function silence(): void {
  narrationToken += 1
  runtime.speechActive = false
  cancelSpeech()
  audioEngine()?.stopClip()
  galleryStore.getState().setCaption(null)
}

export function pauseNarration(): void {
  if (speechClock && speechClock.pausedAt === null) speechClock.pausedAt = performance.now()
  if (hasSpeech()) speechSynthesis.pause()
}

export function resumeNarration(): void {
  if (speechClock?.pausedAt != null) speechClock = { ...speechClock, startedAt: speechClock.startedAt + performance.now() - speechClock.pausedAt, pausedAt: null }
  if (hasSpeech()) speechSynthesis.resume()
}

/**
 * Sound was just muted: a spoken utterance's volume is fixed when it starts, so speech under way
 * is stopped (its caption stays up). True when there was speech to stop.
 */
export function cutSpeech(): boolean {
  if (!utterance) return false
  cancelSpeech()
  runtime.speechActive = false
  return true
}
