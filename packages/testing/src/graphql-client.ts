import { signRequest, SIGNATURE_HEADER } from "@careergraph/internal-calls";

export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: TData | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  };
}

export interface RequestOptions {
  token?: string;
  headers?: Record<string, string>;
  /** Signs the request with this internal key, as the gateway and the subgraphs sign their calls. */
  signWith?: Buffer;
}

/** POSTs one GraphQL operation over real HTTP, as a client would. */
export async function postGraphQL<TData = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: RequestOptions = {},
): Promise<GraphQLResponse<TData>> {
  const body = JSON.stringify({ query, variables });
  const { pathname, search } = new URL(url);
  const signature: Record<string, string> = options.signWith
    ? { [SIGNATURE_HEADER]: signRequest(options.signWith, { method: "POST", path: pathname + search, body }) }
    : {};
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...signature,
      ...options.headers,
    },
    body,
  });
  const text = await response.text();
  let answer: GraphQLResponse<TData>["body"];
  try {
    answer = JSON.parse(text) as GraphQLResponse<TData>["body"];
  } catch {
    throw new Error(`non-JSON response (${response.status}): ${text.slice(0, 500)}`);
  }
  return { status: response.status, headers: response.headers, body: answer };
}

/** The codes of a response's errors, in order. */
export function errorCodes(response: GraphQLResponse<unknown>): unknown[] {
  return (response.body.errors ?? []).map((error) => error.extensions?.code);
}
