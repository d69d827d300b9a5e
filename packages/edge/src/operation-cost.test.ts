import { buildSchema, parse } from "graphql";
import { actualOperationCost, operationCost, readCostDirectives } from "./operation-cost";

const SDL = `
directive @cost(weight: Int!) on FIELD_DEFINITION | OBJECT
directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
type Query {
  role(slug: String!): Role
  roles(first: Int = 20): RoleConnection! @listSize(slicingArguments: ["first"], assumedSize: 100, sizedFields: ["edges"], requireOneSlicingArgument: false)
  search(first: Int = 20): [Question!]! @cost(weight: 10) @listSize(slicingArguments: ["first"], requireOneSlicingArgument: false)
  tags: [String!]!
  paths: [Path!]! @listSize(assumedSize: 7)
  unsized: [Path!]!
}
type Mutation { practice(id: ID!): Question }
type RoleConnection { edges: [RoleEdge!]! totalCount: Int! }
type RoleEdge { node: Role! cursor: String! }
type Role {
  slug: String!
  questions(first: Int = 20): QuestionConnection! @listSize(slicingArguments: ["first"], assumedSize: 100, sizedFields: ["edges"], requireOneSlicingArgument: false)
  readiness: Float! @cost(weight: 5)
}
type QuestionConnection { edges: [QuestionEdge!]! }
type QuestionEdge { node: Question! }
type Question { id: ID! role: Role! kind: Kind! }
type Path @cost(weight: 3) { slug: String! }
enum Kind { A B }
`;

const schema = buildSchema(SDL);
const directives = readCostDirectives(SDL);
const cost = (query: string, variables?: Record<string, unknown>, operationName?: string) =>
  operationCost({ schema, directives, document: parse(query), variables, operationName });

describe("operationCost (the demand-control spec's static estimate)", () => {
  it("charges an object 1 and scalars and enums nothing", () => {
    expect(cost(`{ role(slug: "a") { slug } }`)).toBe(1);
    expect(cost(`{ tags }`)).toBe(0);
  });

  it("multiplies a connection's sized field by the slicing argument: literal, variable, variable default, schema default", () => {
    // role 1 + connection 1 + 3 × (edge 1 + question 1)
    expect(cost(`{ role(slug: "a") { questions(first: 3) { edges { node { id kind } } } } }`)).toBe(8);
    expect(
      cost(`query($n: Int) { role(slug: "a") { questions(first: $n) { edges { node { id } } } } }`, { n: 3 }),
    ).toBe(8);
    expect(
      cost(`query($n: Int = 3) { role(slug: "a") { questions(first: $n) { edges { node { id } } } } }`),
    ).toBe(8);
    expect(cost(`{ role(slug: "a") { questions { edges { node { id } } } } }`)).toBe(2 + 20 * 2);
  });

  it("charges a cycle at every level: sizes multiply down the tree", () => {
    const query = `{ role(slug: "a") { questions(first: 2) { edges { node { role { questions(first: 2) { edges { node { id } } } } } } } } }`;
    // role 1 + conn 1 + 2 × (edge 1 + question 1 + role 1 + conn 1 + 2 × (edge 1 + question 1))
    expect(cost(query)).toBe(1 + 1 + 2 * (1 + 1 + 1 + 1 + 2 * 2));
  });

  it("uses @cost on fields and types, and the spec's 10 for a mutation's root field", () => {
    expect(cost(`{ role(slug: "a") { readiness } }`)).toBe(1 + 5);
    expect(cost(`{ search(first: 4) { id } }`)).toBe(4 * 10);
    expect(cost(`{ paths { slug } }`)).toBe(7 * 3);
    expect(cost(`mutation { practice(id: "1") { id role { slug } } }`)).toBe(10 + 1);
  });

  it("sizes a list without @listSize at the default of 10", () => {
    expect(cost(`{ unsized { slug } }`)).toBe(10 * 3);
  });

  it("charges fragments and inline fragments where they are spread, and a circular spread only once", () => {
    const withFragments = `
      query { role(slug: "a") { ...R } }
      fragment R on Role { questions(first: 2) { edges { node { ... on Question { role { slug } } } } } }`;
    expect(cost(withFragments)).toBe(1 + 1 + 2 * (1 + 1 + 1));
    const circular = `query { role(slug: "a") { ...A } } fragment A on Role { ...B } fragment B on Role { ...A readiness }`;
    expect(cost(circular)).toBe(1 + 5);
  });

  it("picks the named operation", () => {
    const document = `query One { role(slug: "a") { slug } } query Two { paths { slug } }`;
    expect(cost(document, {}, "Two")).toBe(21);
    expect(cost(document, {}, "One")).toBe(1);
  });

  it("sizes _entities by its representations", () => {
    const entities = buildSchema(`
      union _Entity = Question
      scalar _Any
      type Query { _entities(representations: [_Any!]!): [_Entity]! }
      type Question { id: ID! role: Role! }
      type Role { slug: String! }`);
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Question { role { slug } } } }`;
    const representations = Array.from({ length: 7 }, (_, i) => ({ __typename: "Question", id: String(i) }));
    expect(
      operationCost({
        schema: entities,
        directives: readCostDirectives("type Query { x: Int }"),
        document: parse(query),
        variables: { r: representations },
      }),
    ).toBe(7 * 2);
  });

  it("charges what was returned, with each list's real length, as the actual cost", () => {
    const query = `query { role(slug: "a") { readiness q: questions(first: 50) { edges { node { id role { slug } } } } } }`;
    const data = {
      role: {
        readiness: 0.5,
        q: { edges: [{ node: { id: "1", role: { slug: "a" } } }, { node: { id: "2", role: null } }] },
      },
    };
    const actual = actualOperationCost({ schema, directives, document: parse(query), data });
    // role 1 + readiness 5 + connection 1 + edge (1 + question 1 + role 1) + edge (1 + question 1)
    expect(actual).toBe(12);
    expect(cost(query)).toBe(1 + 5 + 1 + 50 * 3);
    expect(actualOperationCost({ schema, directives, document: parse(query), data: { role: null } })).toBe(0);
  });
});
