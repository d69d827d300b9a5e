import { ApolloProvider } from "@apollo/client/react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter, RouterProvider } from "react-router";
import { routes } from "./app/routes";
import { apolloClient } from "./lib/apollo";
import { sessionStore, useSession } from "./lib/session";
import "./styles.css";

const router = createBrowserRouter(routes);

/** A new identity must not see what the last one read (drafts, figures). */
function SessionBoundary() {
  const session = useSession();
  return (
    <ApolloProvider client={apolloClient} key={session?.userId ?? "anonymous"}>
      <RouterProvider router={router} />
    </ApolloProvider>
  );
}

// before the pages mount again for the new identity (the provider's key), drop what the last one saw
sessionStore.subscribe(() => void apolloClient.clearStore());

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <SessionBoundary />
  </StrictMode>,
);
