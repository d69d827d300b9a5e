import { pageSize } from "@careergraph/schema";
import type { DaysHistogram } from "../tables/cells.entity";
import type { AnalyticsSource, CellRow, QuestionDaysRow, WeekFunnelRow } from "./analytics.queries";
import {
  FunnelStage,
  Granularity,
  type ActivityBucket,
  type FunnelStep,
  type QuestionAnalytics,
  type QuestionDifficulty,
  type RetentionCohort,
  type RoleAnalytics,
} from "./analytics.types";
import { addDays, periodsOf, weekOf, wholeWeeks, type Day, type DayRange } from "../dates";
import { isReportable, reportableShare, suppressNested } from "../privacy/privacy";
import type { RoleSummary } from "./role-directory";

/** hardestQuestions ranks only questions with at least this many practices in published cells. */
const HARDEST_MIN_PRACTICES = 20;

/**
 * The analytics figures, assembled from a source (the rollups in the API) with every small group
 * suppressed. A constant number of statements per call, whatever the number of events.
 */
export class AnalyticsService {
  constructor(private readonly source: AnalyticsSource) {}

  /**
   * A role's figures for the learners who first practised it in the range, widened to whole ISO
   * weeks. The funnel sums, stage by stage, the weeks whose own funnel may show that stage; every
   * practice figure sums the published cells of the range (privacy.ts), and nothing else.
   */
  async roleAnalytics(role: RoleSummary, asked: DayRange): Promise<RoleAnalytics> {
    const range = wholeWeeks(asked);
    const { roleWeeks, cells, masteryDays } = await this.source.roleCohorts(
      role.id,
      range,
      role.questionCount,
    );
    const funnel = funnelOverWeeks(roleWeeks);
    const [started] = funnel;
    const published = cells.filter((cell) => cell.published);
    return {
      role: { id: role.id } as RoleAnalytics["role"],
      from: range.from,
      to: range.to,
      learners: started.learners,
      practices:
        started.learners === null || published.length === 0
          ? null
          : published.reduce((sum, cell) => sum + cell.practices, 0),
      suppressed: funnel.some((step) => step.suppressed) || published.length < cells.length,
      funnel: funnel.map(({ stage, learners, suppressed }): FunnelStep => ({ stage, learners, suppressed })),
      questions: questionFigures(cells, masteryDays),
    };
  }

  async activity(granularity: Granularity, range: { from: Day; to: Day }): Promise<ActivityBucket[]> {
    const periods = periodsOf(range, granularity);
    const weekly = granularity === Granularity.WEEK;
    const [rows, days] = await Promise.all([
      this.source.activity(granularity, periods[0], range.to),
      // A week's practices are the sum of its days': withheld when one of its days is, or the
      // week minus the shown days would give the withheld day away.
      weekly ? this.source.activity(Granularity.DAY, periods[0], addDays(range.to, 6)) : Promise.resolve([]),
    ]);
    const byPeriod = new Map(rows.map((row) => [row.period, row]));
    const weeksWithSmallDays = new Set(
      days.filter((day) => day.learners > 0 && !isReportable(day.learners)).map((day) => weekOf(day.period)),
    );
    return periods.map((period) => {
      const row = byPeriod.get(period) ?? { learners: 0, practices: 0 };
      const learners = isReportable(row.learners) ? row.learners : null;
      const practices = learners !== null && !weeksWithSmallDays.has(period) ? row.practices : null;
      return {
        periodStart: period,
        learners,
        practices,
        suppressed: learners === null || practices === null,
      };
    });
  }

  async retention(range: { from: Day; to: Day }): Promise<RetentionCohort[]> {
    const weeks = periodsOf(range, Granularity.WEEK);
    const rows = await this.source.retention(weeks[0], range.to);
    const byWeek = new Map(rows.map((row) => [row.cohortWeek, row]));
    return weeks.map((week) => {
      const row = byWeek.get(week) ?? { learners: 0, returnedDay1: 0, returnedDay7: 0, returnedDay30: 0 };
      const [learners, day1, day7, day30] = suppressNested([
        row.learners,
        row.returnedDay1,
        row.returnedDay7,
        row.returnedDay30,
      ]);
      const share = (returned: number | null) =>
        returned === null || learners === null ? null : returned / learners;
      return {
        cohortStart: week,
        learners,
        returnedAfter1Day: share(day1),
        returnedAfter7Days: share(day7),
        returnedAfter30Days: share(day30),
        suppressed: [learners, day1, day7, day30].some((value) => value === null),
      };
    });
  }

