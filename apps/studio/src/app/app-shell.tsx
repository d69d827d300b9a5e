import { Link, Outlet } from "react-router";
import { Layout, type NavItem } from "../components/layout";
import { hasRole, sessionStore, useSession } from "../lib/session";

export function AppShell() {
  const session = useSession();
  const nav: NavItem[] = [
    ...(hasRole(session, "EDITOR")
      ? [
          { to: "/roles", label: "Roles" },
          { to: "/learning-paths", label: "Learning paths" },
          { to: "/import", label: "Import" },
        ]
      : []),
    ...(hasRole(session, "ANALYST") ? [{ to: "/analytics", label: "Analytics" }] : []),
  ];
  const account = session ? (
    <>
      <span className="user">
        {session.userId} <span className="roles">({session.roles.join(", ") || "no role"})</span>
      </span>
      <button type="button" className="secondary" onClick={sessionStore.signOut}>
        Sign out
      </button>
    </>
  ) : import.meta.env.MODE !== "production" ? (
    <Link to="/dev/sign-in">Sign in</Link>
  ) : null;
  return (
    <Layout nav={nav} account={account}>
      <Outlet />
    </Layout>
  );
}
