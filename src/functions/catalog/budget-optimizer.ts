/**
 * Worksheet functions: budget optimisation over Hill response curves (spec §3) — ECOM.BUDGETOPT (the split of a
 * total budget that maximises the summed response) and ECOM.CURVEFIT (the curve of one channel fitted to its
 * past spend and response).
 *
 * Both are whole-range functions: the channels (or history points) share one optimisation (or one fit), so a
 * bad entry makes the whole result that error, with a message naming the row; blank entries are skipped.
 * BUDGETOPT's allocation keeps one cell per input entry (blank rows stay blank), its "table" has one row per
 * channel that takes part, under one header row.
 */
import {
  BUDGET_TABLE_COLUMNS,
  budgetTableRows,
  optimizeBudget,
} from "../../metrics/budget-optimizer";
import { fitHillCurve } from "../../metrics/curve-fit";
import { badNumber, badValue, notAvailable } from "../../metrics/errors";
import { isBlankCell, readNumberCell } from "../cells";
import { Orientation, orientFlat, readVector, requireSameLength } from "../columns";
import { asExcelFunction } from "../excel-errors";
import { BUDGET_TABLE_LABELS } from "../labels/budget";
import { readLanguage } from "../language";
import { asMatrix, isSingleCell, ResultCell, shapeOf } from "../matrix";
import { readChoiceOption, singleCell } from "../options";

/** "row 3" for a column range, "column 3" for a row range: where entry i sits in the sheet's range. */
function entryName(i: number, orientation: Orientation): string {
  return `${orientation === "column" ? "row" : "column"} ${i + 1}`;
}

/** shape, min or max of BUDGETOPT: one cell for every channel, or one cell per entry of scale. */
type PerChannelArg = { single: true; cell: unknown } | { single: false; cells: unknown[] };

function readPerChannelArg(arg: unknown, name: string, entries: number): PerChannelArg {
  const m = asMatrix(arg, name);
  if (isSingleCell(shapeOf(m))) return { single: true, cell: m[0][0] };
  const { cells } = readVector(arg, name);
  if (cells.length !== entries)
    throw badValue(
      `${name} must be a single cell or have one cell per entry of scale (${entries} entries in scale, ${cells.length} in ${name}).`
    );
  return { single: false, cells };
}

/** The value of a shape/min/max argument for entry i; a blank cell (or an omitted argument) → fallback. */
function perChannelValue(
  arg: PerChannelArg,
  i: number,
  name: string,
  where: string,
  fallback: number
): number {
  const cell = arg.single ? arg.cell : arg.cells[i];
  if (isBlankCell(cell)) return fallback;
  return readNumberCell(cell, arg.single ? name : `${name} (${where})`);
}

/** Throws #NUM! unless every number is finite (a result never shows NaN or ±∞). */
function requireFiniteResult(values: number[]): void {
  if (values.some((x) => !Number.isFinite(x)))
    throw badNumber("The result is too large or undefined for these inputs.");
}

