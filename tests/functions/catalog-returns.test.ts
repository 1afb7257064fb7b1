/**
 * ECOM return and budget functions (spec §3) through the built bundle: ROAS, BREAKEVEN.ROAS, BUDGETSPLIT and
 * RESPONSE (ROI's own checks are in bundle.test.ts; the seeds' "2:1" example is repeated here next to ROAS).
 * Expected values come from the seed manuals' examples, golden_values.json (Robyn / PyMC-Marketing transforms),
 * or the hand calculation in the comment.
 */
import { call, errorCode, scalar } from "../helpers/bundle";
import { goldenValues } from "../helpers/shared";

/** A column range (n×1) as Excel passes it. */
const column = (...xs: unknown[]) => xs.map((x) => [x]);
/** The message of an error value. */
const messageOf = (v: unknown) => (v as Error).message;
/** The first column of a result. */
const firstColumn = (out: unknown) => (out as unknown[][]).map((r) => r[0]);

describe("ECOM.ROAS", () => {
  test('the seeds\' 投入产出比 "1:4": revenue 4 per cost 1 is ROAS 4', () => {
    expect(scalar(call("ROAS", [[4]], [[1]]))).toBe(4);
    expect(scalar(call("ROAS", [[4000]], [[1000]]))).toBe(4);
  });

  test('the seeds\' SEO "ROI 2:1" (2 back per 1 spent) is ROAS 2 and (net) ROI 1', () => {
    expect(scalar(call("ROAS", [[2]], [[1]]))).toBe(2);
    expect(scalar(call("ROI", [[2]], [[1]], null))).toBe(1); // (2 − 1) / 1
  });

  test("a column spills; blank rows stay blank; a zero cost is #DIV/0! in its row only; 1×n gives 1×n", () => {
    // 450/100 = 4.5 (the seeds' "1:4.5"); blank; 10/0 → #DIV/0!; 0/50 = 0
    const out = call("ROAS", column(450, "", 10, 0), column(100, null, 0, 50)) as unknown[][];
    expect(out[0][0]).toBe(4.5);
    expect(out[1][0]).toBe("");
    expect(errorCode(out[2][0])).toBe("#DIV/0!");
    expect(out[3][0]).toBe(0);
    // 100 revenue over costs 10, 20, 50: 10, 5, 2
    expect(call("ROAS", [[100]], [[10, 20, 50]])).toEqual([[10, 5, 2]]);
  });

  test("a negative amount is #NUM!; text is #VALUE! naming the argument; partly blank is #N/A", () => {
    expect(errorCode(call("ROAS", [[-1]], [[10]]))).toBe("#NUM!");
    const text = call("ROAS", [[100]], [["n/a"]]);
    expect(errorCode(text)).toBe("#VALUE!");
    expect(messageOf(text)).toMatch(/cost/);
    expect(errorCode(call("ROAS", [[100]], [[""]]))).toBe("#N/A");
  });
});

describe("ECOM.BREAKEVEN.ROAS", () => {
  test("1 / margin: 25% margin → 4, 40% → 2.5, 100% → 1", () => {
    expect(firstColumn(call("BREAKEVEN.ROAS", column(0.25, 0.4, 1, "")))).toEqual([4, 2.5, 1, ""]);
    expect(scalar(call("BREAKEVEN.ROAS", [["25%"]]))).toBe(4); // "25%" typed as text is 0.25
  });

  test("margin 0 is #DIV/0!; a margin below 0 or above 1 is #NUM!", () => {
    expect(errorCode(call("BREAKEVEN.ROAS", [[0]]))).toBe("#DIV/0!");
    expect(errorCode(call("BREAKEVEN.ROAS", [[1.5]]))).toBe("#NUM!");
    expect(errorCode(call("BREAKEVEN.ROAS", [[-0.2]]))).toBe("#NUM!");
    expect(errorCode(call("BREAKEVEN.ROAS", [[true]]))).toBe("#VALUE!");
  });
});

