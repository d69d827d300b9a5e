/**
 * `npm run test:cluster`: the replicated topology's scenario (nginx, PostgreSQL replica, Redis
 * Cluster). The scenario stops every process it started; forceExit keeps a keep-alive socket of the
 * test's own HTTP client (to an nginx that is gone) from holding the run open in CI.
 */
module.exports = {
  ...require("../jest.base.js"),
  rootDir: __dirname,
  testMatch: ["**/*.cluster-test.ts"],
  forceExit: true,
};
