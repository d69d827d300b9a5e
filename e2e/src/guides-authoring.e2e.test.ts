import type { UserRole } from "@careergraph/auth";
import { roleIdFor } from "@careergraph/content";
import { errorCodes } from "@careergraph/testing";
import { startStack, type Stack } from "./stack";

/** Editors' writes to guides through the gateway: who may, drafts, versions, rules, audit trail. */
let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.stop());

const tokenOf = (roles: UserRole[]) => stack.tokenOf(roles);
const as = <T = Record<string, unknown>>(
  roles: UserRole[] | null,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) => stack.queryAs<T>(roles, query, variables, headers);

const EDITOR: UserRole[] = ["EDITOR"];
const BACKEND = roleIdFor("backend-developer");
const SOFTWARE = roleIdFor("software-engineer");
const DEVOPS = roleIdFor("devops-engineer");
const DATA = roleIdFor("data-engineer");

const GUIDE_FIELDS = `roleId headline intro preparationTips { title body } commonMistakes { title body }
  interviewerFocus smartQuestions faqs { question answer } status version`;
const LIST_FIELDS = "roleId status version guides { role { id } }";
const CAREER_FIELDS = "roleId slug title summary sections { title body } status version";
const PATH_FIELDS = "slug title description status version roles { id }";
const UPSERT_GUIDE = `mutation($input: UpsertInterviewGuideInput!) { upsertInterviewGuide(input: $input) { interviewGuide { ${GUIDE_FIELDS} } } }`;
const SET_RELATED = `mutation($input: SetRelatedGuidesInput!) { setRelatedGuides(input: $input) { relatedGuideList { ${LIST_FIELDS} } } }`;
const UPSERT_CAREER = `mutation($input: UpsertCareerGuideInput!) { upsertCareerGuide(input: $input) { careerGuide { ${CAREER_FIELDS} } } }`;
const UPSERT_PATH = `mutation($input: UpsertLearningPathInput!) { upsertLearningPath(input: $input) { learningPath { ${PATH_FIELDS} } } }`;
const STATUS_FIELDS = `guide { __typename ... on InterviewGuide { status version } ... on RelatedGuideList { status version }
  ... on CareerGuide { status version } ... on LearningPath { status version } }`;
const PUBLISH = `mutation($input: ChangeGuideStatusInput!) { publishGuide(input: $input) { ${STATUS_FIELDS} } }`;
const ARCHIVE = `mutation($input: ChangeGuideStatusInput!) { archiveGuide(input: $input) { ${STATUS_FIELDS} } }`;
const AUDIT_LOG = `query($entityId: ID, $first: Int, $after: String) {
  guideAuditLog(entityId: $entityId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { actor action entityType entityId requestId changes { field before after } } }
  }
}`;
const CREATE_ROLE = `mutation($input: CreateRoleInput!) { createRole(input: $input) { role { id version } } }`;
const PUBLISH_ROLE = `mutation($input: ChangeStatusInput!) { publishRole(input: $input) { role { id } } }`;

interface Versioned {
  status: string;
  version: number;
}
type GuideShape = Versioned & { roleId: string; headline: string; intro: string };
type ListShape = Versioned & { roleId: string; guides: { role: { id: string } | null }[] };
type CareerShape = Versioned & { roleId: string; slug: string; title: string };
type PathShape = Versioned & { slug: string; title: string; roles: { id: string }[] };

const section = (n: number) => ({ title: `Section ${n}`, body: `What to know about part ${n}.` });
const newGuide = (roleId: string, extra: Record<string, unknown> = {}) => ({
  roleId,
  headline: "Platform Engineer Interview Questions",
  intro: "What platform engineering interviews ask, and how to prepare.",
  preparationTips: [section(1), section(2)],
  commonMistakes: [section(3)],
  interviewerFocus: ["Operating systems under load"],
  smartQuestions: ["How do teams ship to production here?"],
  faqs: [{ question: "Is on-call part of the job?", answer: "Usually, shared across the team." }],
  ...extra,
});
const newCareerGuide = (roleId: string, slug: string, extra: Record<string, unknown> = {}) => ({
  roleId,
  slug,
  title: "Platform Engineer Career Guide",
  summary: "What the job is and how to grow in it.",
  sections: [section(1)],
  ...extra,
});

