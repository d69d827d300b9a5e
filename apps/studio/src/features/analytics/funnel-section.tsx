import { useMemo } from "react";
import { getFragmentData, graphql, type FragmentType, type FunnelStage } from "@careergraph/client/studio";
import { Chart, COLORS } from "./chart";
import type { CsvRow } from "./csv";
import { HELD_BACK, shownCount } from "./figures";

const FunnelFields = graphql(`
  fragment FunnelFigures on RoleAnalytics {
    learners
    practices
    suppressed
    funnel {
      stage
      learners
      suppressed
    }
  }
`);

const STAGE_LABELS: Record<FunnelStage, string> = {
  STARTED: "Started",
  PRACTISING: "Practising",
  HALF_READY: "Half ready",
  READY: "Ready",
};

const STAGE_MEANINGS: Record<FunnelStage, string> = {
  STARTED: "practised a question of the role",
  PRACTISING: "has a question in review",
  HALF_READY: "mastered half the role's questions",
  READY: "mastered them all",
};

type Figures = FragmentType<typeof FunnelFields>;

export function funnelCsv(figures: Figures): CsvRow[] {
  const data = getFragmentData(FunnelFields, figures);
  return [
    { section: "summary", item: "learners who started the role", measure: "learners", value: data.learners },
    { section: "summary", item: "their practices", measure: "practices", value: data.practices },
    ...data.funnel.map((step) => ({
      section: "funnel",
      item: STAGE_LABELS[step.stage],
      measure: "learners",
      value: step.learners,
    })),
  ];
}

/** The practice funnel: each stage a subset of the one before. */
export function FunnelSection({ figures }: { figures: Figures }) {
  const data = getFragmentData(FunnelFields, figures);
  const option = useMemo(() => {
    // the chart's own words are short; the note and the table say why a figure is held back
    const categories = data.funnel.map(
      (step) => `${STAGE_LABELS[step.stage]}: ${step.learners === null ? "held back" : step.learners}`,
    );
    return {
      color: [COLORS.primary],
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis" },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", inverse: true, data: categories, axisLabel: { color: "#111827" } },
      series: [
        {
          type: "bar",
          name: "Learners",
          data: data.funnel.map((step) => step.learners ?? "-"),
          label: { show: true, position: "right", color: "#111827" },
        },
      ],
    };
  }, [data]);
  const shown = data.funnel.filter((step) => step.learners !== null);
  return (
    <section aria-labelledby="funnel-heading" className="panel">
      <h2 id="funnel-heading">Practice funnel</h2>
      <dl className="facts">
        <div>
          <dt>Learners who started the role</dt>
          <dd>{shownCount(data.learners)}</dd>
        </div>
        <div>
          <dt>Their practices</dt>
          <dd>{shownCount(data.practices)}</dd>
        </div>
      </dl>
      <Chart
        option={option}
        height={200}
        label={`Practice funnel: ${data.funnel.map((s) => `${STAGE_LABELS[s.stage]} ${shownCount(s.learners)}`).join(", ")}.`}
      />
      {shown.length < data.funnel.length && (
        <p className="held-back-note">Stages without a bar are {HELD_BACK}.</p>
      )}
      <table>
        <caption>Learners at each stage</caption>
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Meaning</th>
            <th scope="col">Learners</th>
          </tr>
        </thead>
        <tbody>
          {data.funnel.map((step) => (
            <tr key={step.stage}>
              <th scope="row">{STAGE_LABELS[step.stage]}</th>
              <td>{STAGE_MEANINGS[step.stage]}</td>
              <td className={step.learners === null ? "held-back" : "number"}>
                {shownCount(step.learners)}
                {step.learners !== null && step.suppressed && " (some weeks held back)"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
