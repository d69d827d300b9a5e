/** Browser tests: `npm run test:browser` only (they need Chromium); one file at a time. */
module.exports = {
  ...require("../jest.base.js"),
  testMatch: ["**/*.browser.test.ts"],
  testTimeout: 120000,
};
