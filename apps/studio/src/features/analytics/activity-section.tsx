import { useMemo } from "react";
import { getFragmentData, graphql, type FragmentType, type Granularity } from "@careergraph/client/studio";
import { Chart, COLORS } from "./chart";
import type { CsvRow } from "./csv";
import { HELD_BACK, shownCount } from "./figures";

const ActivityFields = graphql(`
  fragment ActivityFigures on ActivityBucket {
    periodStart
    learners
    practices
    suppressed
  }
`);

type Figures = FragmentType<typeof ActivityFields>[];

export function activityCsv(figures: Figures, granularity: Granularity): CsvRow[] {
  const section = granularity === "DAY" ? "activity by day" : "activity by week";
  return getFragmentData(ActivityFields, figures).flatMap((bucket) => [
    { section, item: bucket.periodStart, measure: "learners", value: bucket.learners },
    { section, item: bucket.periodStart, measure: "practices", value: bucket.practices },
  ]);
}

/** Active learners and practices over time, by day or by week (all roles: the API counts activity platform-wide). */
export function ActivitySection({ figures, granularity }: { figures: Figures; granularity: Granularity }) {
  const buckets = getFragmentData(ActivityFields, figures);
  const period = granularity === "DAY" ? "day" : "week";
  const heldBack = buckets.filter((bucket) => bucket.learners === null || bucket.practices === null);
  const option = useMemo(
    () => ({
      color: [COLORS.primary, COLORS.secondary],
      grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, textStyle: { color: "#111827" } },
      tooltip: { trigger: "axis" },
      xAxis: {
        type: "category",
        data: buckets.map((bucket) => bucket.periodStart),
        axisLabel: { color: "#374151" },
      },
      yAxis: [
        { type: "value", name: "practices", minInterval: 1 },
        { type: "value", name: "learners", minInterval: 1, splitLine: { show: false } },
      ],
      series: [
        // a held-back period is a gap in the line, never a 0
        {
          type: "line",
          name: "Practices",
          data: buckets.map((b) => b.practices ?? "-"),
          connectNulls: false,
          showSymbol: false,
        },
        {
          type: "line",
          name: "Active learners",
          yAxisIndex: 1,
          data: buckets.map((b) => b.learners ?? "-"),
          connectNulls: false,
          showSymbol: false,
          lineStyle: { type: "dashed" },
        },
      ],
    }),
    [buckets],
  );
  return (
    <section aria-labelledby="activity-heading" className="panel">
      <h2 id="activity-heading">Activity by {period} (all roles)</h2>
      <Chart
        option={option}
        label={`Practices and active learners by ${period}, ${buckets.length} ${period}s from ${buckets[0]?.periodStart ?? "–"}; the table has every figure.`}
      />
      <p className={heldBack.length > 0 ? "held-back-note" : undefined}>
        {heldBack.length > 0
          ? `${heldBack.length} of ${buckets.length} ${period}s are ${HELD_BACK}: gaps in the lines.`
          : `Every ${period} is shown.`}
      </p>
      <details>
        <summary>The figures by {period}</summary>
        <table>
          <caption>Activity by {period}</caption>
          <thead>
            <tr>
              <th scope="col">{granularity === "DAY" ? "Day" : "Week of"}</th>
              <th scope="col">Active learners</th>
              <th scope="col">Practices</th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((bucket) => (
              <tr key={bucket.periodStart}>
                <th scope="row">{bucket.periodStart}</th>
                <td className={bucket.learners === null ? "held-back" : "number"}>
                  {shownCount(bucket.learners)}
                </td>
                <td className={bucket.practices === null ? "held-back" : "number"}>
                  {shownCount(bucket.practices)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
