/** Shared jest settings: ts-jest on the sources, tests beside the code, one worker per suite file. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.json" }],
  },
  testTimeout: 60000,
  maxWorkers: 1,
};
