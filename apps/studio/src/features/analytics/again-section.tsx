import { useMemo } from "react";
import { getFragmentData, graphql, type FragmentType } from "@careergraph/client/studio";
import { Chart, COLORS } from "./chart";
import type { CsvRow } from "./csv";
import { HELD_BACK, shownCount, shownShare } from "./figures";

const AgainFields = graphql(`
  fragment AgainFigures on RoleAnalytics {
    questions {
      question {
        id
        position
        prompt
      }
      learners
      attempts
      againShare
      suppressed
    }
  }
`);

type Figures = FragmentType<typeof AgainFields>;

/** The role's questions by their share of AGAIN ratings, hardest first; held-back ones after. */
function ranked(figures: Figures) {
  const { questions } = getFragmentData(AgainFields, figures);
  const shown = questions.filter((q) => q.againShare !== null).sort((a, b) => b.againShare! - a.againShare!);
  const heldBack = questions
    .filter((q) => q.againShare === null)
    .sort((a, b) => a.question.position - b.question.position);
  return { shown, heldBack };
}

export function againCsv(figures: Figures): CsvRow[] {
  const { shown, heldBack } = ranked(figures);
  return [...shown, ...heldBack].flatMap((q) => {
    const item = `Q${q.question.position} ${q.question.prompt}`;
    return [
      { section: "again rate", item, measure: "again share", value: q.againShare },
      { section: "again rate", item, measure: "learners", value: q.learners },
      { section: "again rate", item, measure: "attempts", value: q.attempts },
    ];
  });
}

/** The share of each question's practices rated AGAIN, hardest first. */
export function AgainSection({ figures }: { figures: Figures }) {
  const { shown, heldBack } = useMemo(() => ranked(figures), [figures]);
  const option = useMemo(
    () => ({
      color: [COLORS.secondary],
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis", valueFormatter: (value: number) => `${(value * 100).toFixed(1)}%` },
      xAxis: { type: "value", max: 1, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } },
      yAxis: {
        type: "category",
        inverse: true,
        data: shown.map((q) => `Q${q.question.position}`),
        axisLabel: { color: "#111827" },
      },
      series: [
        {
          type: "bar",
          name: "AGAIN share",
          data: shown.map((q) => q.againShare),
          label: {
            show: true,
            position: "right",
            color: "#111827",
            formatter: ({ value }: { value: number }) => `${(value * 100).toFixed(1)}%`,
          },
        },
      ],
    }),
    [shown],
  );
  return (
    <section aria-labelledby="again-heading" className="panel wide">
      <h2 id="again-heading">AGAIN rate per question, hardest first</h2>
      {shown.length > 0 ? (
        <Chart
          option={option}
          height={Math.max(160, 28 * shown.length + 40)}
          label={`AGAIN rate per question, hardest first: ${shown
            .slice(0, 5)
            .map((q) => `question ${q.question.position} ${shownShare(q.againShare)}`)
            .join(", ")}${shown.length > 5 ? ", and more in the table" : ""}.`}
        />
      ) : (
        <p>No question has an AGAIN rate that may be shown for this range.</p>
      )}
      {heldBack.length > 0 && (
        <p className="held-back-note">
          {heldBack.length === 1
            ? "One question's AGAIN rate is"
            : `${heldBack.length} questions' AGAIN rates are`}{" "}
          {HELD_BACK}: {heldBack.map((q) => `Q${q.question.position}`).join(", ")}.
        </p>
      )}
      <details>
        <summary>The figures per question</summary>
        <table>
          <caption>AGAIN rate per question, hardest first</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">AGAIN share</th>
              <th scope="col">Learners</th>
              <th scope="col">Practices</th>
            </tr>
          </thead>
          <tbody>
            {[...shown, ...heldBack].map((q) => (
              <tr key={q.question.id}>
                <th scope="row">
                  Q{q.question.position}. {q.question.prompt}
                </th>
                <td className={q.againShare === null ? "held-back" : "number"}>{shownShare(q.againShare)}</td>
                <td className={q.learners === null ? "held-back" : "number"}>{shownCount(q.learners)}</td>
                <td className={q.attempts === null ? "held-back" : "number"}>{shownCount(q.attempts)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
