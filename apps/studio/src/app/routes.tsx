import type { ReactNode } from "react";
import type { RouteObject } from "react-router";
import { AuditTrail } from "../features/audit";
import { LearningPathPage, LearningPathsPage, RoleGuidesPage } from "../features/guides";
import { NewQuestionForm, QuestionEditorPage, QuestionList } from "../features/questions";
import { NewRolePage, RoleEditorPage, RolesPage, type EditedRole } from "../features/roles";
import { Home, RequireRole } from "./access";
import { AppShell } from "./app-shell";

/** What the app puts on a role's page: the features meet here, never inside each other. */
function roleQuestions(role: EditedRole) {
  return (
    <>
      <QuestionList role={role} />
      <NewQuestionForm roleId={role.id} />
    </>
  );
}

const catalogAudit = (entityId: string) => <AuditTrail entityId={entityId} source="catalog" />;
const guidesAudit = (entityId: string) => <AuditTrail entityId={entityId} source="guides" />;

function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>There is no page here.</p>
    </>
  );
}

const loading = <p aria-busy="true">Loading…</p>;

const editor = (page: ReactNode) => <RequireRole part="EDITOR">{page}</RequireRole>;

export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    children: [
      { path: "/", element: <Home /> },
      { path: "/roles", element: editor(<RolesPage />) },
      { path: "/roles/new", element: editor(<NewRolePage />) },
      {
        path: "/roles/:slug",
        element: editor(<RoleEditorPage renderQuestions={roleQuestions} renderAudit={catalogAudit} />),
      },
      {
        path: "/roles/:slug/questions/:id",
        element: editor(<QuestionEditorPage renderAudit={catalogAudit} />),
      },
      { path: "/roles/:slug/guides", element: editor(<RoleGuidesPage renderAudit={guidesAudit} />) },
      { path: "/learning-paths", element: editor(<LearningPathsPage />) },
      { path: "/learning-paths/:slug", element: editor(<LearningPathPage renderAudit={guidesAudit} />) },
      {
        // the pack's validation (zod) loads with this page only
        path: "/import",
        lazy: async () => {
          const { ImportPage } = await import("../features/import");
          return { element: editor(<ImportPage />) };
        },
        hydrateFallbackElement: loading,
      },
      {
        // the charts (ECharts) load with this page only: editors never download them
        path: "/analytics",
        lazy: async () => {
          const { DashboardPage } = await import("../features/analytics");
          return {
            element: (
              <RequireRole part="ANALYST">
                <DashboardPage />
              </RequireRole>
            ),
          };
        },
        hydrateFallbackElement: loading,
      },
      // development-only pages: Vite replaces the mode, so the production build has neither the route nor its code
      ...(import.meta.env.MODE !== "production"
        ? [
            {
              path: "/dev/sign-in",
              lazy: async () => ({ Component: (await import("../features/dev-sign-in")).DevSignInPage }),
              hydrateFallbackElement: loading,
            },
          ]
        : []),
      { path: "*", element: <NotFound /> },
    ],
  },
];
