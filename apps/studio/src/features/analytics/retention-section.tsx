import { useMemo } from "react";
import { getFragmentData, graphql, type FragmentType } from "@careergraph/client/studio";
import { Chart, COLORS } from "./chart";
import type { CsvRow } from "./csv";
import { HELD_BACK, shownCount, shownShare } from "./figures";

const RetentionFields = graphql(`
  fragment RetentionFigures on RetentionCohort {
    cohortStart
    learners
    returnedAfter1Day
    returnedAfter7Days
    returnedAfter30Days
    suppressed
  }
`);

type Figures = FragmentType<typeof RetentionFields>[];

const COLUMNS = [
  { key: "returnedAfter1Day", label: "After 1 day" },
  { key: "returnedAfter7Days", label: "After 7 days" },
  { key: "returnedAfter30Days", label: "After 30 days" },
] as const;

export function retentionCsv(figures: Figures): CsvRow[] {
  return getFragmentData(RetentionFields, figures).flatMap((cohort) => [
    { section: "retention", item: cohort.cohortStart, measure: "learners", value: cohort.learners },
    ...COLUMNS.map((column) => ({
      section: "retention",
      item: cohort.cohortStart,
      measure: `returned ${column.label.toLowerCase()}`,
      value: cohort[column.key],
    })),
  ]);
}

/** Weekly cohorts (by the week of their first practice) and the share who came back: a heatmap. */
export function RetentionSection({ figures }: { figures: Figures }) {
  const cohorts = getFragmentData(RetentionFields, figures);
  const option = useMemo(() => {
    const shown: [number, number, number][] = [];
    const heldBack: [number, number, number][] = [];
    cohorts.forEach((cohort, y) =>
      COLUMNS.forEach((column, x) => {
        const value = cohort[column.key];
        if (value === null) heldBack.push([x, y, 0]);
        else shown.push([x, y, value]);
      }),
    );
    const labels = cohorts.map(
      (cohort) => `${cohort.cohortStart} (${shownCount(cohort.learners).replace(HELD_BACK, "held back")})`,
    );
    return {
      grid: { left: 8, right: 8, top: 8, bottom: 64, containLabel: true },
      tooltip: { position: "top" },
      xAxis: {
        type: "category",
        data: COLUMNS.map((c) => c.label),
        position: "top",
        axisLabel: { color: "#111827" },
      },
      yAxis: { type: "category", data: labels, inverse: true, axisLabel: { color: "#111827" } },
      visualMap: {
        seriesIndex: 0,
        min: 0,
        max: 1,
        calculable: false,
        orient: "horizontal",
        left: "center",
        bottom: 0,
        text: ["100% came back", "0%"],
        inRange: { color: ["#f0fdfa", COLORS.primary] },
        formatter: (value: number) => `${Math.round(value * 100)}%`,
      },
      series: [
        {
          type: "heatmap",
          name: "Came back",
          data: shown,
          label: {
            show: true,
            formatter: ({ value }: { value: [number, number, number] }) => `${Math.round(value[2] * 100)}%`,
            color: "#111827",
            textBorderColor: "#ffffff",
            textBorderWidth: 2,
          },
        },
        {
          // held-back cells: grey, saying so in words, never a 0
          type: "heatmap",
          name: "Held back",
          data: heldBack,
          itemStyle: { color: COLORS.heldBack },
          label: { show: true, formatter: "held back", color: "#374151" },
          tooltip: { formatter: HELD_BACK },
        },
      ],
    };
  }, [cohorts]);
  const heldBackCells = cohorts.reduce(
    (n, c) => n + COLUMNS.filter((column) => c[column.key] === null).length,
    0,
  );
  return (
    <section aria-labelledby="retention-heading" className="panel">
      <h2 id="retention-heading">Retention by weekly cohort (all roles)</h2>
      <Chart
        option={option}
        height={Math.max(220, 26 * cohorts.length + 110)}
        label={`Retention heatmap: ${cohorts.length} weekly cohorts, the share who came back after 1, 7 and 30 days; ${heldBackCells} cells held back; the table has every figure.`}
      />
      <p className={heldBackCells > 0 ? "held-back-note" : undefined}>
        {heldBackCells > 0 ? `Grey cells are ${HELD_BACK}.` : "Every cell is shown."}
      </p>
      <details>
        <summary>The figures by cohort</summary>
        <table>
          <caption>Retention by weekly cohort</caption>
          <thead>
            <tr>
              <th scope="col">Cohort (week of)</th>
              <th scope="col">Learners</th>
              {COLUMNS.map((column) => (
                <th scope="col" key={column.key}>
                  Came back {column.label.toLowerCase()}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {cohorts.map((cohort) => (
              <tr key={cohort.cohortStart}>
                <th scope="row">{cohort.cohortStart}</th>
                <td className={cohort.learners === null ? "held-back" : "number"}>
                  {shownCount(cohort.learners)}
                </td>
                {COLUMNS.map((column) => (
                  <td key={column.key} className={cohort[column.key] === null ? "held-back" : "number"}>
                    {shownShare(cohort[column.key])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
