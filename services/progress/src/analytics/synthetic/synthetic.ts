import { SingleBar, Presets } from "cli-progress";
import { unsafeUniformIntDistribution, xoroshiro128plus, type RandomGenerator } from "pure-rand";
import type { Card } from "ts-fsrs";
import { questionIdFor, roleIdFor, rolePacks } from "@careergraph/content";
import type { Database } from "@careergraph/db";
import { PracticeRating, ProgressStatus } from "../../progress/enums";
import { cardColumns, cardOf, scheduleReview } from "../../progress/fsrs-card";
import { rebuildRollups } from "../rollups/rebuild";

export interface SyntheticOptions {
  learners: number;
  events: number;
  seed: number;
  /** The last day practices may fall on; learners start within the 300 days before it. */
  endDate: Date;
  /** Show a progress bar on stderr. */
  progressBar: boolean;
}

export interface SyntheticReport {
  events: number;
  learners: number;
  loadSeconds: number;
  rebuildSeconds: number;
}

const BATCH = 5000;
const DAY_MS = 24 * 60 * 60 * 1000;

interface EventBatch {
  userIds: string[];
  questionIds: string[];
  roleIds: string[];
  ratings: PracticeRating[];
  statuses: ProgressStatus[];
  times: Date[];
  keys: string[];
}

const emptyBatch = (): EventBatch => ({
  userIds: [],
  questionIds: [],
  roleIds: [],
  ratings: [],
  statuses: [],
  times: [],
  keys: [],
});

/** A seeded random source: the same seed gives the same data set. */
class Random {
  constructor(private readonly rng: RandomGenerator) {}
  int(min: number, max: number): number {
    return unsafeUniformIntDistribution(min, max, this.rng);
  }
  chance(percent: number): boolean {
    return this.int(1, 100) <= percent;
  }
}

/** How a learner rates a question: more AGAIN while learning, mostly GOOD once it is in review. */
function ratingFor(random: Random, status: ProgressStatus): PracticeRating {
  const roll = random.int(1, 100);
  const again = status === ProgressStatus.NOT_STARTED || status === ProgressStatus.LEARNING ? 25 : 8;
  if (roll <= again) return PracticeRating.AGAIN;
  if (roll <= again + 15) return PracticeRating.HARD;
  if (roll <= 90) return PracticeRating.GOOD;
  return PracticeRating.EASY;
}

/** Each learner's share of the events: a few practise a lot, most a little (weights 1..100, squared). */
function eventBudgets(random: Random, learners: number, events: number): number[] {
  const weights = Array.from({ length: learners }, () => random.int(1, 100) ** 2);
  const total = weights.reduce((sum, w) => sum + w, 0);
  // everyone practises at least once (when there are enough events), the rest by weight
  const floor = events >= learners ? 1 : 0;
  const budgets = weights.map((w) => floor + Math.floor(((events - floor * learners) * w) / total));
  let rest = events - budgets.reduce((sum, b) => sum + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % learners, rest--) budgets[i] += 1;
  return budgets;
}

/**
 * Generates realistic practice: each learner picks one or two roles, starts on a day in the 300 days
 * before the end date, and comes back in sessions of 3 to 20 practices every 1 to 4 days (now and then
 * after a break of 8 to 40), each
 * practice scheduled by the service's own FSRS rule. Events go in with multi-row inserts (arrays
 * unnested, 5,000 rows a statement), the final progress rows likewise, then the rollups are rebuilt.
 */
