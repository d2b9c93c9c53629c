/**
 * Property tests run from one seed, so a CI run repeats exactly; `FC_SEED=<n>` explores others.
 * At the end of stop 8 random seeds found real counterexamples in the layout and curation
 * properties (small rooms with several small works on one wall), recorded for issue 9.
 */
import fc from 'fast-check'

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261202) })
