import type { EntityManager } from "typeorm";
import type { SubgraphDeps } from "@careergraph/service";
import { badInput, isUuid } from "@careergraph/schema";
import type { CatalogQuestion } from "../catalog/catalog-client";
import type { Clock } from "../clock";
import type { PublishedQuestionLoader } from "../context";
import { cardOf, scheduleReview } from "./fsrs-card";
import { logPractice, saveProgress } from "./practice-writes";
import type { PracticeRating, ProgressStatus } from "./enums";
import {
  MAX_IDEMPOTENCY_KEY_LENGTH,
  replay,
  requestHash,
  type PracticeService,
  type Snapshot,
} from "./progress.service";
import { PracticeRequest } from "./practice-request.entity";
import type { QuestionProgress } from "./question-progress";
import { MAX_SYNC_EVENTS, SyncOutcome, type PracticeEventInput } from "./sync-practice";
import type { WriteRateLimiter } from "../write-rate/write-rate";

/** One event's result, before the gateway adds what the client selects on its question. */
export interface SyncResult {
  idempotencyKey: string;
  outcome: SyncOutcome;
  question: { id: string };
  progress: QuestionProgress | null;
  message: string | null;
}

interface HistoryEntry {
  rating: PracticeRating;
  practicedAt: Date;
  idempotencyKey: string;
}

/**
 * Applies practices recorded on a device (perhaps offline, perhaps on two devices) in client-time
 * order, each scheduled with FSRS at its own time and idempotent per key like recordPractice. The
 * card always ends as FSRS over the learner's whole history of that question in time order, so two
 * devices that practised the same card end in the same state whichever syncs first: an event later
 * than the card's last review is scheduled on top of the card (APPLIED); an older one is put in its
 * place in the history and the card is scheduled again from the start (REWOUND).
 */
export class PracticeSyncService {
  constructor(
    private readonly deps: SubgraphDeps,
    private readonly now: Clock,
    private readonly practice: PracticeService,
    private readonly writeRate: WriteRateLimiter,
  ) {}

  async sync(
    userId: string,
    events: PracticeEventInput[],
    publishedQuestion: PublishedQuestionLoader,
  ): Promise<SyncResult[]> {
    checkEvents(events);
    const ordered = [...events].sort(
      (a, b) =>
        a.clientTime.getTime() - b.clientTime.getTime() || compareText(a.idempotencyKey, b.idempotencyKey),
    );
    // A retry is answered from its records, even when the catalog is unreachable or has changed since.
    const earlier = await this.findRequests(
      userId,
      ordered.map((event) => event.idempotencyKey),
    );
    const pending = ordered.filter((event) => !earlier.has(event.idempotencyKey));
    const ids = [...new Set(pending.map((event) => event.questionId).filter(isUuid))];
    const found = await publishedQuestion.loadMany(ids);
    const catalog = new Map<string, CatalogQuestion>();
    for (const question of found) {
      if (question instanceof Error) throw question;
      if (question) catalog.set(question.id, question);
    }
    const results: SyncResult[] = [];
    // One event at a time, each in its own transaction: what was applied stays applied if a later one
    // fails. Each new event is one practice write: over the rate the call is RATE_LIMITED, and a retry
    // after it answers the events already applied from their records, at no cost.
    for (const event of ordered) {
      const first = earlier.get(event.idempotencyKey);
      if (!first) await this.writeRate.spend(userId, "practice");
      results.push(first ? fromEarlier(first, event) : await this.syncOne(userId, event, catalog));
    }
    return results;
  }

  private async findRequests(userId: string, keys: string[]): Promise<Map<string, Snapshot>> {
    if (keys.length === 0) return new Map();
    const rows: (Snapshot & { idempotencyKey: string })[] = await this.deps.db.dataSource.query(
      `SELECT r.idempotency_key AS "idempotencyKey", ${this.deps.db.columns(PracticeRequest, "r")}
       FROM progress.practice_request r WHERE r.user_id = $1 AND r.idempotency_key = ANY($2::text[])`,
      [userId, keys],
    );
    return new Map(rows.map((row) => [row.idempotencyKey, row]));
  }

