export * from './schema'
export * from './validate'
export { migrate } from './migrate'
export { resolveAsset } from './assets'
