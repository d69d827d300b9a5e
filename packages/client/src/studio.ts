/**
 * The studio's typed documents (GraphQL Code Generator's client preset): `graphql()` for the
 * documents written beside its components, `getFragmentData` and `FragmentType` for masked
 * fragments, and every generated type and document.
 */
export * from "./generated/studio";
export * from "./generated/studio/graphql";
