/**
 * Hill response curve for media spend (shape 1 = Michaelis–Menten). Also the building block of the budget optimiser.
 */
import { badNumber } from "./errors";

/**
 * Hill response = scale × s^k / (s^k + h^k) for spend s ≥ 0, scale ≥ 0, half_saturation h > 0, shape k > 0
 * (Hill 1910; Robyn `saturation_hill`, PyMC-Marketing `hill_function`). Evaluated as scale / (1 + e^t) with
 * t = k·(ln h − ln s), in the form that never overflows, so huge or tiny spends and shapes stay accurate.
 * response(0) = 0 and response(h) = scale/2. Out-of-domain arguments → #NUM!.
 */
export function hillResponse(
  spend: number,
  scale: number,
  halfSaturation: number,
  shape = 1
): number {
  if (!(spend >= 0 && spend < Infinity))
    throw badNumber(`spend must be zero or more (got ${spend}).`);
  if (!(scale >= 0 && scale < Infinity))
    throw badNumber(`scale must be zero or more (got ${scale}).`);
  if (!(halfSaturation > 0 && halfSaturation < Infinity)) {
    throw badNumber(`half_saturation must be above zero (got ${halfSaturation}).`);
  }
  if (!(shape > 0 && shape < Infinity)) throw badNumber(`shape must be above zero (got ${shape}).`);
  if (spend === 0) return 0;
  const t = shape * (Math.log(halfSaturation) - Math.log(spend));
  if (t > 0) {
    const e = Math.exp(-t);
    return (scale * e) / (1 + e);
  }
  return scale / (1 + Math.exp(t));
}
