import type { ProgressStatus } from "@careergraph/client/web";

const LABELS: Record<ProgressStatus, string> = {
  NOT_STARTED: "Not started",
  LEARNING: "Learning",
  REVIEWING: "Reviewing",
  MASTERED: "Mastered",
};

/** A question's practice status in words (never by colour alone). */
export function StatusBadge({ status }: { status: ProgressStatus | null | undefined }) {
  const value = status ?? "NOT_STARTED";
  return (
    <span className={`badge status-${value.toLowerCase()}`} data-status={value}>
      {LABELS[value]}
    </span>
  );
}
