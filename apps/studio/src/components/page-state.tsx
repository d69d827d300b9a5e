import type { ReactNode } from "react";

/** What a page shows while its query runs, or when it failed. */
export function PageState({
  loading,
  error,
  children,
}: {
  loading: boolean;
  error?: Error;
  children: ReactNode;
}) {
  if (error)
    return (
      <p role="alert" className="error">
        Could not load this page: {error.message}
      </p>
    );
  if (loading) return <p aria-busy="true">Loading…</p>;
  return <>{children}</>;
}
