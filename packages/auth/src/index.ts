export { USER_ROLES, hasRole } from "./viewer";
export type { UserRole, Viewer, AuthContext } from "./viewer";
export { createTokenVerifier } from "./token-verifier";
export type { AuthOptions, TokenVerifier } from "./token-verifier";
export { authChecker, requireViewer } from "./auth-checker";
export { signToken } from "./sign-token";
export type { TokenClaims } from "./sign-token";
