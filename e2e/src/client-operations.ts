import { readFileSync } from "node:fs";

/** The apps' persisted operations (`@careergraph/client`'s manifest): operation name → hash. */
export function clientOperationHashes(): Map<string, string> {
  const manifest = JSON.parse(
    readFileSync(require.resolve("@careergraph/client/persisted-operations.json"), "utf8"),
  ) as Record<string, string>;
  const hashes = new Map<string, string>();
  for (const [hash, text] of Object.entries(manifest)) {
    const name = /(?:query|mutation) (\w+)/.exec(text)?.[1];
    if (name) hashes.set(name, hash);
  }
  return hashes;
}

/** The address of a persisted query over GET, as the apps and mobile clients send it. */
export function persistedGetUrl(
  gatewayUrl: string,
  hash: string,
  operationName: string,
  variables: Record<string, unknown> = {},
): string {
  const params = new URLSearchParams({
    operationName,
    variables: JSON.stringify(variables),
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }),
  });
  return `${gatewayUrl}?${params}`;
}