/** A new published role (guides may be written for the roles the catalog publishes). */
async function publishedRole(slug: string): Promise<string> {
  const created = await as<{ createRole: { role: { id: string; version: number } } }>(EDITOR, CREATE_ROLE, {
    input: { slug, title: `Role ${slug}` },
  });
  expect(created.body.errors).toBeUndefined();
  const { id, version } = created.body.data!.createRole.role;
  const published = await as(EDITOR, PUBLISH_ROLE, { input: { id, expectedVersion: version } });
  expect(published.body.errors).toBeUndefined();
  return id;
}

async function ok<T>(roles: UserRole[], query: string, variables: Record<string, unknown>, headers = {}) {
  const response = await as<T>(roles, query, variables, headers);
  expect(response.body.errors).toBeUndefined();
  return response.body.data!;
}

const guidesCounts = () =>
  stack.guides.deps.db.dataSource
    .query<Record<string, number>[]>(
      `SELECT (SELECT count(*) FROM guides.interview_guide)::int AS guides,
              (SELECT count(*) FROM guides.related_guide_list)::int AS lists,
              (SELECT count(*) FROM guides.related_guide)::int AS links,
              (SELECT count(*) FROM guides.career_guide)::int AS careers,
              (SELECT count(*) FROM guides.learning_path)::int AS paths,
              (SELECT count(*) FROM guides.learning_path_role)::int AS pathRoles,
              (SELECT sum(version) FROM guides.interview_guide)::int AS guideVersions,
              (SELECT count(*) FROM guides.audit_entry)::int AS audit`,
    )
    .then((rows) => rows[0]);

