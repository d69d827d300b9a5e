/** The roles a token may carry; `ANALYTICS_EXPORT` reads the raw event feed (practiceEvents), `ADMIN` has every role. */
export const USER_ROLES = ["LEARNER", "EDITOR", "ANALYST", "ANALYTICS_EXPORT", "ADMIN"] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** The verified caller: a token's `sub` and the roles it grants. */
export interface Viewer {
  id: string;
  roles: UserRole[];
}

/** Every resolver context carries the caller, `null` when anonymous. */
export interface AuthContext {
  viewer: Viewer | null;
}

export function hasRole(viewer: Viewer, role: UserRole): boolean {
  return viewer.roles.includes(role) || viewer.roles.includes("ADMIN");
}
