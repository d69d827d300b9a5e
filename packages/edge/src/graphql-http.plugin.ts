import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import Negotiator from "negotiator";
import { REQUEST_ID_HEADER } from "./request-id";

const GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";

/**
 * GraphQL over HTTP: a well-formed request answered as `application/json` gets 200 even when the
 * document fails to parse or validate (only `application/graphql-response+json` uses 4xx for those);
 * Apollo Server answers 400 either way. Also puts the request id on masked internal errors, so that a
 * client's report leads to the log line.
 */
export function graphqlOverHttpPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ request }) {
      const accept = request.http?.headers.get("accept");
      const wantsGraphQLResponse =
        accept !== undefined &&
        new Negotiator({ headers: { accept } }).mediaType(["application/json", GRAPHQL_RESPONSE_JSON]) ===
          GRAPHQL_RESPONSE_JSON;
      const requestId = request.http?.headers.get(REQUEST_ID_HEADER);
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const errors = response.body.singleResult.errors ?? [];
          for (const error of errors)
            if (error.extensions?.code === "INTERNAL_SERVER_ERROR" && requestId)
              (error.extensions as Record<string, unknown>).requestId = requestId;
          if (!wantsGraphQLResponse && response.http.status === 400 && errors.length > 0)
            response.http.status = 200;
        },
      };
    },
  };
}
