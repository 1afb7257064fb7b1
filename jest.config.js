/** Jest: ts-jest over tests/ (which mirrors src/). office-addin-manifest is mapped to a stub because its
 *  ESM-only dependencies cannot be loaded by Jest's module loader (see ../shared/DESIGN.md). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/tests/stubs/office-addin-manifest.js" },
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }] },
  testTimeout: 60000,
  reporters: ["default", "<rootDir>/tests/helpers/summary-reporter.js"],
};