describe("ECOM.BUDGETSPLIT", () => {
  test("proportional split: 10,000 by weights 3:2:5 → 3000, 2000, 5000", () => {
    expect(call("BUDGETSPLIT", [[10000]], column(3, 2, 5), null, null, null)).toEqual([
      [3000],
      [2000],
      [5000],
    ]);
  });

  test("a 1×n row of weights gives a 1×n row of parts", () => {
    expect(call("BUDGETSPLIT", [[10000]], [[3, 2, 5]], null, null, null)).toEqual([
      [3000, 2000, 5000],
    ]);
  });

  test("a scalar max caps a channel and re-splits the rest: 5000 → 4000, the other 6000 split 3:2", () => {
    const out = firstColumn(
      call("BUDGETSPLIT", [[10000]], column(3, 2, 5), null, [[4000]], null)
    ) as number[];
    expect(out).toEqual([expect.closeTo(3600, 9), expect.closeTo(2400, 9), 4000]);
  });

  test("per-channel min and max ranges; a blank bound cell means no bound for that channel", () => {
    // weights 1:1:1 of 900 → 300 each; channel 1 min 500 → fixed at 500, the other 400 split 1:1 → 200, 200;
    // channel 3 max 150 → fixed at 150, channel 2 gets 900 − 500 − 150 = 250
    const out = firstColumn(
      call("BUDGETSPLIT", [[900]], column(1, 1, 1), column(500, "", ""), column("", "", 150), null)
    ) as number[];
    expect(out).toEqual([500, expect.closeTo(250, 9), 150]);
  });

  test("round_to: parts are multiples of it and still add up exactly to total (largest remainder)", () => {
    // 1000 / 3 = 333.33 each → 330 each (990), the leftover 10 goes to the first of the equal remainders
    expect(firstColumn(call("BUDGETSPLIT", [[1000]], column(1, 1, 1), null, null, 10))).toEqual([
      340, 330, 330,
    ]);
    // 10,000 by 1:2:4 = 1428.57, 2857.14, 5714.29; to hundreds: 1400, 2800, 5700 (9900); remainders 28.57, 57.14,
    // 14.29 → the 100 left goes to channel 2: 1400, 2900, 5700
    expect(firstColumn(call("BUDGETSPLIT", [[10000]], column(1, 2, 4), null, null, 100))).toEqual([
      1400, 2900, 5700,
    ]);
  });

  test("blank weights are skipped (blank result): trailing empty rows work", () => {
    // 600 by 1:2 → 200, 400; two blank rows
    expect(call("BUDGETSPLIT", [[600]], column(1, "", 2, null), null, null, null)).toEqual([
      [200],
      [""],
      [400],
      [""],
    ]);
    // no weights at all: all blank
    expect(call("BUDGETSPLIT", [[600]], column("", null), null, null, null)).toEqual([[""], [""]]);
  });

  test("a weight of 0 gets its min; all weights 0 with no min is #NUM! with a message", () => {
    // channel 2 weight 0 with min 100 → 100; channel 1 gets the other 900
    expect(
      firstColumn(call("BUDGETSPLIT", [[1000]], column(1, 0), column(0, 100), null, null))
    ).toEqual([900, 100]);
    const none = call("BUDGETSPLIT", [[1000]], column(0, 0), null, null, null);
    expect(errorCode(none)).toBe("#NUM!");
    expect(messageOf(none)).toMatch(/weights are 0/);
  });

  test("infeasible bounds are #NUM! with a message: Σmin > total, Σmax < total", () => {
    const mins = call("BUDGETSPLIT", [[1000]], column(1, 1), [[600]], null, null); // 600 + 600 > 1000
    expect(errorCode(mins)).toBe("#NUM!");
    expect(messageOf(mins)).toMatch(/mins add up to 1200/);
    const maxes = call("BUDGETSPLIT", [[1000]], column(1, 1), null, column(300, 400), null); // 700 < 1000
    expect(errorCode(maxes)).toBe("#NUM!");
    expect(messageOf(maxes)).toMatch(/maxes add up to 700/);
    // total 1005 is not a whole number of tens
    expect(errorCode(call("BUDGETSPLIT", [[1005]], column(1, 1), null, null, 10))).toBe("#NUM!");
  });

  test("only the ratios of the weights matter, even for huge or tiny weights", () => {
    // 1e308 : 1e308 and 5e-324 : 5e-324 are both 1 : 1 → 500, 500 of 1000
    expect(call("BUDGETSPLIT", [[1000]], column(1e308, 1e308), null, null, null)).toEqual([
      [500],
      [500],
    ]);
    expect(call("BUDGETSPLIT", [[1000]], column(5e-324, 5e-324), null, null, null)).toEqual([
      [500],
      [500],
    ]);
  });

  test("a round_to too small for the total is #NUM! at once (more than 2^53 units cannot be counted)", () => {
    // 1,000,000 / 1e-300 = 1e306 units
    const started = Date.now();
    const tiny = call("BUDGETSPLIT", [[1e6]], column(1, 2), null, null, 1e-300);
    expect(errorCode(tiny)).toBe("#NUM!");
    expect(messageOf(tiny)).toMatch(/round_to/);
    expect(Date.now() - started).toBeLessThan(100);
  });

  test("bad entries make the whole split an error (the channels share one total)", () => {
    expect(errorCode(call("BUDGETSPLIT", [[1000]], column(1, -1), null, null, null))).toBe("#NUM!");
    const text = call("BUDGETSPLIT", [[1000]], column(1, "high"), null, null, null);
    expect(errorCode(text)).toBe("#VALUE!");
    expect(messageOf(text)).toMatch(/weights/);
    const partly = call("BUDGETSPLIT", [[1000]], column(1, ""), column(0, 100), null, null);
    expect(errorCode(partly)).toBe("#N/A");
    expect(messageOf(partly)).toMatch(/channel 2/);
    const length = call("BUDGETSPLIT", [[1000]], column(1, 2, 3), column(0, 100), null, null);
    expect(errorCode(length)).toBe("#VALUE!");
    expect(messageOf(length)).toMatch(/min/);
    const total = call("BUDGETSPLIT", [[""]], column(1, 2), null, null, null);
    expect(errorCode(total)).toBe("#N/A");
    expect(messageOf(total)).toMatch(/total/);
    expect(errorCode(call("BUDGETSPLIT", [[1000], [2000]], column(1, 2), null, null, null))).toBe(
      "#VALUE!"
    );
    expect(
      errorCode(
        call(
          "BUDGETSPLIT",
          [[1000]],
          [
            [1, 2],
            [3, 4],
          ],
          null,
          null,
          null
        )
      )
    ).toBe("#VALUE!");
  });
});

