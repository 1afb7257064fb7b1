/**
 * Synthetic customers for the CLV benchmarks and recovery tests: purchase histories simulated from the BG/NBD
 * model and spend from the Gamma–Gamma model, dependency-free and reproducible from a seed.
 */

import { mulberry32 } from "./random";

/** Generating parameters, close to the CDNOW fits (weekly time unit). */
export const CLV_SIMULATION_PARAMS = {
  r: 0.25,
  alpha: 4,
  a: 0.8,
  b: 2.5,
  p: 6,
  q: 4,
  v: 15,
  maxAge: 39,
} as const;

/** lifetimes' summary columns of simulated customers (weeks; monetary 0 when frequency is 0). */
export interface SimulatedClvCustomers {
  frequency: Float64Array;
  recency: Float64Array;
  age: Float64Array;
  monetary: Float64Array;
}

/**
 * n customers with lifetimes' summary columns. Per customer: age T ~ Uniform(0, 39) weeks; purchase rate
 * λ ~ Gamma(shape r, rate α) and dropout probability p ~ Beta(a, b); repeat purchases arrive as a Poisson process
 * with rate λ on (0, T] and after each one the customer drops out with probability p (the BG/NBD story, FHL 2005
 * §2; lifetimes `generate_data.beta_geometric_nbd_model`). frequency = repeat purchases, recency = time of the last
 * one (0 if none). Spend: ν ~ Gamma(q, rate v) per customer, each repeat transaction ~ Gamma(p, rate ν), monetary =
 * their mean (0 when frequency is 0) (Hardie note 025). Times are real numbers, so patterns rarely repeat.
 */
export function makeClvCustomers(n: number, seed: number): SimulatedClvCustomers {
  const { r, alpha, a, b, p, q, v, maxAge } = CLV_SIMULATION_PARAMS;
  const random = mulberry32(seed);
  const frequency = new Float64Array(n);
  const recency = new Float64Array(n);
  const age = new Float64Array(n);
  const monetary = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const T = maxAge * random();
    const rate = gammaVariate(random, r) / alpha;
    const x1 = gammaVariate(random, a);
    const dropout = x1 / (x1 + gammaVariate(random, b));
    let t = 0;
    let x = 0;
    let last = 0;
    for (;;) {
      t += -Math.log(1 - random()) / rate;
      if (!(t < T)) break;
      x++;
      last = t;
      if (random() < dropout) break;
    }
    age[i] = T;
    frequency[i] = x;
    recency[i] = last;
    if (x > 0) {
      const nu = gammaVariate(random, q) / v;
      let total = 0;
      for (let j = 0; j < x; j++) total += gammaVariate(random, p) / nu;
      monetary[i] = total / x;
    }
  }
  return { frequency, recency, age, monetary };
}

/** Mulberry32: a small seeded 32-bit generator of uniform numbers in [0, 1). */

/**
 * A Gamma(shape, rate 1) variate: Marsaglia & Tsang (2000), "A simple method for generating gamma variables";
 * shape < 1 by Gamma(shape + 1)·U^(1/shape).
 */
function gammaVariate(random: () => number, shape: number): number {
  if (shape < 1) return gammaVariate(random, shape + 1) * Math.pow(1 - random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let z: number;
    let w: number;
    do {
      z = standardNormal(random);
      w = 1 + c * z;
    } while (w <= 0);
    w = w * w * w;
    const u = 1 - random();
    if (Math.log(u) < 0.5 * z * z + d - d * w + d * Math.log(w)) return d * w;
  }
}

/** A standard normal variate (Box–Muller). */
function standardNormal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}
