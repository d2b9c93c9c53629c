/** Guided tours: sequencing, narration choice, stop positions, routes and links. Pure modules. */
export * from './narration'
export * from './resolveStop'
export * from './tourMachine'
export * from './tourPath'
