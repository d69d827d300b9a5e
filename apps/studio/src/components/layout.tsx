import type { ReactNode } from "react";
import { NavLink } from "react-router";

export interface NavItem {
  to: string;
  label: string;
}

export interface LayoutProps {
  /** The sections the signed-in person may use. */
  nav: NavItem[];
  /** What the header shows at its end: who is signed in, sign-in or sign-out. */
  account: ReactNode;
  children: ReactNode;
}

export function Layout({ nav, account, children }: LayoutProps) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <NavLink to="/" className="brand">
          careergraph studio
        </NavLink>
        {nav.length > 0 && (
          <nav aria-label="Studio">
            {nav.map((item) => (
              <NavLink key={item.to} to={item.to}>
                {item.label}
              </NavLink>
            ))}
          </nav>
        )}
        <div className="account">{account}</div>
      </header>
      <main id="main">{children}</main>
    </>
  );
}