describe("who may edit guides", () => {
  const statusInput = { input: { kind: "INTERVIEW_GUIDE", id: BACKEND, expectedVersion: 1 } };
  const attempts: [string, string, Record<string, unknown>][] = [
    ["upsertInterviewGuide", UPSERT_GUIDE, { input: newGuide(BACKEND) }],
    ["setRelatedGuides", SET_RELATED, { input: { roleId: BACKEND, relatedRoleIds: [SOFTWARE] } }],
    ["upsertCareerGuide", UPSERT_CAREER, { input: newCareerGuide(BACKEND, "x-guide") }],
    [
      "upsertLearningPath",
      UPSERT_PATH,
      { input: { slug: "x-path", title: "X", description: "X path.", roleIds: [BACKEND] } },
    ],
    ["publishGuide", PUBLISH, statusInput],
    ["archiveGuide", ARCHIVE, statusInput],
    ["guideAuditLog", AUDIT_LOG, {}],
  ];

  it.each(attempts)(
    "%s: anonymous is UNAUTHENTICATED, LEARNER and ANALYST are FORBIDDEN, nothing written",
    async (_, query, variables) => {
      const before = await guidesCounts();
      expect(errorCodes(await as(null, query, variables))).toEqual(["UNAUTHENTICATED"]);
      expect(errorCodes(await as(["LEARNER"], query, variables))).toEqual(["FORBIDDEN"]);
      expect(errorCodes(await as(["ANALYST"], query, variables))).toEqual(["FORBIDDEN"]);
      expect(await guidesCounts()).toEqual(before);
    },
  );

  it("lets EDITOR and ADMIN use every guides mutation, and declares it in the supergraph", async () => {
    for (const roles of [["EDITOR"], ["ADMIN"]] as UserRole[][]) {
      const who = roles[0].toLowerCase();
      const roleId = await publishedRole(`guides-allowed-${who}`);
      const guide = await ok<{ upsertInterviewGuide: { interviewGuide: GuideShape } }>(roles, UPSERT_GUIDE, {
        input: newGuide(roleId),
      });
      expect(guide.upsertInterviewGuide.interviewGuide).toMatchObject({
        roleId,
        status: "DRAFT",
        version: 1,
      });
      const list = await ok<{ setRelatedGuides: { relatedGuideList: ListShape } }>(roles, SET_RELATED, {
        input: { roleId, relatedRoleIds: [BACKEND, DATA] },
      });
      expect(list.setRelatedGuides.relatedGuideList).toMatchObject({
        status: "DRAFT",
        version: 1,
        guides: [{ role: { id: BACKEND } }, { role: { id: DATA } }],
      });
      const career = await ok<{ upsertCareerGuide: { careerGuide: CareerShape } }>(roles, UPSERT_CAREER, {
        input: newCareerGuide(roleId, `allowed-${who}-career`),
      });
      expect(career.upsertCareerGuide.careerGuide).toMatchObject({ status: "DRAFT", version: 1 });
      const path = await ok<{ upsertLearningPath: { learningPath: PathShape } }>(roles, UPSERT_PATH, {
        input: { slug: `allowed-${who}-path`, title: "Path", description: "A path.", roleIds: [roleId] },
      });
      expect(path.upsertLearningPath.learningPath).toMatchObject({ status: "DRAFT", version: 1 });
      const published = await ok<{ publishGuide: { guide: Versioned & { __typename: string } } }>(
        roles,
        PUBLISH,
        { input: { kind: "LEARNING_PATH", id: `allowed-${who}-path`, expectedVersion: 1 } },
      );
      expect(published.publishGuide.guide).toEqual({
        __typename: "LearningPath",
        status: "PUBLISHED",
        version: 2,
      });
      const archived = await ok<{ archiveGuide: { guide: Versioned } }>(roles, ARCHIVE, {
        input: { kind: "LEARNING_PATH", id: `allowed-${who}-path`, expectedVersion: 2 },
      });
      expect(archived.archiveGuide.guide).toMatchObject({ status: "ARCHIVED", version: 3 });
      await ok(roles, AUDIT_LOG, {});
    }
    const { readSupergraph } = await import("@careergraph/gateway");
    const supergraph = readSupergraph();
    for (const [name] of attempts)
      expect(supergraph).toMatch(
        new RegExp(
          `\\b${name}\\(.*@join__field\\(graph: GUIDES\\) @requiresScopes\\(scopes: \\[\\["EDITOR"\\], \\["ADMIN"\\]\\]\\)`,
        ),
      );
  });
});

