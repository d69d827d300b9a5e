// `import "@careergraph/tracing/register"` as the first line of a main file: see src/register.ts.
require("./dist/register");
