import { useQuery } from "@apollo/client/react";
import { useId, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { getFragmentData, graphql, type QuestionType } from "@careergraph/client/web";
import { PageState } from "../../components/page-state";
import { RoleCard, RoleCardFields } from "./role-card";

const CatalogRolesQuery = graphql(`
  query CatalogRoles($first: Int!, $after: String) {
    roles(first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          ...RoleCard
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const CatalogSearchQuery = graphql(`
  query CatalogSearch($query: String!, $type: QuestionType, $first: Int!, $after: String) {
    searchQuestions(query: $query, type: $type, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          prompt
          type
          topics {
            slug
            name
          }
          role {
            id
            slug
            title
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const ROLES_PER_PAGE = 4;
const QUESTIONS_PER_PAGE = 20;
const TYPES: { value: QuestionType; label: string }[] = [
  { value: "BEHAVIORAL", label: "Behavioral" },
  { value: "TECHNICAL", label: "Technical" },
  { value: "SITUATIONAL", label: "Situational" },
];

interface Topic {
  slug: string;
  name: string;
}

/** Topics of what is on screen, each once, by name. */
function topicsOf(items: { topics: readonly Topic[] }[]): Topic[] {
  const bySlug = new Map<string, Topic>();
  for (const item of items) for (const topic of item.topics) bySlug.set(topic.slug, topic);
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The catalog: the roles page by page, or with a search the matching questions. The state is in the
 * address (`?q=&type=&topic=&after=`), so a result can be shared and the back button works.
 */
export function CatalogPage() {
  const [params, setParams] = useSearchParams();
  const query = params.get("q") ?? "";
  const type = (params.get("type") as QuestionType | null) ?? null;
  const topic = params.get("topic");
  const after = params.get("after");
  const searchId = useId();

  const roles = useQuery(CatalogRolesQuery, {
    variables: { first: ROLES_PER_PAGE, after },
    skip: query !== "",
  });
  const search = useQuery(CatalogSearchQuery, {
    variables: { query, type, first: QUESTIONS_PER_PAGE, after },
    skip: query === "",
  });

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!("after" in changes)) next.delete("after");
    setParams(next);
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = new FormData(event.currentTarget).get("q");
    update({ q: typeof text === "string" ? text.trim() : null, topic: null });
  }

  const roleCards = getFragmentData(RoleCardFields, roles.data?.roles.edges.map((edge) => edge.node) ?? []);
  const questions = search.data?.searchQuestions.edges.map((edge) => edge.node) ?? [];
  const topics = query ? topicsOf(questions) : topicsOf(roleCards);
  const shownRoles = roles.data?.roles.edges.filter(
    (_edge, index) => !topic || roleCards[index].topics.some((t) => t.slug === topic),
  );
  const shownQuestions = questions.filter((q) => !topic || q.topics.some((t) => t.slug === topic));
  const pageInfo = query ? search.data?.searchQuestions.pageInfo : roles.data?.roles.pageInfo;
  const active = query ? search : roles;

  return (
    <>
      <h1>Interview guides</h1>
      <form role="search" onSubmit={submit} className="search">
        <label htmlFor={searchId}>Search questions</label>
        <input id={searchId} name="q" type="search" defaultValue={query} key={query} />
        <button type="submit">Search</button>
      </form>
      <div className="catalog">
        <aside aria-label="Filters" className="facets">
          {query && (
            <fieldset>
              <legend>Question type</legend>
              <label>
                <input type="radio" name="type" checked={!type} onChange={() => update({ type: null })} /> Any
              </label>
              {TYPES.map((option) => (
                <label key={option.value}>
                  <input
                    type="radio"
                    name="type"
                    checked={type === option.value}
                    onChange={() => update({ type: option.value })}
                  />{" "}
                  {option.label}
                </label>
              ))}
            </fieldset>
          )}
          <fieldset>
            <legend>Topic</legend>
            <label>
              <input type="radio" name="topic" checked={!topic} onChange={() => update({ topic: null })} />{" "}
              Any
            </label>
            {topics.map((option) => (
              <label key={option.slug}>
                <input
                  type="radio"
                  name="topic"
                  checked={topic === option.slug}
                  onChange={() => update({ topic: option.slug })}
                />{" "}
                {option.name}
              </label>
            ))}
          </fieldset>
        </aside>
        <section aria-label={query ? "Matching questions" : "Roles"} className="results">
          <PageState loading={active.loading && !active.data} error={active.error}>
            {query ? (
              <>
                <p role="status">
                  {search.data?.searchQuestions.totalCount ?? 0} questions match “{query}”
                </p>
                <ul className="cards">
                  {shownQuestions.map((question) => (
                    <li key={question.id} className="card">
                      <p>{question.prompt}</p>
                      {question.role && (
                        <p className="hint">
                          <Link to={`/roles/${question.role.slug}`}>{question.role.title}</Link>
                        </p>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <>
                <p role="status">{roles.data?.roles.totalCount ?? 0} roles</p>
                <ul className="cards grid">
                  {shownRoles?.map((edge) => (
                    <RoleCard key={edge.node.id} role={edge.node} />
                  ))}
                </ul>
              </>
            )}
            <nav aria-label="Pagination" className="pagination">
              {after && (
                <button type="button" onClick={() => update({ after: null })}>
                  First page
                </button>
              )}
              {pageInfo?.hasNextPage && (
                <button type="button" onClick={() => update({ after: pageInfo.endCursor ?? null })}>
                  Next page
                </button>
              )}
            </nav>
          </PageState>
        </section>
      </div>
    </>
  );
}