describe("the draft lifecycle", () => {
  it("shows each kind of guide to editors who ask for it, and to readers only while published", async () => {
    const roleId = await publishedRole("guides-lifecycle");
    const READ = `query($status: [ContentStatus!]) { role(slug: "guides-lifecycle") {
      guide(status: $status) { headline status version }
      relatedGuides(status: $status) { role { id } }
      relatedGuideList(status: $status) { status version }
      careerGuide(status: $status) { title status version } }
      learningPath(slug: "lifecycle-path", status: $status) { title status version }
      learningPaths(status: $status) { slug } }`;
    interface Read {
      role: {
        guide: Versioned | null;
        relatedGuides: { role: { id: string } }[];
        relatedGuideList: Versioned | null;
        careerGuide: Versioned | null;
      };
      learningPath: Versioned | null;
      learningPaths: { slug: string }[];
    }
    const shown = (read: Read) => ({
      guide: read.role.guide?.status ?? null,
      related: read.role.relatedGuides.length,
      list: read.role.relatedGuideList?.status ?? null,
      career: read.role.careerGuide?.status ?? null,
      path: read.learningPath?.status ?? null,
      listed: read.learningPaths.some((p) => p.slug === "lifecycle-path"),
    });
    const NOTHING = { guide: null, related: 0, list: null, career: null, path: null, listed: false };
    const readerSees = async () => shown(await ok<Read>(["LEARNER"], READ, {}));
    const anonymousSees = async () => {
      const response = await as<Read>(null, READ);
      expect(response.body.errors).toBeUndefined();
      return shown(response.body.data!);
    };
    const editorSees = async (status?: string[]) => shown(await ok<Read>(EDITOR, READ, { status }));

    await ok(EDITOR, UPSERT_GUIDE, { input: newGuide(roleId) });
    await ok(EDITOR, SET_RELATED, { input: { roleId, relatedRoleIds: [BACKEND, SOFTWARE] } });
    await ok(EDITOR, UPSERT_CAREER, { input: newCareerGuide(roleId, "lifecycle-career") });
    await ok(EDITOR, UPSERT_PATH, {
      input: {
        slug: "lifecycle-path",
        title: "Lifecycle",
        description: "A path.",
        roleIds: [roleId, BACKEND],
      },
    });

    // drafts: nobody sees them unless an editor asks
    expect(await anonymousSees()).toEqual(NOTHING);
    expect(await readerSees()).toEqual(NOTHING);
    expect(await editorSees()).toEqual(NOTHING);
    // every field asked with a status is refused
    expect(new Set(errorCodes(await as(["LEARNER"], READ, { status: ["DRAFT"] })))).toEqual(
      new Set(["FORBIDDEN"]),
    );
    expect(new Set(errorCodes(await as(null, READ, { status: ["DRAFT"] })))).toEqual(
      new Set(["UNAUTHENTICATED"]),
    );
    const DRAFTS = {
      guide: "DRAFT",
      related: 2,
      list: "DRAFT",
      career: "DRAFT",
      path: "DRAFT",
      listed: true,
    };
    expect(await editorSees(["DRAFT"])).toEqual(DRAFTS);
    expect(await editorSees(["ARCHIVED"])).toEqual(NOTHING);

    // published: everyone sees them
    const kinds: [string, string][] = [
      ["INTERVIEW_GUIDE", roleId],
      ["RELATED_GUIDES", roleId],
      ["CAREER_GUIDE", roleId],
      ["LEARNING_PATH", "lifecycle-path"],
    ];
    for (const [kind, id] of kinds) await ok(EDITOR, PUBLISH, { input: { kind, id, expectedVersion: 1 } });
    const PUBLISHED = {
      guide: "PUBLISHED",
      related: 2,
      list: "PUBLISHED",
      career: "PUBLISHED",
      path: "PUBLISHED",
      listed: true,
    };
    expect(await anonymousSees()).toEqual(PUBLISHED);
    expect(await readerSees()).toEqual(PUBLISHED);
    expect(await editorSees()).toEqual(PUBLISHED);
    expect(await editorSees(["DRAFT"])).toEqual(NOTHING);

    // an edit of a published guide stays published, at the next version
    const edited = await ok<{ upsertInterviewGuide: { interviewGuide: GuideShape } }>(EDITOR, UPSERT_GUIDE, {
      input: newGuide(roleId, { expectedVersion: 2, headline: "Edited while published" }),
    });
    expect(edited.upsertInterviewGuide.interviewGuide).toMatchObject({ status: "PUBLISHED", version: 3 });
    expect((await ok<Read>(["LEARNER"], READ, {})).role.guide).toMatchObject({
      headline: "Edited while published",
    });

    // archived: readers lose them, editors find them by asking for ARCHIVED
    const versions = [3, 2, 2, 2];
    for (const [i, [kind, id]] of kinds.entries())
      await ok(EDITOR, ARCHIVE, { input: { kind, id, expectedVersion: versions[i] } });
    expect(await anonymousSees()).toEqual(NOTHING);
    expect(await readerSees()).toEqual(NOTHING);
    expect(await editorSees(["ARCHIVED"])).toEqual({
      guide: "ARCHIVED",
      related: 2,
      list: "ARCHIVED",
      career: "ARCHIVED",
      path: "ARCHIVED",
      listed: true,
    });
  });
});

