import { useQuery } from "@apollo/client/react";
import { useId, useState } from "react";
import { getFragmentData, graphql, type FragmentType } from "@careergraph/client/studio";
import { PageState } from "../../components/page-state";

const AuditEntryFields = graphql(`
  fragment AuditEntryItem on AuditEntry {
    id
    actor
    action
    entityType
    createdAt
    changes {
      field
      before
      after
    }
  }
`);

const CatalogAuditQuery = graphql(`
  query StudioAuditLog($entityId: ID!, $after: String) {
    auditLog(entityId: $entityId, first: 10, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...AuditEntryItem
        }
      }
    }
  }
`);

const GuideAuditQuery = graphql(`
  query StudioGuideAuditLog($entityId: ID!, $after: String) {
    guideAuditLog(entityId: $entityId, first: 10, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...AuditEntryItem
        }
      }
    }
  }
`);

/** A field's value as the audit log keeps it (JSON text), in words. */
function shown(json: string | null): string {
  if (json === null) return "(none)";
  try {
    const value: unknown = JSON.parse(json);
    if (value === null || value === "") return "(empty)";
    return typeof value === "string" ? value : JSON.stringify(value, null, 1);
  } catch {
    return json;
  }
}

function AuditEntry(props: { entry: FragmentType<typeof AuditEntryFields> }) {
  const entry = getFragmentData(AuditEntryFields, props.entry);
  return (
    <li className="audit-entry">
      <p>
        <strong>{entry.action}</strong> of the {entry.entityType} by {entry.actor},{" "}
        <time dateTime={entry.createdAt}>{new Date(entry.createdAt).toLocaleString("en-GB")}</time>
      </p>
      {entry.changes.length > 0 && (
        <table className="changes">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {entry.changes.map((change) => (
              <tr key={change.field}>
                <th scope="row">{change.field}</th>
                <td>{shown(change.before)}</td>
                <td>{shown(change.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}

export interface AuditTrailProps {
  /** A role's or question's id (catalog), a role's id for its guides, a learning path's slug (guides). */
  entityId: string;
  source: "catalog" | "guides";
}

/** Who changed what of one role, question or guide, newest first, each changed field before and after. */
export function AuditTrail({ entityId, source }: AuditTrailProps) {
  const headingId = useId();
  const [after, setAfter] = useState<string | null>(null);
  const variables = { entityId, after };
  const catalog = useQuery(CatalogAuditQuery, {
    variables,
    skip: source !== "catalog",
    fetchPolicy: "cache-and-network",
  });
  const guides = useQuery(GuideAuditQuery, {
    variables,
    skip: source !== "guides",
    fetchPolicy: "cache-and-network",
  });
  const log = source === "catalog" ? catalog.data?.auditLog : guides.data?.guideAuditLog;
  const { loading, error } = source === "catalog" ? catalog : guides;
  return (
    <section aria-labelledby={headingId} className="audit">
      <h2 id={headingId}>Audit trail</h2>
      <PageState loading={loading && !log} error={error}>
        {log && log.totalCount === 0 && <p>No changes recorded yet.</p>}
        {log && log.totalCount > 0 && (
          <>
            <p>
              {log.totalCount} changes, newest first{after ? " (older ones)" : ""}.
            </p>
            <ol className="audit-entries" aria-label="Changes">
              {log.edges.map(({ node }) => (
                <AuditEntry key={node.id} entry={node} />
              ))}
            </ol>
            <div className="actions">
              {after && (
                <button type="button" className="secondary" onClick={() => setAfter(null)}>
                  Newest changes
                </button>
              )}
              {log.pageInfo.hasNextPage && (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setAfter(log.pageInfo.endCursor ?? null)}
                >
                  Older changes
                </button>
              )}
            </div>
          </>
        )}
      </PageState>
    </section>
  );
}
