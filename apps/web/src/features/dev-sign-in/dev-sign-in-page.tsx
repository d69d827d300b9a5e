import { useId, useState, type FormEvent } from "react";
import { requestDevToken } from "@careergraph/client";
import { useNavigate } from "react-router";
import { gatewayUrl } from "../../lib/config";
import { sessionStore } from "../../lib/session";

const ROLES = ["LEARNER", "EDITOR", "ANALYST", "ADMIN"] as const;

/**
 * Development only (absent from production builds, as the gateway's endpoint is absent in
 * production): signs in as any user id with any roles, with a token the gateway signs with the
 * development secret.
 */
export function DevSignInPage() {
  const navigate = useNavigate();
  const userField = useId();
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");
    const roles = form.getAll("roles").map(text);
    sessionStore.signIn(await requestDevToken(gatewayUrl(), text(form.get("sub")), roles));
    await navigate("/");
  }

  return (
    <>
      <h1>Development sign-in</h1>
      <p>
        Mints a token with this machine&apos;s development secret. This page and the gateway&apos;s endpoint
        do not exist in production.
      </p>
      <form
        onSubmit={(event) =>
          void submit(event).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
        }
        className="stack"
      >
        <label htmlFor={userField}>User id</label>
        <input id={userField} name="sub" defaultValue="learner-1" required maxLength={200} />
        <fieldset>
          <legend>Roles</legend>
          {ROLES.map((role) => (
            <label key={role}>
              <input type="checkbox" name="roles" value={role} defaultChecked={role === "LEARNER"} /> {role}
            </label>
          ))}
        </fieldset>
        <button type="submit">Sign in</button>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </form>
    </>
  );
}
