/**
 * Synthetic, reproducible inputs for benchmarking ECOM.BUDGETOPT (src/metrics/budget-optimizer.ts).
 * Dependency-free; the same (n, seed) always gives the same channels.
 *
 * A plan of ¥1,000,000 over n channels, shaped like media-mix model outputs: shapes 0.6–3 (about a third
 * concave, Michaelis–Menten-like search/social; the rest S-shaped, brand/TV-like), half-saturation spends
 * around the even share total/n (log-uniform 0.3×–3×), scales set so that the average return at the
 * half-saturation point is a ROAS of 1.5–6, a contractual minimum on about one channel in five and an
 * inventory cap on about one in four (never on the first channel, so the caps always leave room for total).
 */

import { mulberry32 } from "./random";

/** Arguments of optimizeBudget(total, scale, halfSaturation, { shape, min, max }). */
export interface BudgetCase {
  total: number;
  scale: number[];
  halfSaturation: number[];
  shape: number[];
  min: number[];
  max: number[];
}

/** The speed targets of the bench runner: channels, grid step as a fraction of total, time limit. */
export const BUDGET_BENCH_TARGETS = [
  {
    name: "50 channels, step = total/1000",
    channels: 50,
    stepFraction: 1 / 1000,
    limitSeconds: 0.2,
  },
  {
    name: "10 channels, step = total/10000",
    channels: 10,
    stepFraction: 1 / 10000,
    limitSeconds: 0.5,
  },
] as const;

/** Total budget of every generated case (yuan). */
const TOTAL = 1_000_000;

/**
 * n channels with Hill curves and bounds as described in the module comment. Minimums are 1–3% of total
 * each (so Σ min stays well under total), caps 1–2.5× the channel's half-saturation spend.
 */
export function makeBudgetChannels(n: number, seed = 20240611): BudgetCase {
  const random = mulberry32(seed);
  const evenShare = TOTAL / n;
  const scale: number[] = [];
  const halfSaturation: number[] = [];
  const shape: number[] = [];
  const min: number[] = [];
  const max: number[] = [];
  for (let i = 0; i < n; i++) {
    const k = random() < 0.35 ? 0.6 + 0.4 * random() : 1 + 2 * random();
    const h = evenShare * Math.exp(Math.log(0.3) + random() * Math.log(10));
    const roasAtHalf = 1.5 + 4.5 * random();
    shape.push(round(k, 2));
    halfSaturation.push(Math.round(h));
    scale.push(Math.round(2 * roasAtHalf * h));
    min.push(
      random() < 0.2 ? Math.round((TOTAL * (0.01 + 0.02 * random())) / Math.max(1, n / 10)) : 0
    );
    max.push(i > 0 && random() < 0.25 ? Math.round(h * (1 + 1.5 * random())) : TOTAL);
    if (min[i] > max[i]) min[i] = 0;
  }
  return { total: TOTAL, scale, halfSaturation, shape, min, max };
}

function round(x: number, digits: number): number {
  const f = Math.pow(10, digits);
  return Math.round(x * f) / f;
}