describe("optimistic concurrency", () => {
  it("lets exactly one of 50 concurrent updates at the same version through; the others are CONFLICT", async () => {
    const roleId = await publishedRole("guides-concurrency");
    await ok(EDITOR, UPSERT_GUIDE, { input: newGuide(roleId) });
    const token = await tokenOf(EDITOR);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        stack.query<{ upsertInterviewGuide: { interviewGuide: GuideShape } }>(
          UPSERT_GUIDE,
          { input: newGuide(roleId, { expectedVersion: 1, headline: `Concurrent headline ${i}` }) },
          { token },
        ),
      ),
    );
    const won = responses.filter((r) => !r.body.errors);
    const lost = responses.filter((r) => r.body.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(49);
    for (const r of lost)
      expect(r.body.errors![0].extensions).toMatchObject({
        code: "CONFLICT",
        field: "expectedVersion",
        currentVersion: 2,
      });
    const rows: { version: number; headline: string }[] = await stack.guides.deps.db.dataSource.query(
      `SELECT version, headline FROM guides.interview_guide WHERE role_id = $1`,
      [roleId],
    );
    expect(rows).toEqual([
      { version: 2, headline: won[0].body.data!.upsertInterviewGuide.interviewGuide.headline },
    ]);
    const [{ entries }]: { entries: number }[] = await stack.guides.deps.db.dataSource.query(
      `SELECT count(*)::int AS entries FROM guides.audit_entry WHERE entity_id = $1`,
      [roleId],
    );
    expect(entries).toBe(2);
  });

  it("lets exactly one of 50 concurrent creations of one guide through", async () => {
    const roleId = await publishedRole("guides-concurrent-create");
    const token = await tokenOf(EDITOR);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        stack.query(
          SET_RELATED,
          { input: { roleId, relatedRoleIds: i % 2 ? [BACKEND] : [DATA] } },
          { token },
        ),
      ),
    );
    expect(responses.filter((r) => !r.body.errors)).toHaveLength(1);
    for (const r of responses.filter((r) => r.body.errors))
      expect(r.body.errors![0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: 1 });
    const links: unknown[] = await stack.guides.deps.db.dataSource.query(
      `SELECT related_role_id FROM guides.related_guide WHERE role_id = $1`,
      [roleId],
    );
    expect(links).toHaveLength(1);
  });
});

