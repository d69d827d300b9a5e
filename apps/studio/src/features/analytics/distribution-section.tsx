import { useMemo } from "react";
import { getFragmentData, graphql, type FragmentType } from "@careergraph/client/studio";
import { Chart, COLORS } from "./chart";
import type { CsvRow } from "./csv";
import { HELD_BACK, shownCount, shownShare } from "./figures";

const DistributionFields = graphql(`
  fragment DistributionFigures on RoleAnalytics {
    funnel {
      stage
      learners
      suppressed
    }
    questions {
      question {
        id
      }
      masteryRate
    }
  }
`);

type Figures = FragmentType<typeof DistributionFields>;

const MASTERY_BANDS = ["0–20%", "20–40%", "40–60%", "60–80%", "80–100%"];

/**
 * Readiness as the share of the learners who started the role who reached half, and all, of its
 * questions mastered (the funnel's published cells, as they are: never a difference of two of them,
 * which could count different weeks); mastery as the role's questions by the share of their learners
 * who mastered them.
 */
function distributions(figures: Figures) {
  const data = getFragmentData(DistributionFields, figures);
  const stage = (name: string) => data.funnel.find((step) => step.stage === name);
  const started = stage("STARTED")?.learners ?? null;
  const readiness = [
    { band: "Half the questions or more", step: stage("HALF_READY") },
    { band: "All the questions", step: stage("READY") },
  ].map(({ band, step }) => ({
    band,
    learners: step?.learners ?? null,
    share: started && step?.learners != null ? step.learners / started : null,
    partial: Boolean(step?.suppressed),
  }));
  const rates = data.questions.map((q) => q.masteryRate);
  const mastery = MASTERY_BANDS.map((band, i) => ({
    band,
    questions: rates.filter((rate) => rate !== null && Math.min(Math.floor(rate * 5), 4) === i).length,
  }));
  return { readiness, mastery, heldBackQuestions: rates.filter((rate) => rate === null).length };
}

export function distributionCsv(figures: Figures): CsvRow[] {
  const { readiness, mastery, heldBackQuestions } = distributions(figures);
  return [
    ...readiness.flatMap((r) => [
      {
        section: "readiness",
        item: `mastered ${r.band.toLowerCase()}`,
        measure: "learners",
        value: r.learners,
      },
      {
        section: "readiness",
        item: `mastered ${r.band.toLowerCase()}`,
        measure: "share of started",
        value: r.share,
      },
    ]),
    ...mastery.map((m) => ({ section: "mastery", item: m.band, measure: "questions", value: m.questions })),
    { section: "mastery", item: "mastery rate held back", measure: "questions", value: heldBackQuestions },
  ];
}

function bars(categories: string[], values: (number | null)[], color: string, percent: boolean) {
  // the chart's own words are short; the table and the note say why a figure is held back
  const format = (value: number) => (percent ? `${Math.round(value * 100)}%` : String(value));
  return {
    color: [color],
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: "axis" },
    xAxis: percent
      ? { type: "value", max: 1, axisLabel: { formatter: format } }
      : { type: "value", minInterval: 1 },
    yAxis: { type: "category", inverse: true, data: categories, axisLabel: { color: "#111827" } },
    series: [
      {
        type: "bar",
        data: values.map((value) => value ?? "-"),
        label: {
          show: true,
          position: "right",
          color: "#111827",
          formatter: ({ value }: { value: number }) => format(value),
        },
      },
    ],
  };
}

/** The distribution of readiness (learners) and of mastery (questions by the share who mastered them). */
export function DistributionSection({ figures }: { figures: Figures }) {
  const { readiness, mastery, heldBackQuestions } = useMemo(() => distributions(figures), [figures]);
  const shownQuestions = mastery.reduce((sum, band) => sum + band.questions, 0);
  const readinessOption = useMemo(
    () =>
      bars(
        readiness.map((r) => `${r.band}${r.share === null ? ": held back" : ""}`),
        readiness.map((r) => r.share),
        COLORS.primary,
        true,
      ),
    [readiness],
  );
  const masteryOption = useMemo(
    () =>
      bars(
        mastery.map((m) => `${m.band} mastered`),
        mastery.map((m) => m.questions),
        COLORS.secondary,
        false,
      ),
    [mastery],
  );
  return (
    <section aria-labelledby="distribution-heading" className="panel">
      <h2 id="distribution-heading">Readiness and mastery</h2>
      <div className="two-up">
        <figure>
          <figcaption>Learners who started the role and mastered…</figcaption>
          <Chart
            option={readinessOption}
            height={140}
            label={`Readiness: ${readiness.map((r) => `${r.band.toLowerCase()} mastered ${shownShare(r.share)}`).join(", ")} of the learners who started.`}
          />
          <table>
            <caption>Readiness of the learners who started</caption>
            <thead>
              <tr>
                <th scope="col">Mastered</th>
                <th scope="col">Learners</th>
                <th scope="col">Share</th>
              </tr>
            </thead>
            <tbody>
              {readiness.map((r) => (
                <tr key={r.band}>
                  <th scope="row">{r.band}</th>
                  <td className={r.learners === null ? "held-back" : "number"}>
                    {shownCount(r.learners)}
                    {r.learners !== null && r.partial && " (some weeks held back)"}
                  </td>
                  <td className={r.share === null ? "held-back" : "number"}>{shownShare(r.share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
        <figure>
          <figcaption>Questions by the share of their learners who mastered them</figcaption>
          {shownQuestions > 0 ? (
            <Chart
              option={masteryOption}
              height={200}
              label={`Questions by mastery rate: ${mastery.map((m) => `${m.band} ${m.questions}`).join(", ")}; ${heldBackQuestions} held back.`}
            />
          ) : null}
          <p className={heldBackQuestions > 0 ? "held-back-note" : undefined}>
            {shownQuestions === 0
              ? `The mastery rate of every question (${heldBackQuestions}) is ${HELD_BACK} for this range.`
              : heldBackQuestions > 0
                ? `The mastery rate of ${heldBackQuestions} questions is ${HELD_BACK}; they are not counted above.`
                : "Every question's mastery rate is shown."}
          </p>
        </figure>
      </div>
    </section>
  );
}
