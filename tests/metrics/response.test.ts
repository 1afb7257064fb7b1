import * as fc from "fast-check";
import { hillResponse } from "../../src/metrics/response";
import { goldenValues } from "../helpers/shared";

const golden = goldenValues();

describe("hillResponse", () => {
  test("PyMC-Marketing hill_function(x = [0, 1, 2, 4], slope = 2, kappa = 2) = [0, 0.2, 0.5, 0.8]", () => {
    const expected =
      golden.pymc_marketing_transforms_computed["hill_function(x=[0,1,2,4],slope=2,kappa=2)"];
    [0, 1, 2, 4].forEach((x, i) => expect(hillResponse(x, 1, 2, 2)).toBeCloseTo(expected[i], 14));
  });

  test("Robyn saturation_hill(c(100,150,170,190,200), alpha = 3, inflexion 100)", () => {
    const example =
      golden.robyn_transforms["saturation_hill(c(100,150,170,190,200), alpha=3, gamma=0.5)"];
    [100, 150, 170, 190, 200].forEach((x, i) =>
      expect(
        Math.abs(hillResponse(x, 1, example.inflexion, 3) - example.x_saturated[i])
      ).toBeLessThan(1e-10)
    );
  });

  test("Robyn mic_men(5:10, Vmax = 5, Km = 0.5) is the shape-1 (Michaelis–Menten) case", () => {
    const expected = golden.robyn_transforms["mic_men(5:10, Vmax=5, Km=0.5)"];
    [5, 6, 7, 8, 9, 10].forEach((x, i) =>
      expect(Math.abs(hillResponse(x, 5, 0.5) - expected[i])).toBeLessThan(1e-10)
    );
  });

  test("half the scale at the half-saturation point, whatever the shape and size", () => {
    for (const h of [1e-200, 1e-3, 40, 1e200])
      for (const k of [0.3, 1, 2.5, 50]) expect(hillResponse(h, 7, h, k)).toBeCloseTo(3.5, 12);
  });

  test("extreme spends and shapes stay finite: saturation at huge spend, 0 at tiny spend", () => {
    expect(hillResponse(1e300, 100, 1, 10)).toBe(100);
    expect(hillResponse(1e-300, 100, 1, 10)).toBe(0);
    expect(hillResponse(0, 100, 1, 0.5)).toBe(0);
    // s^k overflows for s = 1e200, k = 3, but s/h = 2 gives 8/9 of the scale
    expect(hillResponse(2e200, 9, 1e200, 3)).toBeCloseTo(8, 12);
  });

  test("out-of-domain arguments → #NUM!", () => {
    expect(() => hillResponse(-1, 1, 1, 1)).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => hillResponse(1, -1, 1, 1)).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => hillResponse(1, 1, 0, 1)).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => hillResponse(1, 1, 1, 0)).toThrow(expect.objectContaining({ kind: "num" }));
  });

  test("property: the response is non-decreasing in spend and within [0, scale]", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e4, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (s1, s2, h, k) => {
          const [lo, hi] = s1 <= s2 ? [s1, s2] : [s2, s1];
          const a = hillResponse(lo, 100, h, k);
          const b = hillResponse(hi, 100, h, k);
          return 0 <= a && a <= b && b <= 100;
        }
      )
    );
  });
});
