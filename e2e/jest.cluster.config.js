/** `npm run test:cluster`: the replicated topology's scenario (nginx, PostgreSQL replica, Redis Cluster). */
module.exports = {
  ...require("../jest.base.js"),
  rootDir: __dirname,
  testMatch: ["**/*.cluster-test.ts"],
};
