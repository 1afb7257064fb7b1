/**
 * Worksheet functions: return and budget (spec §3).
 */
import { budgetSplit as splitBudget } from "../../metrics/budget-split";
import { badNumber, badValue, notAvailable } from "../../metrics/errors";
import { hillResponse } from "../../metrics/response";
import { breakevenRoas, roas, roi as returnOnInvestment } from "../../metrics/roi";
import { isBlankCell, readNumberCell } from "../cells";
import { orientFlat, readVector } from "../columns";
import { elementwise } from "../elementwise";
import { asExcelFunction } from "../excel-errors";
import { asMatrix, isSingleCell, ResultCell, shapeOf } from "../matrix";
import { readNumberOption, singleCell } from "../options";

/**
 * Return on investment (net): (revenue × margin − cost) ÷ cost, as a fraction (1 = 100%).
 * @customfunction ROI
 * @helpurl https://localhost:3000/help/ECOM.ROI.html
 * @formula ROI = (revenue × margin − cost) / cost. Without margin (margin = 1) this is the return on revenue; with the gross margin it is the return on gross profit. cost = 0 → #DIV/0!.
 * @example =ECOM.ROI(200, 100) → 1 (100%: 200 earned on 100 spent)
 * @example =ECOM.ROI(200, 100, 0.4) → −0.2 (gross profit 80 on a cost of 100)
 * @reference The finance definition of ROI, (gain − cost) / cost; the seed manuals' SEO example "ROI 2:1" is revenue 2 per cost 1, i.e. ROAS 2 and ROI 1.
 * @param revenue Revenue attributed to the spend (money): a cell or a range.
 * @param cost Cost or spend (money), not zero: a cell or a range of the same shape.
 * @param [margin] Gross margin as a fraction (0.4 = 40%); omit for 1, the ROI on revenue.
 * @returns ROI as a fraction (0.5 = 50%), one per entry; blank rows stay blank.
 */
function roi(revenue: any[][], cost: any[][], margin?: any[][]): any[][] {
  return elementwise(
    [
      { name: "revenue", value: revenue },
      { name: "cost", value: cost },
      { name: "margin", value: margin ?? null, optional: true },
    ],
    ([r, c, m]) => returnOnInvestment(r as number, c as number, m === null ? 1 : (m as number))
  );
}

/**
 * Return on ad spend (投入产出比): revenue ÷ cost, as a multiple (4 = 4 of revenue per 1 of cost, the seeds' "1:4").
 * @customfunction ROAS
 * @helpurl https://localhost:3000/help/ECOM.ROAS.html
 * @formula ROAS = revenue / cost. The seed manuals write it input:output, so "1:4" is ROAS 4; their SEO "ROI 2:1" (2 back per 1 spent) is ROAS 2 (ROI 1). cost = 0 → #DIV/0!; a negative amount → #NUM!.
 * @example =ECOM.ROAS(4000, 1000) → 4 (投入产出比 1:4, the seeds' 直通车 floor)
 * @example =ECOM.ROAS(2, 1) → 2 (the seeds' SEO "2:1"; =ECOM.ROI(2, 1) → 1)
 * @reference ROAS = attributed revenue / ad spend (project reference analytics §2.5); 投入产出比 "1:4" in the seed manuals (domain digest §2).
 * @param revenue Revenue attributed to the spend (money): a cell or a range.
 * @param cost Ad cost or spend (money), not zero: a cell or a range of the same shape.
 * @returns ROAS as a multiple (4 = "1:4"), one per entry; blank rows stay blank.
 */
function returnOnAdSpend(revenue: any[][], cost: any[][]): any[][] {
  return elementwise(
    [
      { name: "revenue", value: revenue },
      { name: "cost", value: cost },
    ],
    ([r, c]) => roas(r as number, c as number)
  );
}

