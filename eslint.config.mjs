// ESLint (through office-addin-lint): Microsoft's Office add-in rules + Prettier (office-addin-prettier-config).
// `no-undef` is off for TypeScript: the compiler checks names (npm run typecheck), and the Office,
// Excel and CustomFunctions globals come from @types/office-js and @types/custom-functions-runtime.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  { ignores: ["dist/**", "node_modules/**", "lib/**", "artifacts/**", "coverage/**"] },
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    rules: { "no-undef": "off" },
  },
  {
    // @customfunction declarations look unused: the metadata plugin appends CustomFunctions.associate()
    // calls for them at build time.
    files: ["src/functions/catalog/**/*.ts"],
    rules: { "@typescript-eslint/no-unused-vars": "off" },
  },
];
