/**
 * Property tests run from one seed, so a CI run repeats exactly; `FC_SEED=<n>` explores others.
 * Other seeds found real layout bugs, since fixed: a wall object standing 69 cm out of its wall
 * framed from against its front (FC_SEED=2), and a work hung high beside a doorway under the
 * room's title (FC_SEED=7, 9); seeds 1-15 pass.
 */
import fc from 'fast-check'

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261202) })
