/**
 * Shared jest settings: ts-jest on the sources (transpiled only: `npm run typecheck` checks the types),
 * tests beside the code.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.json" }],
  },
  testTimeout: 60000,
};