describe("validation", () => {
  let roleId: string;
  beforeAll(async () => {
    roleId = await publishedRole("guides-validation");
    await ok(EDITOR, UPSERT_GUIDE, { input: newGuide(roleId) });
    await ok(EDITOR, SET_RELATED, { input: { roleId, relatedRoleIds: [BACKEND] } });
  });

  /** The code and field of the refusal; and nothing was written. */
  const refusal = async (query: string, input: Record<string, unknown>) => {
    const before = await guidesCounts();
    const response = await as(EDITOR, query, { input });
    expect(await guidesCounts()).toEqual(before);
    const error = response.body.errors?.[0];
    return [error?.extensions?.code, error?.extensions?.field];
  };
  const update = (extra: Record<string, unknown>) => newGuide(roleId, { expectedVersion: 1, ...extra });

  it("refuses blank and over-long text, naming the field path", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ headline: "   " }, "headline"],
      [{ headline: "h".repeat(201) }, "headline"],
      [{ intro: "" }, "intro"],
      [{ intro: "i".repeat(2001) }, "intro"],
      [{ preparationTips: [section(1), { title: "Fine", body: "  " }] }, "preparationTips.1.body"],
      [{ commonMistakes: [{ title: "t".repeat(201), body: "Fine." }] }, "commonMistakes.0.title"],
      [{ interviewerFocus: ["Fine", " "] }, "interviewerFocus.1"],
      [{ smartQuestions: ["q".repeat(501)] }, "smartQuestions.0"],
      [{ smartQuestions: Array.from({ length: 31 }, (_, i) => `Question ${i}?`) }, "smartQuestions"],
      [{ faqs: [{ question: "Fine?", answer: "a".repeat(4001) }] }, "faqs.0.answer"],
    ];
    for (const [extra, field] of cases)
      expect(await refusal(UPSERT_GUIDE, update(extra))).toEqual(["BAD_USER_INPUT", field]);
    expect(await refusal(UPSERT_CAREER, newCareerGuide(roleId, "v-career", { title: " " }))).toEqual([
      "BAD_USER_INPUT",
      "title",
    ]);
    expect(await refusal(UPSERT_CAREER, newCareerGuide(roleId, "v-career", { summary: "" }))).toEqual([
      "BAD_USER_INPUT",
      "summary",
    ]);
    expect(await refusal(UPSERT_CAREER, newCareerGuide(roleId, "Not A Slug"))).toEqual([
      "BAD_USER_INPUT",
      "slug",
    ]);
    const path = { slug: "v-path", title: "Path", description: "A path.", roleIds: [BACKEND] };
    expect(await refusal(UPSERT_PATH, { ...path, description: "  " })).toEqual([
      "BAD_USER_INPUT",
      "description",
    ]);
    // the longest allowed text is accepted, trimmed
    const longest = await ok<{ upsertInterviewGuide: { interviewGuide: GuideShape } }>(EDITOR, UPSERT_GUIDE, {
      input: update({ headline: ` ${"h".repeat(200)} `, intro: "i".repeat(2000) }),
    });
    expect(longest.upsertInterviewGuide.interviewGuide.headline).toBe("h".repeat(200));
  });

  it("asks the roles subgraph whether roles exist: unknown, draft and malformed roles are NOT_FOUND", async () => {
    const UNKNOWN = "00000000-0000-4000-8000-000000000000";
    const draft = await as<{ createRole: { role: { id: string } } }>(EDITOR, CREATE_ROLE, {
      input: { slug: "guides-draft-role", title: "Draft" },
    });
    const draftId = draft.body.data!.createRole.role.id;
    expect(await refusal(UPSERT_GUIDE, newGuide(UNKNOWN))).toEqual(["NOT_FOUND", "roleId"]);
    expect(await refusal(UPSERT_GUIDE, newGuide(draftId))).toEqual(["NOT_FOUND", "roleId"]);
    expect(await refusal(UPSERT_CAREER, newCareerGuide("not-an-id", "v-career"))).toEqual([
      "NOT_FOUND",
      "roleId",
    ]);
    expect(
      await refusal(SET_RELATED, { roleId, expectedVersion: 1, relatedRoleIds: [BACKEND, UNKNOWN] }),
    ).toEqual(["NOT_FOUND", "relatedRoleIds.1"]);
    expect(
      await refusal(UPSERT_PATH, {
        slug: "v-path",
        title: "Path",
        description: "A path.",
        roleIds: [BACKEND, DEVOPS, draftId],
      }),
    ).toEqual(["NOT_FOUND", "roleIds.2"]);
  });

  it("keeps related guides off the role itself and refuses repeats", async () => {
    expect(
      await refusal(SET_RELATED, { roleId, expectedVersion: 1, relatedRoleIds: [BACKEND, roleId] }),
    ).toEqual(["BAD_USER_INPUT", "relatedRoleIds.1"]);
    expect(
      await refusal(SET_RELATED, { roleId, expectedVersion: 1, relatedRoleIds: [BACKEND, DATA, BACKEND] }),
    ).toEqual(["BAD_USER_INPUT", "relatedRoleIds.2"]);
    expect(
      await refusal(UPSERT_PATH, {
        slug: "v-path",
        title: "Path",
        description: "A path.",
        roleIds: [DATA, DATA],
      }),
    ).toEqual(["BAD_USER_INPUT", "roleIds.1"]);
  });

  it("refuses stale versions, existing guides without a version, missing guides and taken slugs", async () => {
    const [{ version }]: { version: number }[] = await stack.guides.deps.db.dataSource.query(
      `SELECT version FROM guides.interview_guide WHERE role_id = $1`,
      [roleId],
    );
    const stale = await as(EDITOR, UPSERT_GUIDE, { input: update({ expectedVersion: version + 5 }) });
    expect(stale.body.errors![0].extensions).toMatchObject({
      code: "CONFLICT",
      field: "expectedVersion",
      currentVersion: version,
    });
    expect(await refusal(UPSERT_GUIDE, newGuide(roleId))).toEqual(["CONFLICT", "expectedVersion"]);
    expect(await refusal(UPSERT_CAREER, newCareerGuide(roleId, "v-career", { expectedVersion: 1 }))).toEqual([
      "NOT_FOUND",
      "roleId",
    ]);
    expect(await refusal(PUBLISH, { kind: "CAREER_GUIDE", id: roleId, expectedVersion: 1 })).toEqual([
      "NOT_FOUND",
      "id",
    ]);
    expect(await refusal(ARCHIVE, { kind: "RELATED_GUIDES", id: roleId, expectedVersion: 3 })).toEqual([
      "CONFLICT",
      "expectedVersion",
    ]);
    expect(await refusal(UPSERT_CAREER, newCareerGuide(roleId, "backend-developer-career-guide"))).toEqual([
      "CONFLICT",
      "slug",
    ]);
    expect(await refusal(UPSERT_GUIDE, update({ expectedVersion: 0 }))).toEqual([
      "BAD_USER_INPUT",
      "expectedVersion",
    ]);
  });
});