/**
 * Splits a total budget across channels so that the summed response of their Hill curves (revenue, orders, …) is as large as possible.
 * @customfunction BUDGETOPT
 * @helpurl https://localhost:3000/help/ECOM.BUDGETOPT.html
 * @formula Maximise Σ responseᵢ(spendᵢ), responseᵢ(x) = scaleᵢ·x^shapeᵢ / (x^shapeᵢ + half_saturationᵢ^shapeᵢ) (the curve of ECOM.RESPONSE), subject to Σ spendᵢ = total and minᵢ ≤ spendᵢ ≤ maxᵢ. The global optimum is found on a grid of the given step by exact dynamic programming (so S-shaped curves, shape > 1, where the best plan may put 0 on a channel, are handled), then refined continuously to equal marginal returns responseᵢ′(spendᵢ) = λ among the channels not at a bound. For shape ≤ 1 (concave curves) this is the exact optimum whatever the step; for shape 1 it is the closed form spendᵢ = √(scaleᵢ·half_saturationᵢ/λ) − half_saturationᵢ. The parts add up to total. One channel per entry of scale (a column or a row); half_saturation has the same length; shape, min and max are one cell for every channel or one cell per channel (a blank cell = the default: shape 1, min 0, max total). Entries where scale and half_saturation are both blank are skipped (blank result), so ranges with trailing empty rows work (no channel at all: every entry blank, or only the header row for "table"). The channels share one budget, so a channel with only one of scale and half_saturation, or a blank channel with a per-channel shape, min or max (#N/A naming the row), a value that is not a number (#VALUE!) or out of its domain (#NUM!) makes the whole result an error. Σmin > total, Σmax < total, min above max, a step that is not above 0 or too fine (more than 100,000 grid cells) → #NUM! with a message; total blank → #N/A. output "table": a header row (channel, spend, response, marginal_roas, share) then one row per channel taking part, whatever the orientation of scale; channel = the position of the channel's entry in scale (1 = first cell), marginal_roas = response′(spend) (response per extra unit of spend; at spend 0 with shape < 1, where the slope is infinite, response(step)/step), share = spend / total.
 * @example =ECOM.BUDGETOPT(100, {100;80;50}, {20;10;30}) → 44.0389; 30.5018; 25.4593 (every channel at the same marginal return λ = 0.48769, the Michaelis–Menten closed form)
 * @example =ECOM.BUDGETOPT(100, {100;80;50}, {20;10;30}, , 0, {100;30;100}) → 44.3078; 30; 25.6922 (the second channel is capped at 30, the other 70 re-split at equal marginal returns)
 * @example =ECOM.BUDGETOPT(30, {5000;3000;2000}, {40;15;10}, {2;1.2;0.8}) → 0; 20.5447; 9.4553 (S-shaped TV curve: with only 30 to spend, TV is not worth starting)
 * @example =ECOM.BUDGETOPT(100, {100;80;50}, {20;10;30}, , , , , "table", "zh-CN") → 渠道 | 花费 | 预期产出 | 边际ROAS | 占比, then 1 | 44.0389 | 68.769 | 0.48769 | 0.44039 and one row for each other channel
 * @reference Equal-marginal-return (water-filling) allocation, closed form for Michaelis–Menten curves (project reference analytics §2.6); Udell & Boyd, "Maximizing a sum of sigmoids", Optimization and Engineering (2016), for S-shaped curves; Hill curves as in Meta Robyn (coeff = scale, inflexion = half_saturation, alpha = shape) and PyMC-Marketing.
 * @param total The budget to split (money, > 0): a single cell.
 * @param scale Maximum response of each channel, reached at very large spend (in the response's unit, e.g. revenue or orders): a column or a row, one entry per channel.
 * @param half_saturation Spend (money, > 0) at which each channel's response is half its scale: a column or a row with one entry per entry of scale.
 * @param [shape] Hill exponent (> 0; 1 = diminishing returns from the first unit, above 1 = S-shaped): one cell for every channel or one per channel; omit or leave blank for 1.
 * @param [min] Minimum spend (money): one cell for every channel or one per channel; omit or leave blank for 0.
 * @param [max] Maximum spend (money): one cell for every channel or one per channel; omit or leave blank for total.
 * @param [step] Grid step of the global search (money, > 0): a single cell; omit for total/1000. A finer step searches S-shaped curves more finely and takes longer.
 * @param [output] "allocation" (default): the spend of each channel, in the orientation of scale; "table": a table with a header row, one row per channel.
 * @param [language] Header language of the table (text): "zh-CN" or "en-US" (also "zh", "en", "中文", "English"); default the Excel display language when known, else en-US.
 * @returns The spend of each channel (money), in the orientation of scale, blank entries blank; or with output "table" a (channels + 1)×5 table: channel, spend, response, marginal_roas, share.
 */
function budgetOpt(
  total: any[][],
  scale: any[][],
  half_saturation: any[][],
  shape?: any[][],
  min?: any[][],
  max?: any[][],
  step?: any,
  output?: any,
  language?: any
): any[][] {
  return asExcelFunction(() => {
    const mode = readChoiceOption(
      output ?? null,
      "output",
      { allocation: "allocation", table: "table" },
      "allocation"
    );
    const lang = readLanguage(language ?? null);
    const stepCell = singleCell(step ?? null, "step");
    const gridStep = isBlankCell(stepCell) ? null : readNumberCell(stepCell, "step");

    const scales = readVector(scale, "scale");
    const halves = readVector(half_saturation, "half_saturation");
    const n = requireSameLength([
      { name: "scale", length: scales.cells.length },
      { name: "half_saturation", length: halves.cells.length },
    ]);
    const orientation = scales.orientation;
    const shapes = readPerChannelArg(shape ?? null, "shape", n);
    const lower = readPerChannelArg(min ?? null, "min", n);
    const upper = readPerChannelArg(max ?? null, "max", n);

    // Which entries are channels: a blank scale and half_saturation skip the entry, unless a per-channel
    // shape/min/max says that something was meant to be there.
    const channels: number[] = [];
    for (let i = 0; i < n; i++) {
      const where = entryName(i, orientation);
      const scaleBlank = isBlankCell(scales.cells[i]);
      const halfBlank = isBlankCell(halves.cells[i]);
      if (scaleBlank && halfBlank) {
        for (const [name, arg] of [
          ["shape", shapes],
          ["min", lower],
          ["max", upper],
        ] as const) {
          if (!arg.single && !isBlankCell(arg.cells[i]))
            throw notAvailable(
              `scale and half_saturation are blank in ${where} but ${name} is not: every channel needs both.`
            );
        }
        continue;
      }
      if (scaleBlank || halfBlank)
        throw notAvailable(
          `${scaleBlank ? "scale" : "half_saturation"} is blank in ${where}: every channel needs both scale and half_saturation.`
        );
      channels.push(i);
    }

    const header = BUDGET_TABLE_COLUMNS.map((key) => BUDGET_TABLE_LABELS[key][lang]);
    if (channels.length === 0) {
      return mode === "table"
        ? [header]
        : orientFlat(new Array<ResultCell>(n).fill(""), orientation);
    }

    const totalCell = singleCell(total, "total");
    if (isBlankCell(totalCell)) throw notAvailable("total is blank.");
    const budget = readNumberCell(totalCell, "total");

    const scaleValues: number[] = [];
    const halfValues: number[] = [];
    const shapeValues: number[] = [];
    const minValues: number[] = [];
    const maxValues: number[] = [];
    for (const i of channels) {
      const where = entryName(i, orientation);
      scaleValues.push(readNumberCell(scales.cells[i], `scale (${where})`));
      halfValues.push(readNumberCell(halves.cells[i], `half_saturation (${where})`));
      shapeValues.push(perChannelValue(shapes, i, "shape", where, 1));
      minValues.push(perChannelValue(lower, i, "min", where, 0));
      maxValues.push(perChannelValue(upper, i, "max", where, budget));
    }

    const plan = optimizeBudget(budget, scaleValues, halfValues, {
      shape: shapeValues,
      min: minValues,
      max: maxValues,
      step: gridStep,
    });

    if (mode === "table") {
      const rows = budgetTableRows(plan);
      rows.forEach((row, j) => (row[0] = channels[j] + 1));
      for (const row of rows) requireFiniteResult(row);
      return [header, ...rows];
    }
    requireFiniteResult(plan.spend);
    const out = new Array<ResultCell>(n).fill("");
    channels.forEach((channel, j) => (out[channel] = plan.spend[j]));
    return orientFlat(out, orientation);
  });
}

