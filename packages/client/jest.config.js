module.exports = {
  ...require("../../jest.base.js"),
  transform: {
    "^.+\\.ts$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", moduleResolution: "node", types: ["node", "jest"] } },
    ],
  },
};
