import { pageSize } from "@careergraph/federation";
import type { AnalyticsSource, QuestionMasteryRow, StandingRow } from "./analytics.source";
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
import { addDays, periodsOf, weekOf, type Day, type DayRange } from "./dates";
import { isReportable, MIN_LEARNERS, reportableShare, suppressNested } from "./privacy";
import type { RoleSummary } from "./role-directory";

/** hardestQuestions ranks only questions with at least this many practices (and `MIN_LEARNERS` learners). */
export const HARDEST_MIN_PRACTICES = 20;

/**
 * The analytics figures, assembled from a source (the rollups in the API) with every small group
 * suppressed. A constant number of statements per call, whatever the number of events.
 */
export class AnalyticsService {
  constructor(private readonly source: AnalyticsSource) {}

  async roleAnalytics(role: RoleSummary, range: DayRange): Promise<RoleAnalytics> {
    const [standing, practices, mastery] = await Promise.all([
      this.source.roleStanding(role.id, range),
      this.source.questionPractices(role.id, range),
      this.source.questionMastery(role.id, range),
    ]);
    const stages = funnelOf(standing, role.questionCount);
    const shown = suppressNested(stages.map(([, learners]) => learners));
    const learners = shown[0];
    const practiceCount = practices.reduce((sum, row) => sum + row.practices, 0);
    const questions = questionFigures(practices, mastery);
    return {
      role: { id: role.id } as RoleAnalytics["role"],
      from: range.from,
      to: range.to,
      learners,
      practices: learners === null ? null : practiceCount,
      suppressed: shown.some((value) => value === null),
      funnel: stages.map(([stage], i): FunnelStep => ({
        stage,
        learners: shown[i],
        suppressed: shown[i] === null,
      })),
      questions,
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
    const rows = await this.source.hardestQuestions(roleId, MIN_LEARNERS, HARDEST_MIN_PRACTICES, size);
    return rows.map((row) => ({
      question: { id: row.questionId },
      role: { id: row.roleId } as QuestionDifficulty["role"],
      learners: row.learners,
      attempts: row.practices,
      againShare: row.again / row.practices,
    }));
  }
}

/** The funnel's stages, each a subset of the one before; readiness needs the role's question count. */
function funnelOf(standing: StandingRow[], questionCount: number): [FunnelStage, number][] {
  const count = (keep: (row: StandingRow) => boolean) =>
    standing.filter(keep).reduce((sum, row) => sum + row.learners, 0);
  const mastersAtLeast = (share: number) => (row: StandingRow) =>
    questionCount > 0 && row.mastered >= questionCount * share;
  return [
    [FunnelStage.STARTED, count(() => true)],
    [FunnelStage.PRACTISING, count((row) => row.reviewedAny)],
    [FunnelStage.HALF_READY, count(mastersAtLeast(0.5))],
    [FunnelStage.READY, count(mastersAtLeast(1))],
  ];
}

function questionFigures(
  practices: { questionId: string; practices: number; again: number }[],
  mastery: QuestionMasteryRow[],
): QuestionAnalytics[] {
  const masteryOf = new Map(mastery.map((row) => [row.questionId, row]));
  const practicesOf = new Map(practices.map((row) => [row.questionId, row]));
  const ids = [...new Set([...practicesOf.keys(), ...masteryOf.keys()])];
  return ids
    .map((questionId): QuestionAnalytics & { order: number } => {
      const { learners = 0, mastered = 0, medianDaysToMastery = null } = masteryOf.get(questionId) ?? {};
      const { practices: attempts = 0, again = 0 } = practicesOf.get(questionId) ?? {};
      const order = attempts;
      if (!isReportable(learners)) {
        return {
          question: { id: questionId },
          learners: null,
          attempts: null,
          masteryRate: null,
          againShare: null,
          medianDaysToMastery: null,
          suppressed: true,
          order,
        };
      }
      const masteryRate = reportableShare(mastered, learners);
      const median = isReportable(mastered) ? medianDaysToMastery : null;
      return {
        question: { id: questionId },
        learners,
        attempts,
        masteryRate,
        againShare: attempts > 0 ? again / attempts : null,
        medianDaysToMastery: median,
        suppressed: masteryRate === null || median === null,
        order,
      };
    })
    .sort((a, b) => b.order - a.order || a.question.id.localeCompare(b.question.id))
    .map(({ order: _order, ...figures }) => figures);
}
