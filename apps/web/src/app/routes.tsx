import type { RouteObject } from "react-router";
import type { QuestionItemFragment, ReviewItemFragment } from "@careergraph/client/web";
import { CatalogPage } from "../features/catalog";
import { NotesPage, QuestionNotes } from "../features/notes";
import { PracticeButtons, ReviewPage } from "../features/practice";
import { RolePage } from "../features/role-page";
import { AppShell } from "./app-shell";

/** What the app puts under each question: the features meet here, never inside each other. */
function questionActions(question: QuestionItemFragment) {
  return (
    <>
      <PracticeButtons question={question} />
      <QuestionNotes question={question} />
    </>
  );
}

function reviewActions(question: ReviewItemFragment) {
  return <PracticeButtons question={question} />;
}

function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>There is no page here.</p>
    </>
  );
}

export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    children: [
      { path: "/", element: <CatalogPage /> },
      { path: "/roles/:slug", element: <RolePage renderQuestionActions={questionActions} /> },
      { path: "/review", element: <ReviewPage renderActions={reviewActions} /> },
      { path: "/notes", element: <NotesPage /> },
      // development-only pages: Vite replaces the mode, so the production build has neither the route nor its code
      ...(import.meta.env.MODE !== "production"
        ? [
            {
              path: "/dev/sign-in",
              lazy: async () => ({ Component: (await import("../features/dev-sign-in")).DevSignInPage }),
              hydrateFallbackElement: <p aria-busy="true">Loading…</p>,
            },
          ]
        : []),
      { path: "*", element: <NotFound /> },
    ],
  },
];
