import { parse, type GraphQLError } from "graphql";
import { checkOperationShape, checkPageSizes } from "./operation-limits";

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as GraphQLError).extensions;
  }
  return null;
};

describe("checkOperationShape (graphql-armor's rules, our codes)", () => {
  const limits = { maxDepth: 3, maxAliases: 2, maxTokens: 40, maxDirectives: 2 };

  it("accepts an operation at every limit", () => {
    expect(
      refusal(() =>
        checkOperationShape(`{ a: x { b: y { z @skip(if: false) @include(if: true) } } }`, limits),
      ),
    ).toBeNull();
  });

  it("refuses one over each limit with its own code and the limit", () => {
    expect(refusal(() => checkOperationShape(`{ x { y { z { w } } } }`, limits))).toMatchObject({
      code: "DEPTH_LIMIT_EXCEEDED",
      limit: 3,
    });
    expect(refusal(() => checkOperationShape(`{ a: x b: x c: __typename }`, limits))).toMatchObject({
      code: "ALIAS_LIMIT_EXCEEDED",
      limit: 2,
    });
    expect(refusal(() => checkOperationShape(`{ x @a @b @c }`, limits))).toMatchObject({
      code: "DIRECTIVE_LIMIT_EXCEEDED",
    });
    expect(refusal(() => checkOperationShape(`{ ${"x ".repeat(50)} }`, limits))).toMatchObject({
      code: "TOKEN_LIMIT_EXCEEDED",
      limit: 40,
    });
  });

  it("does not count fragments as levels and survives circular fragments", () => {
    expect(
      refusal(() => checkOperationShape(`{ x { ...F } } fragment F on T { y { z } }`, limits)),
    ).toBeNull();
    expect(
      refusal(() =>
        checkOperationShape(`{ x { ...A } } fragment A on T { ...B } fragment B on T { ...A }`, limits),
      ),
    ).toBeNull();
  });

  it("leaves a syntax error to GraphQL's own parser", () => {
    expect(checkOperationShape(`{ x {`, limits)).toBeUndefined();
  });
});

describe("checkPageSizes", () => {
  it("accepts 0 to 100 and refuses the rest, literal, variable or variable default, naming first", () => {
    const check = (query: string, variables?: Record<string, unknown>) =>
      refusal(() => checkPageSizes(parse(query), variables));
    expect(check(`{ a(first: 0) b(first: 100) }`)).toBeNull();
    expect(check(`{ a(first: 101) }`)).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    expect(check(`{ a(first: -1) }`)).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    expect(check(`query($n: Int) { a(first: $n) }`, { n: 1_000_000 })).toMatchObject({ field: "first" });
    expect(check(`query($n: Int = 500) { a(first: $n) }`)).toMatchObject({ field: "first" });
    expect(check(`query($n: Int) { a(first: $n) }`)).toBeNull();
  });
});
