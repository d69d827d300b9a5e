import type { ContentStatus } from "@careergraph/client/studio";

const LABELS: Record<ContentStatus, string> = {
  DRAFT: "Draft",
  PUBLISHED: "Published",
  ARCHIVED: "Archived",
};

/** A piece of content's status in words (never by colour alone). */
export function StatusBadge({ status }: { status: ContentStatus }) {
  return (
    <span className={`badge status-${status.toLowerCase()}`} data-status={status}>
      {LABELS[status]}
    </span>
  );
}
