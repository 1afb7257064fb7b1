import fc from "fast-check";
import { DomainError } from "../../src/metrics/errors";
import { hyp2f1 } from "../../src/metrics/hypergeometric";
import { relativeError } from "../helpers/cdnow";

describe("hyp2f1: closed forms", () => {
  test("₂F₁(1, 1; 2; z) = −ln(1 − z)/z (Abramowitz & Stegun 15.1.3)", () => {
    for (const z of [0.001, 0.3, 0.5, 0.9, 0.99]) {
      expect(relativeError(hyp2f1(1, 1, 2, z), -Math.log1p(-z) / z)).toBeLessThan(1e-14);
    }
  });

  test("₂F₁(a, b; b; z) = (1 − z)^(−a) (A&S 15.1.8)", () => {
    for (const [a, b, z] of [
      [0.7, 2.5, 0.4],
      [3.2, 1.1, 0.8],
      [-1.5, 4, 0.6],
    ]) {
      expect(relativeError(hyp2f1(a, b, b, z), Math.pow(1 - z, -a))).toBeLessThan(1e-13);
    }
  });

  test("½-integer case: ₂F₁(½, 1; 3/2; z²) = artanh(z)/z (A&S 15.1.4)", () => {
    for (const z of [0.2, 0.7, 0.95]) {
      expect(relativeError(hyp2f1(0.5, 1, 1.5, z * z), Math.atanh(z) / z)).toBeLessThan(1e-14);
    }
  });

  test("terminating series: ₂F₁(−2, b; c; z) = 1 − 2bz/c + b(b+1)z²/(c(c+1))", () => {
    const [b, c, z] = [2.5, 3.5, 0.7];
    const expected = 1 - (2 * b * z) / c + (b * (b + 1) * z * z) / (c * (c + 1));
    expect(relativeError(hyp2f1(-2, b, c, z), expected)).toBeLessThan(1e-15);
  });

  test("z = 0 gives e^lnFactor", () => {
    expect(hyp2f1(3, 4, 5, 0)).toBe(1);
    expect(hyp2f1(3, 4, 5, 0, Math.log(2.5))).toBeCloseTo(2.5, 15);
  });
});

describe("hyp2f1: reference values (mpmath 1.3.0 hyp2f1 at 40 digits)", () => {
  // r, α, a, b = the BG/NBD MLE on CDNOW (golden_values.json); (r, b; a+b−1; ·) is eq. 9's function,
  // (r+2, b+2; a+b+1; 39/(α+38.86+39)) is eq. 10's for the x = 2 customer of the lifetimes tests.
  const cases: [number, number, number, number, number][] = [
    [0.24259291392600724, 2.4257538623492225, 2.2186400684641012, 0.5, 1.2067346713123148],
    [
      2.242592913926007, 4.4257538623492225, 4.218640068464101, 0.47402851279413355,
      4.574345739807232,
    ],
    [0.5, 0.5, 1.5, 0.99, 1.4780376623747749],
    [0.24, 2.43, -0.3, 0.6, -16.3327633394051],
    [500, 500, 1000, 0.9, 5.850170534771916e181],
    [0.3, 0.7, 0.2, 0.999, 345.1224292248319],
    [10, 20, 5, 0.3, 120483.50668326473],
    [-3.5, 2, 4, 0.8, 0.2331586106325128],
  ];
  test.each(cases)("₂F₁(%p, %p; %p; %p) = %p", (a, b, c, z, expected) => {
    expect(relativeError(hyp2f1(a, b, c, z), expected)).toBeLessThan(1e-13);
  });

  test("x = 1000 customer: ₂F₁ alone is 9.0e96, times 0.8^(r+1000) it is 1.0472… (log-scaled product)", () => {
    const [A, B, C, z] = [1000.242592913926, 1002.4257538623492, 1002.2186400684641, 0.2];
    expect(relativeError(hyp2f1(A, B, C, z), 8.98583855254526e96)).toBeLessThan(1e-12);
    expect(relativeError(hyp2f1(A, B, C, z, A * Math.log(1 - z)), 1.0472151606340816)).toBeLessThan(
      1e-12
    );
  });

  test("a product whose factors overflow separately stays finite: ₂F₁(2000, 2000; 2001; 0.9)·0.1^1999", () => {
    // Euler: ₂F₁(2000, 2000; 2001; z) = (1 − z)^(−1999) ₂F₁(1, 1; 2001; z), and the prefactor cancels (1 − z)^(−1999);
    // ₂F₁(1, 1; 2001; 0.9) = Σ k!/(2001)ₖ 0.9ᵏ = 1 + 0.9/2001 + 2·0.81/(2001·2002) + …; the k = 5 term is 5e-16.
    const value = hyp2f1(2000, 2000, 2001, 0.9, 1999 * Math.log(0.1));
    const series =
      1 +
      0.9 / 2001 +
      (2 * 0.81) / (2001 * 2002) +
      (6 * 0.729) / (2001 * 2002 * 2003) +
      (24 * 0.6561) / (2001 * 2002 * 2003 * 2004);
    expect(relativeError(value, series)).toBeLessThan(1e-12);
  });
});

describe("hyp2f1: properties", () => {
  test("Gauss' contiguous relation (A&S 15.2.10) holds across the plain and the Euler-transformed series", () => {
    // (c−a)F(a−1) + (2a − c + (b−a)z)F(a) + a(z−1)F(a+1) = 0, F(·) = ₂F₁(·, b; c; z); moving a by ±1 moves a + b − c
    // across 0 for some draws, so the three values are summed by different routes.
    fc.assert(
      fc.property(
        fc.double({ min: 1.05, max: 30, noNaN: true }),
        fc.double({ min: 0.05, max: 30, noNaN: true }),
        fc.double({ min: 0.05, max: 30, noNaN: true }),
        fc.double({ min: 0, max: 0.95, noNaN: true }),
        (a, b, c, z) => {
          const terms = [
            (c - a) * hyp2f1(a - 1, b, c, z),
            (2 * a - c + (b - a) * z) * hyp2f1(a, b, c, z),
            a * (z - 1) * hyp2f1(a + 1, b, c, z),
          ];
          const scale = Math.max(...terms.map(Math.abs));
          return Math.abs(terms[0] + terms[1] + terms[2]) <= 1e-11 * scale;
        }
      ),
      { numRuns: 300 }
    );
  });

  test("with positive parameters the series is increasing in z and at least 1", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        (a, b, c, z) => {
          const lo = hyp2f1(a, b, c, z);
          const hi = hyp2f1(a, b, c, z + 0.05);
          return lo >= 1 - 1e-15 && hi >= lo * (1 - 1e-13);
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe("hyp2f1: domain", () => {
  test("z outside [0, 1), c a non-positive integer → #NUM!", () => {
    for (const z of [1, 1.5, -0.1, NaN]) {
      expect(() => hyp2f1(1, 1, 2, z)).toThrow(DomainError);
    }
    expect(() => hyp2f1(1, 1, 0, 0.5)).toThrow(/undefined for c = 0/);
    expect(() => hyp2f1(1, 1, -2, 0.5)).toThrow(DomainError);
  });

  test("z so close to 1 that the series cannot converge → #NUM! instead of a hang", () => {
    expect(() => hyp2f1(0.5, 0.5, 1.5, 1 - 1e-9)).toThrow(/did not converge/);
  });
});
