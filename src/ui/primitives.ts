/**
 * The shared building blocks' class names, for components: the surfaces, panels and titles
 * (primitives.module.css) and the controls (controls.module.css) as one map, `p.panel`,
 * `p.button`. Importing the two style sheets here, in this order, and nowhere else keeps their
 * rules in one place in the cascade, the controls after the panels.
 */
import primitives from './primitives.module.css'
import controls from './controls.module.css'

const p: CSSModuleClasses = { ...primitives, ...controls }
export default p