/**
 * Break-even ROAS: 1 ÷ gross margin, the ROAS (a multiple) at which gross profit just covers the ad cost.
 * @customfunction BREAKEVEN.ROAS
 * @helpurl https://localhost:3000/help/ECOM.BREAKEVEN.ROAS.html
 * @formula break-even ROAS = 1 / margin, margin in (0, 1]. margin = 0 → #DIV/0!; a margin below 0 or above 1 → #NUM!.
 * @example =ECOM.BREAKEVEN.ROAS(0.25) → 4 (at a 25% gross margin each 1 of ads must bring 4 of revenue)
 * @reference Break-even ROAS = 1 / margin (project reference analytics §2.5).
 * @param margin Gross margin as a fraction (0.25 = 25%), above 0 and at most 1: a cell or a range.
 * @returns Break-even ROAS as a multiple, one per entry; blank rows stay blank.
 */
function breakevenReturnOnAdSpend(margin: any[][]): any[][] {
  return elementwise([{ name: "margin", value: margin }], ([m]) => breakevenRoas(m as number));
}

/** A BUDGETSPLIT bound: one number for every channel (null: none), or one cell per channel. */
type Bound = { perChannel: false; value: number | null } | { perChannel: true; cells: unknown[] };

/** Reads min or max: a single cell (blank → no bound) or a column/row with one cell per channel. */
function readBound(arg: unknown, name: string, channels: number): Bound {
  const m = asMatrix(arg, name);
  if (isSingleCell(shapeOf(m))) {
    const cell = m[0][0];
    return { perChannel: false, value: isBlankCell(cell) ? null : readNumberCell(cell, name) };
  }
  const { cells } = readVector(arg, name);
  if (cells.length !== channels) {
    throw badValue(
      `${name} must be a single cell or have one cell per channel (${channels} weights, ${cells.length} ${name} cells).`
    );
  }
  return { perChannel: true, cells };
}

/** The bound cell of channel i (a per-channel range's cell, else blank). */
function boundCell(bound: Bound, i: number): unknown {
  return bound.perChannel ? bound.cells[i] : null;
}

/** Channel i's bound as a number: the per-channel cell (blank → fallback) or the single value (none → fallback). */
function boundValue(bound: Bound, i: number, name: string, fallback: number): number {
  if (!bound.perChannel) return bound.value ?? fallback;
  const cell = bound.cells[i];
  return isBlankCell(cell) ? fallback : readNumberCell(cell, `${name} (channel ${i + 1})`);
}

/**
 * Splits a budget across channels in proportion to their weights, within per-channel min/max, rounded so the parts still add up to the total (money).
 * @customfunction BUDGETSPLIT
 * @helpurl https://localhost:3000/help/ECOM.BUDGETSPLIT.html
 * @formula partᵢ = clamp(λ·weightᵢ, minᵢ, maxᵢ) with the one λ that makes Σ parts = total: a channel that reaches a bound is fixed there and the rest is re-split in proportion to the other weights (a channel with weight 0 gets its min). With round_to > 0 the parts are then rounded to multiples of round_to by largest remainder (Hamilton), so they still add up exactly to total and stay within their bounds. min and max are one cell for every channel or one cell per channel; a blank bound cell means no bound for that channel. Blank weights are skipped (blank result), so ranges with trailing empty rows work. The channels share one total, so a weight that is not a number (#VALUE!), negative (#NUM!), or blank while its min/max is not (#N/A) makes the whole result an error. Σmin > total, Σmax < total, all weights 0 with no min, max below min, or total not a multiple of round_to → #NUM! with a message; total blank → #N/A.
 * @example =ECOM.BUDGETSPLIT(10000, {3;2;5}) → 3000; 2000; 5000
 * @example =ECOM.BUDGETSPLIT(10000, {3;2;5}, , 4000) → 3600; 2400; 4000 (the third channel is capped at 4000; the other 6000 is re-split 3:2)
 * @example =ECOM.BUDGETSPLIT(1000, {1;1;1}, , , 10) → 340; 330; 330 (333.33 each, rounded to tens; the leftover 10 goes to the first of the equal remainders)
 * @reference Proportional allocation with box constraints (variable fixing) and the largest-remainder (Hamilton) method for rounding; the seed manuals' per-channel budget allocation (domain digest §2).
 * @param total The budget to split (money): a single cell.
 * @param weights Weight of each channel (a number ≥ 0, e.g. a priority score or an expected ROAS): a column or a row.
 * @param [min] Minimum spend per channel (money): one cell for every channel, or a column/row with one cell per channel (blank = no minimum).
 * @param [max] Maximum spend per channel (money): one cell for every channel, or a column/row with one cell per channel (blank = no maximum).
 * @param [round_to] Rounding unit (money, e.g. 100 for whole hundreds); omit or 0 for no rounding.
 * @returns The spend of each channel (money), in the weights' orientation; blank weights stay blank.
 */
