import { useMemo } from "react";
import { getFragmentData, graphql, type FragmentType } from "@careergraph/client/studio";
import { Chart, COLORS } from "./chart";
import type { CsvRow } from "./csv";
import { bandBetween, HELD_BACK, shownCount } from "./figures";

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

/** Learners by how far they got (bands between funnel stages), and questions by mastery rate. */
function distributions(figures: Figures) {
  const data = getFragmentData(DistributionFields, figures);
  const stage = (name: string) => data.funnel.find((step) => step.stage === name);
  const readiness = [
    { band: "Started, nothing in review yet", learners: bandBetween(stage("STARTED"), stage("PRACTISING")) },
    { band: "In review, under half mastered", learners: bandBetween(stage("PRACTISING"), stage("HALF_READY")) },
    { band: "Half or more mastered", learners: bandBetween(stage("HALF_READY"), stage("READY")) },
    { band: "All mastered", learners: bandBetween(stage("READY"), undefined) },
  ];
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
    ...readiness.map((r) => ({ section: "readiness", item: r.band, measure: "learners", value: r.learners })),
    ...mastery.map((m) => ({ section: "mastery", item: m.band, measure: "questions", value: m.questions })),
    { section: "mastery", item: "mastery rate held back", measure: "questions", value: heldBackQuestions },
  ];
}

function bars(categories: string[], values: (number | null)[], name: string, color: string) {
  return {
    color: [color],
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: "axis" },
    xAxis: { type: "value", name, minInterval: 1 },
    yAxis: { type: "category", inverse: true, data: categories, axisLabel: { color: "#111827" } },
    series: [
      {
        type: "bar",
        name,
        data: values.map((value) => value ?? "-"),
        label: { show: true, position: "right", color: "#111827" },
      },
    ],
  };
}

/** The distribution of readiness (learners) and of mastery (questions by the share who mastered them). */
export function DistributionSection({ figures }: { figures: Figures }) {
  const { readiness, mastery, heldBackQuestions } = useMemo(() => distributions(figures), [figures]);
  const readinessOption = useMemo(
    () =>
      bars(
        readiness.map((r) => `${r.band}: ${shownCount(r.learners)}`),
        readiness.map((r) => r.learners),
        "learners",
        COLORS.primary,
      ),
    [readiness],
  );
  const masteryOption = useMemo(
    () =>
      bars(
        mastery.map((m) => `${m.band} mastered`),
        mastery.map((m) => m.questions),
        "questions",
        COLORS.secondary,
      ),
    [mastery],
  );
  return (
    <section aria-labelledby="distribution-heading" className="panel">
      <h2 id="distribution-heading">Readiness and mastery</h2>
      <div className="two-up">
        <figure>
          <figcaption>Learners by readiness</figcaption>
          <Chart
            option={readinessOption}
            height={200}
            label={`Learners by readiness: ${readiness.map((r) => `${r.band} ${shownCount(r.learners)}`).join(", ")}.`}
          />
          <table>
            <caption>Learners by readiness</caption>
            <tbody>
              {readiness.map((r) => (
                <tr key={r.band}>
                  <th scope="row">{r.band}</th>
                  <td className={r.learners === null ? "held-back" : "number"}>{shownCount(r.learners)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
        <figure>
          <figcaption>Questions by the share of their learners who mastered them</figcaption>
          <Chart
            option={masteryOption}
            height={200}
            label={`Questions by mastery rate: ${mastery.map((m) => `${m.band} ${m.questions}`).join(", ")}; ${heldBackQuestions} held back.`}
          />
          <p className={heldBackQuestions > 0 ? "held-back-note" : undefined}>
            {heldBackQuestions > 0
              ? `The mastery rate of ${heldBackQuestions} questions is ${HELD_BACK}; they are not counted above.`
              : "Every question's mastery rate is shown."}
          </p>
        </figure>
      </div>
    </section>
  );
}
