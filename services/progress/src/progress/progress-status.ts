import { State } from "ts-fsrs";
import { ProgressStatus } from "./enums";

/** An interval (or memory stability) of three weeks or more counts as mastered. */
export const MASTERED_AFTER_DAYS = 21;

/** The parts of an FSRS card the status depends on. */
export interface CardStanding {
  state: State;
  scheduled_days: number;
  stability: number;
}

/**
 * The status of a question for one learner, from the number of practices and the FSRS card:
 * - NOT_STARTED: never practised (no attempts);
 * - LEARNING: the card is in (re)learning steps, so a lapse (AGAIN on a Review card) moves it back here;
 * - MASTERED: the card is in Review and its next interval, or its stability, is at least 21 days;
 * - REVIEWING: the card is in Review with a shorter interval.
 * A practised card still in the New state cannot occur; it would count as LEARNING.
 */
export function progressStatus(attempts: number, card: CardStanding | null): ProgressStatus {
  if (attempts === 0 || card === null) return ProgressStatus.NOT_STARTED;
  if (card.state !== State.Review) return ProgressStatus.LEARNING;
  return card.scheduled_days >= MASTERED_AFTER_DAYS || card.stability >= MASTERED_AFTER_DAYS
    ? ProgressStatus.MASTERED
    : ProgressStatus.REVIEWING;
}