describe("ECOM.RESPONSE", () => {
  const golden = goldenValues();

  test("worked examples: at the half-saturation spend half the scale; shape 2 by hand", () => {
    expect(scalar(call("RESPONSE", [[100]], [[1000]], [[100]], null))).toBeCloseTo(500, 12);
    // 1000 × 50² / (50² + 100²) = 1000 × 2500 / 12500 = 200
    expect(scalar(call("RESPONSE", [[50]], [[1000]], [[100]], [[2]]))).toBeCloseTo(200, 12);
    expect(scalar(call("RESPONSE", [[0]], [[1000]], [[100]], null))).toBe(0);
  });

  test("Robyn saturation_hill(c(100,150,170,190,200), alpha = 3, gamma = 0.5): inflexion 100", () => {
    const g =
      golden.robyn_transforms["saturation_hill(c(100,150,170,190,200), alpha=3, gamma=0.5)"];
    const out = firstColumn(
      call("RESPONSE", column(100, 150, 170, 190, 200), [[1]], [[g.inflexion]], [[3]])
    ) as number[];
    out.forEach((y, i) => expect(y).toBeCloseTo(g.x_saturated[i], 9));
  });

  test("Robyn mic_men(5:10, Vmax = 5, Km = 0.5) is shape 1 (the default), as a 1×n row", () => {
    const g = golden.robyn_transforms["mic_men(5:10, Vmax=5, Km=0.5)"] as number[];
    const out = call("RESPONSE", [[5, 6, 7, 8, 9, 10]], [[5]], [[0.5]], null) as number[][];
    expect(out).toHaveLength(1);
    out[0].forEach((y, i) => expect(y).toBeCloseTo(g[i], 9));
  });

  test("PyMC-Marketing hill_function(x = [0,1,2,4], slope = 2, kappa = 2)", () => {
    const g = golden.pymc_marketing_transforms_computed[
      "hill_function(x=[0,1,2,4],slope=2,kappa=2)"
    ] as number[];
    const out = firstColumn(call("RESPONSE", column(0, 1, 2, 4), [[1]], [[2]], [[2]])) as number[];
    out.forEach((y, i) => expect(y).toBeCloseTo(g[i], 12));
  });

  test("blank rows stay blank; a blank shape cell means 1; bad parameters are #NUM! in their row", () => {
    // row 1: 100 × 10 / (10 + 10) = 50; row 2 blank; row 3: half_saturation 0 → #NUM!; row 4: negative spend → #NUM!
    const out = call(
      "RESPONSE",
      column(10, "", 10, -1),
      column(100, "", 100, 100),
      column(10, "", 0, 10),
      [[""]]
    ) as unknown[][];
    expect(out[0][0]).toBeCloseTo(50, 12);
    expect(out[1][0]).toBe("");
    expect(errorCode(out[2][0])).toBe("#NUM!");
    expect(errorCode(out[3][0])).toBe("#NUM!");
    expect(errorCode(call("RESPONSE", [[10]], [[100]], [[10]], [[0]]))).toBe("#NUM!"); // shape 0
    const text = call("RESPONSE", [[10]], [["big"]], [[10]], null);
    expect(errorCode(text)).toBe("#VALUE!");
    expect(messageOf(text)).toMatch(/scale/);
  });
});