describe("the guides' audit trail", () => {
  it("records who changed what, before and after, with the request id, newest first", async () => {
    const roleId = await publishedRole("guides-audited");
    await ok(EDITOR, UPSERT_GUIDE, { input: newGuide(roleId) });
    await ok(
      ["ADMIN"],
      UPSERT_GUIDE,
      { input: newGuide(roleId, { expectedVersion: 1, interviewerFocus: ["Scaling", "Incidents"] }) },
      { "x-request-id": "guide-audit-1" },
    );
    await ok(EDITOR, PUBLISH, { input: { kind: "INTERVIEW_GUIDE", id: roleId, expectedVersion: 2 } });
    await ok(EDITOR, SET_RELATED, { input: { roleId, relatedRoleIds: [DATA, BACKEND] } });
    await ok(EDITOR, SET_RELATED, { input: { roleId, expectedVersion: 1, relatedRoleIds: [BACKEND, DATA] } });
    // an update that changes nothing writes no entry
    await ok(EDITOR, SET_RELATED, { input: { roleId, expectedVersion: 2, relatedRoleIds: [BACKEND, DATA] } });

    const log = await ok<{
      guideAuditLog: {
        totalCount: number;
        edges: {
          node: {
            actor: string;
            action: string;
            entityType: string;
            entityId: string;
            requestId: string | null;
            changes: { field: string; before: string | null; after: string | null }[];
          };
        }[];
      };
    }>(EDITOR, AUDIT_LOG, { entityId: roleId });
    const entries = log.guideAuditLog.edges.map((e) => e.node);
    expect(entries.map((e) => [e.action, e.entityType])).toEqual([
      ["setRelatedGuides", "RelatedGuideList"],
      ["setRelatedGuides", "RelatedGuideList"],
      ["publishGuide", "InterviewGuide"],
      ["upsertInterviewGuide", "InterviewGuide"],
      ["upsertInterviewGuide", "InterviewGuide"],
    ]);
    expect(log.guideAuditLog.totalCount).toBe(5);
    expect(entries[0].changes).toEqual([
      {
        field: "relatedRoleIds",
        before: JSON.stringify([DATA, BACKEND]),
        after: JSON.stringify([BACKEND, DATA]),
      },
    ]);
    expect(entries[2].changes).toEqual([
      { field: "status", before: JSON.stringify("DRAFT"), after: JSON.stringify("PUBLISHED") },
    ]);
    expect(entries[3]).toMatchObject({
      actor: "user-admin",
      entityId: roleId,
      requestId: "guide-audit-1",
      changes: [
        {
          field: "interviewerFocus",
          before: JSON.stringify(["Operating systems under load"]),
          after: JSON.stringify(["Scaling", "Incidents"]),
        },
      ],
    });
    expect(entries[4].actor).toBe("user-editor");
    expect(entries[4].changes.map((c) => c.field)).toEqual([
      "headline",
      "intro",
      "preparationTips",
      "commonMistakes",
      "interviewerFocus",
      "smartQuestions",
      "faqs",
      "status",
    ]);
    expect(entries[4].changes.every((c) => c.before === null)).toBe(true);

    // the catalog's trail is the roles subgraph's own: guides' edits are not in it
    const catalog = await ok<{ auditLog: { edges: { node: { entityType: string } }[] } }>(
      EDITOR,
      `query($entityId: ID) { auditLog(entityId: $entityId) { edges { node { entityType } } } }`,
      { entityId: roleId },
    );
    expect(catalog.auditLog.edges.map((e) => e.node.entityType)).toEqual(["Role", "Role"]);
  });

  it("pages the whole trail newest first without gaps or repeats", async () => {
    const whole = (
      await ok<{ guideAuditLog: { edges: { node: unknown }[] } }>(EDITOR, AUDIT_LOG, { first: 100 })
    ).guideAuditLog.edges.map((e) => e.node);
    expect(whole.length).toBeGreaterThan(6);
    const paged: unknown[] = [];
    let after: string | null = null;
    do {
      const page: {
        guideAuditLog: {
          edges: { node: unknown }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      } = await ok(EDITOR, AUDIT_LOG, { first: 4, after });
      paged.push(...page.guideAuditLog.edges.map((e) => e.node));
      after = page.guideAuditLog.pageInfo.hasNextPage ? page.guideAuditLog.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(whole);
  });
});

describe("reads right after writes", () => {
  it("show edits of published guides at once, through the gateway's and the subgraph's caches", async () => {
    const READ = `{ role(slug: "backend-developer") {
      guide { headline version } relatedGuides(first: 10) { role { id } }
      relatedGuideList { version } careerGuide { title version } }
      learningPath(slug: "backend-to-platform") { title version } }`;
    interface Read {
      role: {
        guide: { headline: string; version: number };
        relatedGuides: { role: { id: string } }[];
        relatedGuideList: { version: number };
        careerGuide: { title: string; version: number };
      };
      learningPath: { title: string; version: number };
    }
    const read = async () => {
      const response = await as<Read>(null, READ);
      expect(response.body.errors).toBeUndefined();
      return response.body.data!;
    };
    const before = await read();
    await read(); // warm every cache
    const related = before.role.relatedGuides.map((g) => g.role.id).reverse();
    const [path]: { description: string; roleIds: string[] }[] = await stack.guides.deps.db.dataSource.query(
      `SELECT p.description, array_agg(r.role_id ORDER BY r.position) AS "roleIds"
       FROM guides.learning_path p JOIN guides.learning_path_role r ON r.path_slug = p.slug
       WHERE p.slug = 'backend-to-platform' GROUP BY p.slug`,
    );
    const career = await stack.guides.deps.db.dataSource.query<{ slug: string; summary: string }[]>(
      `SELECT slug, summary FROM guides.career_guide WHERE role_id = $1`,
      [BACKEND],
    );

    await ok(EDITOR, UPSERT_GUIDE, {
      input: newGuide(BACKEND, { expectedVersion: before.role.guide.version, headline: "Edited headline" }),
    });
    await ok(EDITOR, SET_RELATED, {
      input: {
        roleId: BACKEND,
        expectedVersion: before.role.relatedGuideList.version,
        relatedRoleIds: related,
      },
    });
    await ok(EDITOR, UPSERT_CAREER, {
      input: newCareerGuide(BACKEND, career[0].slug, {
        expectedVersion: before.role.careerGuide.version,
        title: "Edited career guide",
        summary: career[0].summary,
      }),
    });
    await ok(EDITOR, UPSERT_PATH, {
      input: {
        slug: "backend-to-platform",
        expectedVersion: before.learningPath.version,
        title: "Edited path",
        description: path.description,
        roleIds: path.roleIds,
      },
    });

    const after = await read();
    expect(after.role.guide).toEqual({ headline: "Edited headline", version: before.role.guide.version + 1 });
    expect(after.role.relatedGuides.map((g) => g.role.id)).toEqual(related);
    expect(after.role.careerGuide.title).toBe("Edited career guide");
    expect(after.learningPath.title).toBe("Edited path");
  });
});
