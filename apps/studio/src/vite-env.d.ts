/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The gateway's GraphQL endpoint at build time (the page's meta tag wins when set). */
  readonly VITE_GATEWAY_URL?: string;
}