  private async syncOne(
    userId: string,
    event: PracticeEventInput,
    catalog: Map<string, CatalogQuestion>,
  ): Promise<SyncResult> {
    const question = catalog.get(event.questionId);
    if (!question)
      return refused(event, SyncOutcome.NOT_FOUND, `question ${event.questionId} is not published`);
    const now = this.now();
    const at = event.clientTime > now ? now : event.clientTime;
    return this.deps.db.dataSource.transaction(async (tx) => {
      const claimed: unknown[] = await tx.query(
        `INSERT INTO progress.practice_request (user_id, idempotency_key, request_hash, question_id, created_at)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (user_id, idempotency_key) DO NOTHING RETURNING 1`,
        [userId, event.idempotencyKey, requestHash(event), question.id, now],
      );
      if (claimed.length === 0) {
        const first = await this.practice.findRequest(tx, userId, event.idempotencyKey);
        if (!first) throw new Error(`idempotency record ${event.idempotencyKey} vanished`);
        return fromEarlier(first, event);
      }
      const [card]: { lastReview: Date | null; attempts: number }[] = await tx.query(
        `SELECT last_review AS "lastReview", attempts FROM progress.question_progress
         WHERE user_id = $1 AND question_id = $2 FOR UPDATE`,
        [userId, question.id],
      );
      if (!card?.lastReview || at > card.lastReview) {
        const progress = await this.practice.applyPractice(tx, userId, question, event, at);
        return done(event, SyncOutcome.APPLIED, progress);
      }
      // A rewind replays the logged history. Once the retention purge has taken the card's oldest
      // events, that history is only part of it, and a replay would forget them: the late practice is
      // then scheduled on top of the card, at its last review's time.
      if (!(await this.historyIsWhole(tx, userId, question.id, card.attempts))) {
        const progress = await this.practice.applyPractice(tx, userId, question, event, card.lastReview);
        return done(event, SyncOutcome.APPLIED, progress);
      }
      return done(event, SyncOutcome.REWOUND, await this.rewind(tx, userId, question, event, at));
    });
  }

  /** Whether the log still holds every practice of the card (none purged by the retention). */
  private async historyIsWhole(
    tx: EntityManager,
    userId: string,
    questionId: string,
    attempts: number,
  ): Promise<boolean> {
    const [{ logged }]: { logged: number }[] = await tx.query(
      `SELECT count(*)::int AS logged FROM progress.practice_event WHERE user_id = $1 AND question_id = $2`,
      [userId, questionId],
    );
    return logged >= attempts;
  }

  /** Puts an event older than the card's last review in its place and schedules the card from the start. */
  private async rewind(
    tx: EntityManager,
    userId: string,
    question: CatalogQuestion,
    event: PracticeEventInput,
    at: Date,
  ): Promise<QuestionProgress> {
    const [before]: { status: ProgressStatus }[] = await tx.query(
      `SELECT status FROM progress.question_progress WHERE user_id = $1 AND question_id = $2`,
      [userId, question.id],
    );
    const logged: HistoryEntry[] = await tx.query(
      `SELECT rating, practiced_at AS "practicedAt", idempotency_key AS "idempotencyKey" FROM progress.practice_event
       WHERE user_id = $1 AND question_id = $2`,
      [userId, question.id],
    );
    const added: HistoryEntry = {
      rating: event.rating,
      practicedAt: at,
      idempotencyKey: event.idempotencyKey,
    };
    const history = [...logged, added].sort(
      (a, b) =>
        a.practicedAt.getTime() - b.practicedAt.getTime() || compareText(a.idempotencyKey, b.idempotencyKey),
    );
    let card = cardOf(null, history[0].practicedAt);
    let status = before.status;
    let addedStatus = status;
    for (const [index, entry] of history.entries()) {
      ({ card, status } = scheduleReview(card, entry.rating, entry.practicedAt, index + 1));
      if (entry === added) addedStatus = status;
    }
    const last = history[history.length - 1];
    const scheduled = {
      status,
      attempts: history.length,
      lastRating: last.rating,
      lastPracticedAt: last.practicedAt,
      card,
    };
    const progress = await saveProgress(tx, userId, question.id, scheduled, this.now());
    const practice = {
      userId,
      question,
      rating: event.rating,
      idempotencyKey: event.idempotencyKey,
      practicedAt: at,
      statusAfter: addedStatus,
      card: { before: before.status, after: status },
    };
    await logPractice(tx, practice, progress);
    return progress;
  }
}

/** Refuses the whole batch, writing nothing, when it is too long or a key is unusable. */
function checkEvents(events: PracticeEventInput[]): void {
  if (events.length > MAX_SYNC_EVENTS)
    throw badInput("input.events", `at most ${MAX_SYNC_EVENTS} events per call (got ${events.length})`);
  for (const [index, event] of events.entries()) {
    const key = event.idempotencyKey;
    if (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH)
      throw badInput(
        `input.events[${index}].idempotencyKey`,
        `must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`,
      );
  }
}

/** Code-point order, the same on every server whatever its locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function fromEarlier(earlier: Snapshot, event: PracticeEventInput): SyncResult {
  const hash = requestHash(event);
  if (earlier.requestHash !== hash)
    return refused(
      event,
      SyncOutcome.CONFLICT,
      `idempotencyKey "${event.idempotencyKey}" was already used for a different practice`,
    );
  return done(event, SyncOutcome.DUPLICATE, replay(earlier, hash, event.idempotencyKey));
}

function done(event: PracticeEventInput, outcome: SyncOutcome, progress: QuestionProgress): SyncResult {
  return {
    idempotencyKey: event.idempotencyKey,
    outcome,
    question: { id: progress.questionId },
    progress,
    message: null,
  };
}

function refused(event: PracticeEventInput, outcome: SyncOutcome, message: string): SyncResult {
  return {
    idempotencyKey: event.idempotencyKey,
    outcome,
    question: { id: event.questionId },
    progress: null,
    message,
  };
}