  async hardestQuestions(
    roleId: string | null,
    first: number | null | undefined,
  ): Promise<QuestionDifficulty[]> {
    const size = pageSize(first, 10);
    if (size === 0) return [];
    const rows = await this.source.hardestQuestions(roleId, HARDEST_MIN_PRACTICES, size);
    return rows.map((row) => ({
      question: { id: row.questionId },
      role: { id: row.roleId } as QuestionDifficulty["role"],
      learners: row.learners,
      attempts: row.practices,
      againShare: row.again / row.practices,
    }));
  }
}

/**
 * Each stage summed over the weeks where that week's funnel shows it; a stage withheld in any week of
 * the range is marked suppressed, and is `null` when no week shows it.
 */
function funnelOverWeeks(rows: WeekFunnelRow[]) {
  const weeks = rows.map((row) => ({
    week: row.week,
    shown: suppressNested([row.started, row.practising, row.halfReady, row.ready]),
  }));
  const stages = [FunnelStage.STARTED, FunnelStage.PRACTISING, FunnelStage.HALF_READY, FunnelStage.READY];
  return stages.map((stage, i) => {
    const shownWeeks = weeks.filter((week) => week.shown[i] !== null);
    return {
      stage,
      learners: shownWeeks.length === 0 ? null : shownWeeks.reduce((sum, week) => sum + week.shown[i]!, 0),
      suppressed: shownWeeks.length === 0 || shownWeeks.length < weeks.length,
    };
  });
}

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/**
 * Per question, over its cells in the range: learners, attempts and AGAIN share from the published
 * cells; the mastery rate from the published cells whose masters and non-masters both number at
 * least `MIN_LEARNERS`; the median from the published cells with that many masters (the cells the
 * source gives the days of). A question is suppressed when any cell was left out of any figure.
 */
function questionFigures(cells: CellRow[], days: QuestionDaysRow[]): QuestionAnalytics[] {
  const daysOf = new Map(days.map((row) => [row.questionId, row.days]));
  return [...groupBy(cells, (cell) => cell.questionId).entries()]
    .map(([questionId, ofQuestion]) => {
      const counted = ofQuestion.filter((cell) => cell.published);
      const rated = counted.filter((cell) => reportableShare(cell.mastered, cell.learners) !== null);
      const sum = (of: CellRow[], field: "learners" | "mastered" | "practices" | "again") =>
        of.reduce((total, cell) => total + cell[field], 0);
      const attempts = sum(counted, "practices");
      const median = medianDays(daysOf.get(questionId) ?? []);
      const figures: QuestionAnalytics = {
        question: { id: questionId },
        learners: counted.length > 0 ? sum(counted, "learners") : null,
        attempts: counted.length > 0 ? attempts : null,
        masteryRate: rated.length > 0 ? sum(rated, "mastered") / sum(rated, "learners") : null,
        againShare: attempts > 0 ? sum(counted, "again") / attempts : null,
        medianDaysToMastery: median,
        suppressed:
          counted.length < ofQuestion.length ||
          rated.length < ofQuestion.length ||
          counted.some((cell) => cell.mastered > 0 && !isReportable(cell.mastered)) ||
          median === null,
      };
      return { figures, order: attempts };
    })
    .sort((a, b) => b.order - a.order || a.figures.question.id.localeCompare(b.figures.question.id))
    .map(({ figures }) => figures);
}

/**
 * The median whole days of the histograms added together (the mean of the two middle values when the
 * count is even); `null` when they are empty.
 */
function medianDays(histograms: DaysHistogram[]): number | null {
  const learnersByDays = new Map<number, number>();
  for (const histogram of histograms)
    for (const days in histogram) {
      const key = Number(days);
      learnersByDays.set(key, (learnersByDays.get(key) ?? 0) + histogram[days]);
    }
  const sorted = [...learnersByDays.entries()].filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  const total = sorted.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  // the values at positions floor((n + 1) / 2) and floor(n / 2) + 1, counting from 1
  const dayAt = (position: number) => {
    let seen = 0;
    for (const [days, n] of sorted) if ((seen += n) >= position) return days;
    throw new Error("position beyond the histogram");
  };
  return (dayAt(Math.floor((total + 1) / 2)) + dayAt(Math.floor(total / 2) + 1)) / 2;
}
