import type { AuthChecker } from "type-graphql";
import { forbidden, unauthenticated } from "@careergraph/schema";
import { hasRole, type AuthContext, type UserRole } from "./viewer";

/** `@Authorized()` needs a caller; `@Authorized("EDITOR")` needs that role too (ADMIN has every role). */
export const authChecker: AuthChecker<AuthContext, UserRole> = ({ context }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  if (roles.length > 0 && !roles.some((role) => hasRole(viewer, role))) {
    throw forbidden(`this needs the ${roles.join(" or ")} role`);
  }
  return true;
};

/** The caller, or UNAUTHENTICATED: for resolvers that work on the caller's own data. */
export function requireViewer(context: AuthContext) {
  if (!context.viewer) throw unauthenticated();
  return context.viewer;
}
