import { CONTENT_LIMITS } from "@careergraph/content";
import { badInput, checkedText, isSlug, isUuid, notFound } from "@careergraph/schema";

const MAX_ITEMS = CONTENT_LIMITS.guideItems.max;

export interface SectionInput {
  title: string;
  body: string;
}

export interface FaqInput {
  question: string;
  answer: string;
}

function checkedList<T>(field: string, items: readonly T[], check: (item: T, path: string) => T): T[] {
  if (items.length > MAX_ITEMS) throw badInput(field, `at most ${MAX_ITEMS} items`);
  return items.map((item, i) => check(item, `${field}.${i}`));
}

export function checkedSections(field: string, sections: readonly SectionInput[]): SectionInput[] {
  return checkedList(field, sections, (s, path) => ({
    title: checkedText(`${path}.title`, s.title, CONTENT_LIMITS.sectionTitle),
    body: checkedText(`${path}.body`, s.body, CONTENT_LIMITS.sectionBody),
  }));
}

export function checkedLines(field: string, lines: readonly string[]): string[] {
  return checkedList(field, lines, (line, path) => checkedText(path, line, CONTENT_LIMITS.guideLine));
}

export function checkedFaqs(field: string, faqs: readonly FaqInput[]): FaqInput[] {
  return checkedList(field, faqs, (f, path) => ({
    question: checkedText(`${path}.question`, f.question, CONTENT_LIMITS.faqQuestion),
    answer: checkedText(`${path}.answer`, f.answer, CONTENT_LIMITS.faqAnswer),
  }));
}

export function checkedSlug(field: string, slug: string): string {
  const trimmed = slug.trim();
  if (!isSlug(trimmed))
    throw badInput(field, "must be 1 to 100 lowercase letters or digits, words joined by single hyphens");
  return trimmed;
}

export function checkedExpectedVersion(version: number | null | undefined): number | null {
  if (version == null) return null;
  if (version < 1) throw badInput("expectedVersion", "must be at least 1");
  return version;
}

/**
 * An ordered list of role ids: each an id, none twice, and never `self` (the role whose list it is).
 * Whether the roles exist is asked of the roles subgraph afterwards (`requireKnownRoles`).
 */
export function checkedRoleIds(field: string, ids: readonly string[], self?: string): string[] {
  const seen = new Set<string>();
  return checkedList(field, ids, (raw, path) => {
    const id = raw.trim().toLowerCase();
    if (!isUuid(id)) throw notFound("role", raw, path);
    if (id === self) throw badInput(path, "cannot point at the role itself");
    if (seen.has(id)) throw badInput(path, "repeats a role already in the list");
    seen.add(id);
    return id;
  });
}

/** NOT_FOUND naming the first field whose role the roles subgraph does not serve. */
export function requireKnownRoles(known: Set<string>, fields: readonly [path: string, id: string][]): void {
  const unknown = fields.find(([, id]) => !known.has(id));
  if (unknown) throw notFound("role", unknown[1], unknown[0]);
}

/** A guide's role id, as an input names it. */
export function checkedRoleId(field: string, id: string): string {
  const trimmed = id.trim().toLowerCase();
  if (!isUuid(trimmed)) throw notFound("role", id, field);
  return trimmed;
}
