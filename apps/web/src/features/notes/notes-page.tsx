import { useMutation, useQuery } from "@apollo/client/react";
import { Link } from "react-router";
import { graphql } from "@careergraph/client/web";
import { PageState } from "../../components/page-state";
import { useSession } from "../../lib/session";

const MyNotesQuery = graphql(`
  query MyNotes($first: Int!, $after: String) {
    viewer {
      id
      notes(first: $first, after: $after) {
        totalCount
        edges {
          node {
            id
            body
            createdAt
            question {
              id
              prompt
              role {
                id
                slug
                title
              }
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const DeleteNoteMutation = graphql(`
  mutation DeleteNote($id: ID!) {
    deleteNote(id: $id)
  }
`);

const PAGE_SIZE = 20;

/** Every note of the learner, newest first, page by page. */
export function NotesPage() {
  const session = useSession();
  const { data, loading, error, fetchMore, refetch } = useQuery(MyNotesQuery, {
    variables: { first: PAGE_SIZE },
    skip: !session,
    fetchPolicy: "cache-and-network",
  });
  const [deleteNote] = useMutation(DeleteNoteMutation);
  if (!session)
    return (
      <>
        <h1>Notes</h1>
        <p>Sign in to keep notes on questions.</p>
      </>
    );
  const notes = data?.viewer?.notes;
  return (
    <>
      <h1>Notes</h1>
      <PageState loading={loading && !data} error={error}>
        {!notes || notes.totalCount === 0 ? (
          <p>No notes yet. Open a question&apos;s notes on a guide to add one.</p>
        ) : (
          <>
            <p>{notes.totalCount} notes</p>
            <ul className="cards" aria-label="Notes">
              {notes.edges.map(({ node }) => (
                <li key={node.id}>
                  <p>{node.body}</p>
                  {node.question && (
                    <p className="hint">
                      On “{node.question.prompt}”
                      {node.question.role && (
                        <>
                          {" "}
                          in <Link to={`/roles/${node.question.role.slug}`}>{node.question.role.title}</Link>
                        </>
                      )}
                    </p>
                  )}
                  <button
                    type="button"
                    onClick={() => void deleteNote({ variables: { id: node.id } }).then(() => refetch())}
                  >
                    Delete note
                  </button>
                </li>
              ))}
            </ul>
            {notes.pageInfo.hasNextPage && (
              <button
                type="button"
                onClick={() =>
                  void fetchMore({
                    variables: { after: notes.pageInfo.endCursor },
                    updateQuery: (previous, { fetchMoreResult }) => {
                      if (!previous.viewer || !fetchMoreResult.viewer) return previous;
                      return {
                        ...fetchMoreResult,
                        viewer: {
                          ...fetchMoreResult.viewer,
                          notes: {
                            ...fetchMoreResult.viewer.notes,
                            edges: [...previous.viewer.notes.edges, ...fetchMoreResult.viewer.notes.edges],
                          },
                        },
                      };
                    },
                  })
                }
              >
                More notes
              </button>
            )}
          </>
        )}
      </PageState>
    </>
  );
}
