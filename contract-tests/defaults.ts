/** Fixed, so two runs of the same build send the same requests (a CI failure can be replayed). */
export const DEFAULT_SEED = 1;

/** Property-based requests per run by default: a thousand take a few seconds in `npm test`. */
export const DEFAULT_FUZZ_RUNS = 1000;
