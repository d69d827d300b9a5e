import { State } from "ts-fsrs";
import { ProgressStatus } from "./enums";
import { progressStatus } from "./progress-status";

const card = (state: State, scheduled_days = 0, stability = 1) => ({ state, scheduled_days, stability });

describe("progressStatus", () => {
  it("is NOT_STARTED without attempts, whatever the card", () => {
    expect(progressStatus(0, null)).toBe(ProgressStatus.NOT_STARTED);
    expect(progressStatus(0, card(State.Review, 40, 40))).toBe(ProgressStatus.NOT_STARTED);
  });

  it("is LEARNING while the card is in learning or relearning steps", () => {
    expect(progressStatus(1, card(State.Learning))).toBe(ProgressStatus.LEARNING);
    expect(progressStatus(7, card(State.Relearning, 0, 30))).toBe(ProgressStatus.LEARNING);
    expect(progressStatus(1, card(State.New))).toBe(ProgressStatus.LEARNING);
  });

  it("is REVIEWING in Review with an interval and stability under 21 days", () => {
    expect(progressStatus(3, card(State.Review, 20, 20.9))).toBe(ProgressStatus.REVIEWING);
  });

  it("is MASTERED in Review from an interval or a stability of 21 days", () => {
    expect(progressStatus(5, card(State.Review, 21, 3))).toBe(ProgressStatus.MASTERED);
    expect(progressStatus(5, card(State.Review, 10, 21))).toBe(ProgressStatus.MASTERED);
  });
});
