import { Link, Outlet } from "react-router";
import { Layout } from "../components/layout";
import { OfflineBanner } from "../features/offline";
import { Streak } from "../features/practice";
import { forgetKeptAnswers } from "../lib/service-worker";
import { sessionStore, useSession } from "../lib/session";

export function AppShell() {
  const session = useSession();
  const account = session ? (
    <>
      <Streak />
      <span className="user">{session.userId}</span>
      <button
        type="button"
        onClick={() => {
          sessionStore.signOut();
          forgetKeptAnswers();
        }}
      >
        Sign out
      </button>
    </>
  ) : import.meta.env.MODE !== "production" ? (
    <Link to="/dev/sign-in">Sign in</Link>
  ) : null;
  return (
    <Layout account={account} banner={<OfflineBanner />}>
      <Outlet />
    </Layout>
  );
}
