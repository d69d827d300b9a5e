import { useId, useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { gatewayUrl } from "../../lib/config";
import { signIn } from "../../lib/session";

const ROLES = ["EDITOR", "ADMIN", "ANALYST", "LEARNER"] as const;

/** Where the gateway mints development tokens: `/dev/sign-in` beside its `/graphql`. */
function signInEndpoint(): string {
  return new URL("/dev/sign-in", gatewayUrl()).toString();
}

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
    const response = await fetch(signInEndpoint(), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ sub: form.get("sub"), roles: form.getAll("roles") }),
    });
    const body = (await response.json()) as { token?: string; error?: string };
    if (!response.ok || !body.token) return setError(body.error ?? `the gateway answered ${response.status}`);
    signIn(body.token);
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
        onSubmit={(event) => void submit(event).catch((e: unknown) => setError(String(e)))}
        className="stack narrow"
      >
        <label htmlFor={userField}>User id</label>
        <input id={userField} name="sub" defaultValue="editor-1" required maxLength={200} />
        <fieldset>
          <legend>Roles</legend>
          {ROLES.map((role) => (
            <label key={role} className="inline">
              <input type="checkbox" name="roles" value={role} defaultChecked={role === "EDITOR"} /> {role}
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
