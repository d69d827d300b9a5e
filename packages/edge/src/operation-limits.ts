import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { MaxTokensParserWLexer } from "@escape.tech/graphql-armor-max-tokens";
import type { RequestHandler, Response } from "express";
import { LRUCache } from "lru-cache";
import {
  buildSchema,
  Kind,
  validate,
  valueFromASTUntyped,
  visit,
  type DocumentNode,
  type GraphQLError,
  type ValidationRule,
} from "graphql";
import { graphqlRequestOf } from "./graphql-request";
import { requestDigest } from "./request-digest";
import { limitExceeded, MAX_PAGE_SIZE, refusedInput, type LimitErrorCode } from "@careergraph/schema";

/** The limits on one operation's shape and cost; a limit left out is not checked. */
export interface OperationLimits {
  maxCost?: number;
  maxDepth?: number;
  maxAliases?: number;
  maxTokens?: number;
  maxDirectives?: number;
}

/** graphql-armor's rules read only the document; `validate` still wants a schema to run them with. */
const SHAPE_ONLY_SCHEMA = buildSchema("type Query { _: Boolean }");

/** Answers a request with 400 and `true` when one of its operations breaks a shape limit. */
export type ShapeGuard = (body: unknown, res: Response) => boolean;

/**
 * Refuses, before GraphQL sees it, a request whose operation (a body, each of a batch, or a GET's
 * query string) is over the token, depth, alias or directive limit: HTTP 400 with the limit's code.
 * The verdict depends on the text alone, so it is kept per text (`shapeVerdicts`): a client's
 * repeated operation is parsed and walked once, not on every request.
 */
export function operationShapeGuard(limits: OperationLimits): ShapeGuard {
  const verdictOf = shapeVerdicts(limits);
  return (body, res) => {
    for (const operation of Array.isArray(body) ? body : [body]) {
      const query = (operation as { query?: unknown } | null)?.query;
      const refusal = typeof query === "string" ? verdictOf(query) : null;
      if (!refusal) continue;
      const { http: _http, ...extensions } = refusal.extensions as Record<string, unknown>;
      res.status(400).json({ errors: [{ message: refusal.message, extensions }] });
      return true;
    }
    return false;
  };
}

/**
 * The guard as express middleware, mounted after the JSON body parser: a POST's body (one operation
 * or a batch), or a GET's operation as `readGraphQLRequest` reads it from the raw URL.
 */
export function operationShapeMiddleware(refuseByShape: ShapeGuard): RequestHandler {
  return (req, res, next) => {
    const operations: unknown = req.method === "GET" ? graphqlRequestOf(req, res) : req.body;
    if (operations === null) return;
    if (!refuseByShape(operations, res)) next();
  };
}

/**
 * `checkOperationShape`'s refusal of a text (`null`: within the limits), remembered for up to 10,000
 * texts by their digest: a verdict costs the same few bytes whatever the size of its text.
 */
function shapeVerdicts(limits: OperationLimits): (source: string) => GraphQLError | null {
  const verdicts = new LRUCache<string, { refusal: GraphQLError | null }>({ max: 10_000 });
  return (source) => {
    const key = requestDigest(source);
    const known = verdicts.get(key);
    if (known) return known.refusal;
    let refusal: GraphQLError | null = null;
    try {
      checkOperationShape(source, limits);
    } catch (error) {
      refusal = error as GraphQLError;
    }
    verdicts.set(key, { refusal });
    return refusal;
  };
}

/**
 * Parses the operation with at most `maxTokens` tokens (graphql-armor's counting parser, which stops
 * at the first token over the limit), then checks depth, aliases and directives with graphql-armor's
 * rules. Runs before GraphQL's own validation, whose cost grows with the document. Returns the
 * document, `undefined` when it does not parse (GraphQL's own parser then reports the syntax error),
 * or throws the first coded limit error.
 */
export function checkOperationShape(source: string, limits: OperationLimits): DocumentNode | undefined {
  const document = parseWithTokenLimit(source, limits.maxTokens);
  if (!document) return undefined;
  const refusals: { code: LimitErrorCode; message: string; limit: number }[] = [];
  const refuse = (code: LimitErrorCode, message: string, limit: number) => [
    () => refusals.push({ code, message, limit }),
  ];
  const armor = { exposeLimits: false, propagateOnRejection: false };
  const rules: ValidationRule[] = [];
  if (limits.maxDepth !== undefined)
    rules.push(
      maxDepthRule({
        ...armor,
        n: limits.maxDepth,
        flattenFragments: true,
        onReject: refuse("DEPTH_LIMIT_EXCEEDED", "The operation is nested too deeply", limits.maxDepth),
      }),
    );
  if (limits.maxAliases !== undefined)
    rules.push(
      maxAliasesRule({
        ...armor,
        n: limits.maxAliases,
        allowList: [],
        onReject: refuse("ALIAS_LIMIT_EXCEEDED", "The operation uses too many aliases", limits.maxAliases),
      }),
    );
  if (limits.maxDirectives !== undefined)
    rules.push(
      maxDirectivesRule({
        ...armor,
        n: limits.maxDirectives,
        onReject: refuse(
          "DIRECTIVE_LIMIT_EXCEEDED",
          "The operation uses too many directives",
          limits.maxDirectives,
        ),
      }),
    );
  if (rules.length > 0) validate(SHAPE_ONLY_SCHEMA, document, rules);
  const [first] = refusals;
  if (first)
    throw limitExceeded(first.code, `${first.message} (limit ${first.limit})`, { limit: first.limit });
  return document;
}

function parseWithTokenLimit(source: string, maxTokens: number | undefined): DocumentNode | undefined {
  let exceeded = false;
  const parser = new MaxTokensParserWLexer(source, {
    n: maxTokens ?? Number.MAX_SAFE_INTEGER,
    exposeLimits: false,
    onReject: [() => (exceeded = true)],
  });
  try {
    return parser.parseDocument();
  } catch (error) {
    if (exceeded && maxTokens !== undefined)
      throw limitExceeded("TOKEN_LIMIT_EXCEEDED", `The operation has too many tokens (limit ${maxTokens})`, {
        limit: maxTokens,
      });
    if ((error as GraphQLError).name === "GraphQLError") return undefined;
    throw error;
  }
}

/**
 * Every `first` argument in the document, literal or from a variable, must be a whole number from 0
 * to 100, the subgraphs' page size; checked before planning so that no subgraph is asked.
 */
export function checkPageSizes(document: DocumentNode, variables: Record<string, unknown> | undefined): void {
  const values = { ...variableDefaults(document), ...(variables ?? {}) };
  visit(document, {
    Argument(node) {
      if (node.name.value !== "first") return;
      const value = valueFromASTUntyped(node.value, values);
      if (value === null || value === undefined) return;
      if (typeof value !== "number" || !Number.isInteger(value) || value < 0)
        throw refusedInput("first", `must be a whole number from 0 to ${MAX_PAGE_SIZE}`);
      if (value > MAX_PAGE_SIZE) throw refusedInput("first", `must be at most ${MAX_PAGE_SIZE}`);
    },
  });
}

function variableDefaults(document: DocumentNode): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  for (const definition of document.definitions)
    if (definition.kind === Kind.OPERATION_DEFINITION)
      for (const variable of definition.variableDefinitions ?? [])
        if (variable.defaultValue)
          defaults[variable.variable.name.value] = valueFromASTUntyped(variable.defaultValue);
  return defaults;
}