function budgetSplit(
  total: any[][],
  weights: any[][],
  min?: any[][],
  max?: any[][],
  round_to?: any
): any[][] {
  return asExcelFunction(() => {
    const { cells, orientation } = readVector(weights, "weights");
    const n = cells.length;
    const lower = readBound(min ?? null, "min", n);
    const upper = readBound(max ?? null, "max", n);
    const roundTo = readNumberOption(round_to ?? null, "round_to", 0);

    const channels: number[] = [];
    const weightValues: number[] = [];
    const minValues: number[] = [];
    const maxValues: number[] = [];
    for (let i = 0; i < n; i++) {
      if (isBlankCell(cells[i])) {
        if (!isBlankCell(boundCell(lower, i)) || !isBlankCell(boundCell(upper, i)))
          throw notAvailable(`The weight of channel ${i + 1} is blank but its min or max is not.`);
        continue;
      }
      channels.push(i);
      weightValues.push(readNumberCell(cells[i], `weights (channel ${i + 1})`));
      minValues.push(boundValue(lower, i, "min", 0));
      maxValues.push(boundValue(upper, i, "max", Infinity));
    }
    const out: ResultCell[] = new Array<ResultCell>(n).fill("");
    if (channels.length === 0) return orientFlat(out, orientation);

    const totalCell = singleCell(total, "total");
    if (isBlankCell(totalCell)) throw notAvailable("total is blank.");
    const parts = splitBudget(readNumberCell(totalCell, "total"), weightValues, {
      min: minValues,
      max: maxValues,
      roundTo,
    });
    if (parts.some((x) => !Number.isFinite(x)))
      throw badNumber("The split is too large or undefined for these inputs.");
    channels.forEach((channel, j) => (out[channel] = parts[j]));
    return orientFlat(out, orientation);
  });
}

/**
 * Hill response curve: the response (e.g. revenue or orders) that a spend buys, scale × spendᵏ ÷ (spendᵏ + half_saturationᵏ).
 * @customfunction RESPONSE
 * @helpurl https://localhost:3000/help/ECOM.RESPONSE.html
 * @formula response = scale × spend^shape / (spend^shape + half_saturation^shape) (Hill; shape 1 = Michaelis–Menten, diminishing returns from the first unit; shape > 1 = S-shaped). response(0) = 0, response(half_saturation) = scale / 2, and the response approaches scale as spend grows. A negative spend or scale, or a half_saturation or shape that is not above 0 → #NUM!.
 * @example =ECOM.RESPONSE(100, 1000, 100) → 500 (at the half-saturation spend, half the maximum)
 * @example =ECOM.RESPONSE(50, 1000, 100, 2) → 200 (1000 × 50² / (50² + 100²))
 * @reference Hill (1910); Meta Robyn saturation_hill and PyMC-Marketing hill_function (project reference analytics §2).
 * @param spend Spend on the channel (money, ≥ 0): a cell or a range.
 * @param scale The maximum response, reached at very large spend (in the response's unit, e.g. money of revenue or a number of orders): a cell or a range of the same shape.
 * @param half_saturation The spend (money, > 0) at which the response is half of scale: a cell or a range of the same shape.
 * @param [shape] Hill exponent (a pure number > 0); omit for 1 (Michaelis–Menten).
 * @returns The response, in the unit of scale, one per entry; blank rows stay blank.
 */
function response(
  spend: any[][],
  scale: any[][],
  half_saturation: any[][],
  shape?: any[][]
): any[][] {
  return elementwise(
    [
      { name: "spend", value: spend },
      { name: "scale", value: scale },
      { name: "half_saturation", value: half_saturation },
      { name: "shape", value: shape ?? null, optional: true },
    ],
    ([s, l, h, k]) =>
      hillResponse(s as number, l as number, h as number, k === null ? 1 : (k as number))
  );
}
