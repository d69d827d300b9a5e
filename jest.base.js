/**
 * Shared jest settings: ts-jest on the sources (transpiled only: `npm run typecheck` checks the types),
 * tests beside the code, in jest's node environment that also clears a file's pending timers.
 */
module.exports = {
  testEnvironment: require("node:path").join(__dirname, "jest.environment.js"),
  roots: ["<rootDir>/src"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.json" }],
  },
  // also set in the root jest.config.js, since a multi-project run reads it there only
  testTimeout: 60000,
};
