import type { ReactNode } from "react";
import { NavLink } from "react-router";

export interface LayoutProps {
  /** What the header shows at its end: the streak, sign-in or sign-out. */
  account: ReactNode;
  /** A line under the header (the offline and sync state). */
  banner?: ReactNode;
  children: ReactNode;
}

export function Layout({ account, banner, children }: LayoutProps) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <NavLink to="/" className="brand">
          careergraph
        </NavLink>
        <nav aria-label="Main">
          <NavLink to="/">Catalog</NavLink>
          <NavLink to="/review">Review</NavLink>
          <NavLink to="/notes">Notes</NavLink>
        </nav>
        <div className="account">{account}</div>
      </header>
      {banner}
      <main id="main">{children}</main>
    </>
  );
}