/**
 * Fits a Hill response curve to one channel's past spend and response; returns scale, half_saturation and shape in one row, ready for ECOM.RESPONSE and ECOM.BUDGETOPT.
 * @customfunction CURVEFIT
 * @helpurl https://localhost:3000/help/ECOM.CURVEFIT.html
 * @formula Least squares: minimise Σ (scale·spendᵢ^shape / (spendᵢ^shape + half_saturation^shape) − responseᵢ)² over scale, half_saturation and (unless given) shape, by Levenberg–Marquardt from a grid of starting points, with half_saturation searched within [smallest positive spend / 100, 100 × largest spend] and shape within [0.1, 10]. Pairs where both spend and response are blank are skipped; a pair with only one of them → #N/A naming the row; text → #VALUE!; a negative value → #NUM!. The history must show the curve: at least 3 different positive spend levels (2 when shape is given), at least one point more than the parameters fitted (4 points, or 3 with shape given), some positive response, and saturation — the Hill curve must fit significantly better (F-test at the 5% level) than a curve that never levels off, a·spend^b — else #NUM! with the reason (all spend equal, too few points, no saturation visible, every point already saturated). spend_history and response_history must have the same length (#VALUE!).
 * @example =ECOM.CURVEFIT({12.5;50;150;450}, {200;500;750;900}) → 1000, 50, 1 (the points lie on 1000·x/(x + 50))
 * @example =ECOM.CURVEFIT({25;50;100;150}, {200;500;800;900}, 2) → 1000, 50, 2 (the points lie on 1000·x²/(x² + 50²); shape fixed at 2)
 * @reference Hill (1910) curve as in Meta Robyn (coeff, inflexion, alpha) and PyMC-Marketing; Levenberg (1944) and Marquardt (1963) nonlinear least squares; Bates & Watts, "Nonlinear Regression Analysis and Its Applications" (1988), ch. 3, for the extra-sum-of-squares F-test.
 * @param spend_history Past spend of the channel (money, ≥ 0), e.g. one per week: a column or a row.
 * @param response_history Response observed at each spend (e.g. revenue or orders, ≥ 0): a column or a row with one entry per spend.
 * @param [shape] Hill exponent (> 0) to keep fixed, e.g. 1 for Michaelis–Menten: a single cell; omit to fit it too.
 * @returns One row of three numbers: scale (maximum response), half_saturation (money), shape.
 */
function curveFit(spend_history: any[][], response_history: any[][], shape?: any): any[][] {
  return asExcelFunction(() => {
    const shapeCell = singleCell(shape ?? null, "shape");
    const fixedShape = isBlankCell(shapeCell) ? null : readNumberCell(shapeCell, "shape");
    const spend = readVector(spend_history, "spend_history");
    const response = readVector(response_history, "response_history");
    const n = requireSameLength([
      { name: "spend_history", length: spend.cells.length },
      { name: "response_history", length: response.cells.length },
    ]);
    const xs: number[] = [];
    const ys: number[] = [];
    for (let i = 0; i < n; i++) {
      const where = entryName(i, spend.orientation);
      const spendBlank = isBlankCell(spend.cells[i]);
      const responseBlank = isBlankCell(response.cells[i]);
      if (spendBlank && responseBlank) continue;
      if (spendBlank || responseBlank)
        throw notAvailable(
          `${spendBlank ? "spend_history" : "response_history"} is blank in ${where} but ${spendBlank ? "response_history" : "spend_history"} is not.`
        );
      xs.push(readNumberCell(spend.cells[i], `spend_history (${where})`));
      ys.push(readNumberCell(response.cells[i], `response_history (${where})`));
    }
    const fit = fitHillCurve(xs, ys, fixedShape);
    const row = [fit.scale, fit.halfSaturation, fit.shape];
    requireFiniteResult(row);
    return [row];
  });
}
