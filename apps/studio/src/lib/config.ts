/**
 * The gateway this app talks to: the page's `careergraph-gateway` meta tag (a static server may set
 * it at serve time), else `VITE_GATEWAY_URL` at build time, else the quick start's gateway.
 */
export function gatewayUrl(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="careergraph-gateway"]')?.content;
  return meta || import.meta.env.VITE_GATEWAY_URL || "http://localhost:4000/graphql";
}
