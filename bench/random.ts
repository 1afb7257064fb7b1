/** Seeded randomness for the benchmark data generators. */

/**
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit seeded PRNG returning uniforms in [0, 1).
 * Fast and good enough for synthetic data, not for statistics.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return function next(): number {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
