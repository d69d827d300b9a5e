import { useQuery } from "@apollo/client/react";
import { useEffect, useId } from "react";
import { useSearchParams } from "react-router";
import { graphql, type Granularity } from "@careergraph/client/studio";
import { writeProblems } from "../../lib/api-errors";
import { ActivitySection, activityCsv } from "./activity-section";
import { AgainSection, againCsv } from "./again-section";
import { download, toCsv } from "./csv";
import { DistributionSection, distributionCsv } from "./distribution-section";
import { addDays, isoDay } from "./figures";
import { FunnelSection, funnelCsv } from "./funnel-section";
import { RetentionSection, retentionCsv } from "./retention-section";

const DashboardRolesQuery = graphql(`
  query StudioDashboardRoles {
    roles(first: 100) {
      edges {
        node {
          id
          slug
          title
        }
      }
    }
  }
`);

const DashboardQuery = graphql(`
  query StudioDashboard($slug: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {
    roleAnalytics(slug: $slug, from: $from, to: $to) {
      from
      to
      role {
        id
        title
      }
      ...FunnelFigures
      ...DistributionFigures
      ...AgainFigures
    }
    activity(from: $from, to: $to, granularity: $granularity) {
      periodStart
      ...ActivityFigures
    }
    retention(cohort: WEEK, from: $from, to: $to) {
      cohortStart
      ...RetentionFigures
    }
  }
`);

/** The range a dashboard opens with: the last 26 weeks, to today (UTC). */
const DEFAULT_DAYS = 181;

interface Filters {
  slug: string;
  from: string;
  to: string;
  granularity: Granularity;
}

function useFilters(firstSlug: string | undefined): [Filters, (next: Partial<Filters>) => void] {
  const [params, setParams] = useSearchParams();
  const to = params.get("to") ?? isoDay(new Date());
  const filters: Filters = {
    slug: params.get("role") ?? firstSlug ?? "",
    from: params.get("from") ?? addDays(to, -DEFAULT_DAYS),
    to,
    granularity: params.get("by") === "day" ? "DAY" : "WEEK",
  };
  const update = (next: Partial<Filters>) => {
    const merged = { ...filters, ...next };
    setParams(
      { role: merged.slug, from: merged.from, to: merged.to, by: merged.granularity.toLowerCase() },
      { replace: true },
    );
  };
  return [filters, update];
}

/** The analysts' dashboard of one role over a date range: funnel, readiness, AGAIN rates, activity, retention. */
export function DashboardPage() {
  const ids = { role: useId(), from: useId(), to: useId() };
  const roles = useQuery(DashboardRolesQuery);
  const choices = roles.data?.roles.edges.map(({ node }) => node) ?? [];
  const [filters, update] = useFilters(choices[0]?.slug);
  const { data, error, loading } = useQuery(DashboardQuery, {
    variables: filters,
    skip: !filters.slug,
    errorPolicy: "all",
  });
  useEffect(() => {
    document.title = "Analytics · careergraph studio";
  }, []);
  const problems = writeProblems(error ?? null);
  const fieldError = (field: "from" | "to") => (error ? problems.fields[field] : undefined);
  const analytics = data?.roleAnalytics;

  function exportCsv() {
    if (!data || !analytics) return;
    const rows = [
      ...funnelCsv(analytics),
      ...distributionCsv(analytics),
      ...againCsv(analytics),
      ...activityCsv(data.activity, filters.granularity),
      ...retentionCsv(data.retention),
    ];
    download(`careergraph-${filters.slug}-${filters.from}-to-${filters.to}.csv`, toCsv(rows));
  }

  return (
    <>
      <div className="page-head">
        <h1>Analytics</h1>
        <button type="button" onClick={exportCsv} disabled={!analytics}>
          Export CSV
        </button>
      </div>
      <form className="filters" aria-label="Filters" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor={ids.role}>Role</label>
          <select
            id={ids.role}
            value={filters.slug}
            onChange={(event) => update({ slug: event.target.value })}
          >
            {choices.map((role) => (
              <option key={role.id} value={role.slug}>
                {role.title}
              </option>
            ))}
          </select>
        </div>
        {(["from", "to"] as const).map((field) => (
          <div key={field} className={fieldError(field) ? "field invalid" : "field"}>
            <label htmlFor={ids[field]}>{field === "from" ? "From" : "To"}</label>
            <input
              id={ids[field]}
              type="date"
              value={filters[field]}
              required
              aria-invalid={fieldError(field) ? true : undefined}
              aria-describedby={fieldError(field) ? `${ids[field]}-error` : undefined}
              onChange={(event) => event.target.value && update({ [field]: event.target.value })}
            />
            {fieldError(field) && (
              <p id={`${ids[field]}-error`} className="field-error">
                {fieldError(field)}
              </p>
            )}
          </div>
        ))}
        <fieldset className="field">
          <legend>Activity by</legend>
          {(["DAY", "WEEK"] as const).map((granularity) => (
            <label key={granularity} className="inline">
              <input
                type="radio"
                name="granularity"
                value={granularity}
                checked={filters.granularity === granularity}
                onChange={() => update({ granularity })}
              />{" "}
              {granularity === "DAY" ? "Day" : "Week"}
            </label>
          ))}
        </fieldset>
      </form>
      <p className="hint">
        Figures about fewer than 5 learners are held back, and say so; the role&apos;s figures count the
        learners who started it in the range, widened to whole ISO weeks (UTC).
      </p>
      {error && Object.keys(problems.fields).length === 0 && (
        <p role="alert" className="error">
          Could not load the figures: {error.message}
        </p>
      )}
      {loading && !data && <p aria-busy="true">Loading…</p>}
      {analytics && (
        <>
          <p role="status">
            {analytics.role.title}, learners who started from {analytics.from ?? filters.from} to{" "}
            {analytics.to ?? filters.to}.
          </p>
          <div className="dashboard">
            <FunnelSection figures={analytics} />
            <DistributionSection figures={analytics} />
            <AgainSection figures={analytics} />
          </div>
        </>
      )}
      {data && !analytics && !error && <p role="alert">There is no role “{filters.slug}”.</p>}
      {data?.activity && <ActivitySection figures={data.activity} granularity={filters.granularity} />}
      {data?.retention && <RetentionSection figures={data.retention} />}
    </>
  );
}
