import type { ReactNode } from "react";
import { Link, Navigate } from "react-router";
import { hasRole, useSession, type Session } from "../lib/session";

type Part = "EDITOR" | "ANALYST";

const PART_NAMES: Record<Part, string> = {
  EDITOR: "editors (EDITOR or ADMIN)",
  ANALYST: "analysts (ANALYST or ADMIN)",
};

function SignInRequired() {
  return (
    <>
      <h1>Sign in</h1>
      <p>The studio is for editors and analysts: sign in with a token that carries their role.</p>
      {import.meta.env.MODE !== "production" ? (
        <p>
          <Link to="/dev/sign-in">Sign in with a development token</Link>
        </p>
      ) : (
        <p>Ask your administrator for access.</p>
      )}
    </>
  );
}

/** A clear refusal: who is signed in, and who this part of the studio is for. */
function NotAllowed({ session, part }: { session: Session; part?: Part }) {
  const roles = session.roles.length > 0 ? session.roles.join(", ") : "no role";
  return (
    <>
      <h1>Not allowed</h1>
      <p role="alert">
        You are signed in as {session.userId} ({roles}).{" "}
        {part
          ? `This part of the studio is for ${PART_NAMES[part]} only.`
          : "The studio is for editors (EDITOR or ADMIN) and analysts (ANALYST or ADMIN) only."}
      </p>
      <p>Sign out and sign in again with a role that may use it.</p>
    </>
  );
}

/** Shows `children` to those whose token has `part`'s role; everyone else learns why not. */
export function RequireRole({ part, children }: { part: Part; children: ReactNode }) {
  const session = useSession();
  if (!session) return <SignInRequired />;
  if (!hasRole(session, part)) return <NotAllowed session={session} part={part} />;
  return <>{children}</>;
}

/** The start page: each person's own part of the studio. */
export function Home() {
  const session = useSession();
  if (!session) return <SignInRequired />;
  if (hasRole(session, "EDITOR")) return <Navigate to="/roles" replace />;
  if (hasRole(session, "ANALYST")) return <Navigate to="/analytics" replace />;
  return <NotAllowed session={session} />;
}
