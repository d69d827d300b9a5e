import { v5 as uuidv5 } from "uuid";

/** Namespace of careergraph's content-pack ids (a fixed random UUID). */
const CONTENT_NAMESPACE = "4f0d3a6e-9f7b-4c52-8a51-2f6b9d3c7e10";

/**
 * Content-pack ids are derived from slugs, so every subgraph knows a pack role's id without asking
 * another: guides stores the id that roles serves. Content created later gets random ids.
 */
export function roleIdFor(roleSlug: string): string {
  return uuidv5(`role:${roleSlug}`, CONTENT_NAMESPACE);
}

export function questionIdFor(roleSlug: string, position: number): string {
  return uuidv5(`question:${roleSlug}:${position}`, CONTENT_NAMESPACE);
}