export async function loadSyntheticPractice(
  db: Database,
  options: SyntheticOptions,
): Promise<SyntheticReport> {
  const random = new Random(xoroshiro128plus(options.seed));
  const budgets = eventBudgets(random, options.learners, options.events);
  const bar = new SingleBar(
    { format: "synthetic practice [{bar}] {percentage}% | {value}/{total} events | {eta_formatted} left" },
    Presets.shades_classic,
  );
  if (options.progressBar) bar.start(options.events, 0);
  const started = Date.now();
  const firstDay = options.endDate.getTime() - 300 * DAY_MS;
  let batch = emptyBatch();
  let written = 0;
  const flush = async () => {
    if (batch.userIds.length === 0) return;
    await insertEvents(db, batch);
    written += batch.userIds.length;
    if (options.progressBar) bar.update(written);
    batch = emptyBatch();
  };
  for (let learner = 0; learner < options.learners; learner++) {
    const userId = `synthetic-${options.seed}-${learner}`;
    const roles = [rolePacks[random.int(0, rolePacks.length - 1)]];
    if (random.chance(30)) roles.push(rolePacks[random.int(0, rolePacks.length - 1)]);
    const cards = new Map<string, { card: Card; status: ProgressStatus; attempts: number; roleId: string }>();
    let time = firstDay + random.int(0, 299) * DAY_MS + random.int(0, DAY_MS - 1);
    for (let left = budgets[learner]; left > 0;) {
      const session = Math.min(left, random.int(3, 20));
      for (let i = 0; i < session; i++) {
        const pack = roles[random.int(0, roles.length - 1)];
        const questionId = questionIdFor(pack.slug, random.int(1, pack.questions.length));
        const now = new Date(Math.min(time, options.endDate.getTime()));
        const known = cards.get(questionId);
        const rating = ratingFor(random, known?.status ?? ProgressStatus.NOT_STARTED);
        const attempts = (known?.attempts ?? 0) + 1;
        const next = scheduleReview(known?.card ?? cardOf(null, now), rating, now, attempts);
        cards.set(questionId, { ...next, attempts, roleId: roleIdFor(pack.slug) });
        batch.userIds.push(userId);
        batch.questionIds.push(questionId);
        batch.roleIds.push(roleIdFor(pack.slug));
        batch.ratings.push(rating);
        batch.statuses.push(next.status);
        batch.times.push(now);
        batch.keys.push(`synthetic-${written + batch.userIds.length}`);
        time += random.int(20, 120) * 1000;
      }
      left -= session;
      time += (random.chance(10) ? random.int(8, 40) : random.int(1, 4)) * DAY_MS;
      if (batch.userIds.length >= BATCH) await flush();
    }
    await insertProgress(db, userId, cards);
  }
  await flush();
  if (options.progressBar) bar.stop();
  const loaded = Date.now();
  await db.dataSource.transaction(async (tx) => {
    await tx.query(`SET LOCAL statement_timeout = 0`);
    await rebuildRollups(tx);
  });
  return {
    events: written,
    learners: options.learners,
    loadSeconds: (loaded - started) / 1000,
    rebuildSeconds: (Date.now() - loaded) / 1000,
  };
}

async function insertEvents(db: Database, batch: EventBatch): Promise<void> {
  await db.dataSource.query(
    `INSERT INTO progress.practice_event (user_id, question_id, role_id, rating, status_after, practiced_at, idempotency_key)
     SELECT * FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::progress.practice_rating[],
       $5::progress.progress_status[], $6::timestamptz[], $7::text[])`,
    [batch.userIds, batch.questionIds, batch.roleIds, batch.ratings, batch.statuses, batch.times, batch.keys],
  );
}

/** One learner's final progress rows, as recordPractice would have left them: one statement. */
async function insertProgress(
  db: Database,
  userId: string,
  cards: Map<string, { card: Card; status: ProgressStatus; attempts: number; roleId: string }>,
): Promise<void> {
  const rows = [...cards.entries()].map(([questionId, { card, status, attempts, roleId }]) => ({
    questionId,
    roleId,
    status,
    attempts,
    ...cardColumns(card),
  }));
  const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((row) => row[key]);
  await db.dataSource.query(
    `INSERT INTO progress.question_progress (user_id, question_id, role_id, status, attempts, last_practiced_at,
       next_review_at, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review)
     SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::progress.progress_status[], $5::int[], $6::timestamptz[],
       $7::timestamptz[], $8::float8[], $9::float8[], $10::int[], $11::int[], $12::int[], $13::int[], $14::int[],
       $15::smallint[], $16::timestamptz[])
     ON CONFLICT (user_id, question_id) DO NOTHING`,
    [
      userId,
      column("questionId"),
      column("roleId"),
      column("status"),
      column("attempts"),
      column("lastReview"),
      column("nextReviewAt"),
      column("stability"),
      column("difficulty"),
      column("elapsedDays"),
      column("scheduledDays"),
      column("learningSteps"),
      column("reps"),
      column("lapses"),
      column("state"),
      column("lastReview"),
    ],
  );
}
