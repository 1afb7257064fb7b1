import { minimizeBfgs } from "../../src/metrics/optimize";

describe("minimizeBfgs", () => {
  test("Rosenbrock's function from (−1.2, 1): minimum 0 at (1, 1) (N&W §9 standard start)", () => {
    const result = minimizeBfgs(
      (x, g) => {
        const [u, v] = [x[0], x[1]];
        g[0] = -400 * u * (v - u * u) - 2 * (1 - u);
        g[1] = 200 * (v - u * u);
        return 100 * (v - u * u) ** 2 + (1 - u) ** 2;
      },
      [-1.2, 1]
    );
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 9);
    expect(result.x[1]).toBeCloseTo(1, 9);
    expect(result.value).toBeLessThan(1e-18);
  });

  test("a quadratic in 4 variables is solved to the gradient tolerance (minimum at (1, −2, 3, 0.5))", () => {
    const centre = [1, -2, 3, 0.5];
    const scales = [1, 100, 0.01, 5];
    const result = minimizeBfgs(
      (x, g) => {
        let f = 0;
        for (let i = 0; i < 4; i++) {
          g[i] = scales[i] * (x[i] - centre[i]);
          f += 0.5 * scales[i] * (x[i] - centre[i]) ** 2;
        }
        return f;
      },
      [0, 0, 0, 0]
    );
    expect(result.converged).toBe(true);
    result.x.forEach((v, i) => expect(v).toBeCloseTo(centre[i], 7));
  });

  test("an infimum at infinity (f = e^−x) stops near the bound instead of running away", () => {
    const result = minimizeBfgs(
      (x, g) => {
        g[0] = -Math.exp(-x[0]);
        return Math.exp(-x[0]);
      },
      [0],
      { bound: 20 }
    );
    // Beyond 20 the penalty (x − 20)² takes over: the minimum of e^−x + (x − 20)² is just above 20.
    expect(result.x[0]).toBeGreaterThan(19.9);
    expect(result.x[0]).toBeLessThan(20.01);
  });

  test("regions where f is undefined (NaN) are backed out of", () => {
    // f = −ln x − ln(0.2 − x) on (0, 0.2), NaN outside: minimum at x = 0.1. From 0.15 the first trial step has length
    // 1 and lands at −0.85.
    let undefinedSeen = false;
    const result = minimizeBfgs(
      (x, g) => {
        g[0] = -1 / x[0] + 1 / (0.2 - x[0]);
        const f = -Math.log(x[0]) - Math.log(0.2 - x[0]);
        if (Number.isNaN(f)) undefinedSeen = true;
        return f;
      },
      [0.15]
    );
    expect(undefinedSeen).toBe(true);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(0.1, 10);
  });
});
