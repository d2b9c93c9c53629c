/**
 * The pure side of the gallery's audio (maths, captions, the music index). AudioEngine, which
 * needs three.js and Web Audio, is imported from './AudioEngine' directly.
 */
export * from './ambientSources'
export * from './captions'
export * from './crossfade'
export * from './curves'
export * from './ducking'
export * from './mixer'
export * from './musicIndex'
