import { roleIdFor } from "@careergraph/content";
import { startStack, type Stack } from "./stack";

/**
 * Guides keeps role ids only, and never shows a role that roles does not publish: not in learning
 * paths, not among related guides, and not a guide reached through such a role. It learns a role's
 * status from roles (one batched `_entities` request, cached), and forgets it when roles delivers the
 * change through its outbox, before the gateway's whole answers are retired.
 */
const ARCHIVED = "data-engineer";
const PATHS = `{ learningPaths { slug roles { slug guide { headline } careerGuide { title } } } }`;
const RELATED = `{ role(slug: "backend-developer") { relatedGuides(first: 10) { role { slug } } relatedGuideList { guides { role { id } } } } }`;

interface Paths {
  learningPaths: { slug: string; roles: ({ slug: string; guide: { headline: string } | null } | null)[] }[];
}
interface Related {
  role: {
    relatedGuides: { role: { slug: string } }[];
    relatedGuideList: { guides: { role: { id: string } }[] };
  };
}

let stack: Stack;
beforeAll(async () => {
  // the gateway keeps whole answers in its memory, so that it too must hear of the change
  stack = await startStack({ gatewayUrlKnown: true });
});
afterAll(() => stack?.stop());

const pathRoles = async (roles: string[] | null = null) => {
  const response = await stack.queryAs<Paths>(roles as never, PATHS);
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.learningPaths.flatMap((path) => path.roles.map((role) => role?.slug));
};
const relatedSlugs = async () => {
  const response = await stack.queryAs<Related>(null, RELATED);
  expect(response.body.errors).toBeUndefined();
  const role = response.body.data!.role;
  return {
    related: role.relatedGuides.map((guide) => guide.role.slug),
    listed: role.relatedGuideList.guides.map((guide) => guide.role.id),
  };
};

async function setStatus(mutation: "archiveRole" | "publishRole"): Promise<void> {
  const current = await stack.queryAs<{ role: { version: number } }>(
    ["EDITOR"],
    `{ role(slug: "${ARCHIVED}", status: [PUBLISHED, ARCHIVED]) { version } }`,
  );
  const version = current.body.data!.role.version;
  const changed = await stack.queryAs(
    ["EDITOR"],
    `mutation($input: ChangeStatusInput!) { ${mutation}(input: $input) { role { status } } }`,
    { input: { id: roleIdFor(ARCHIVED), expectedVersion: version } },
  );
  expect(changed.body.errors).toBeUndefined();
}

describe("a role that is archived while it sits in learning paths and related guides", () => {
  it("is there while published", async () => {
    expect(await pathRoles()).toContain(ARCHIVED);
    expect((await relatedSlugs()).related).toContain(ARCHIVED);
  });

  it("is gone at once from every path, related guide and list readers see, and comes back when published", async () => {
    await pathRoles(); // the gateway and guides hold the published answer now
    await setStatus("archiveRole");
    expect(await pathRoles()).not.toContain(ARCHIVED);
    expect(await pathRoles()).not.toContain(null);
    const { related, listed } = await relatedSlugs();
    expect(related).not.toContain(ARCHIVED);
    expect(listed).not.toContain(roleIdFor(ARCHIVED));
    const learner = await pathRoles(["LEARNER"]);
    expect(learner).not.toContain(ARCHIVED);
    await setStatus("publishRole");
    expect(await pathRoles()).toContain(ARCHIVED);
    expect((await relatedSlugs()).related).toContain(ARCHIVED);
  });

  it("gives no guide of an archived role, even to a caller that names it (as the gateway would)", async () => {
    const body = JSON.stringify({
      query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Role { guide { headline } careerGuide { title } } } }`,
      variables: { r: [{ __typename: "Role", id: roleIdFor(ARCHIVED) }] },
    });
    const ask = async () => {
      const response = await fetch(stack.guides.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...stack.signatureFor(stack.guides.url, body) },
        body,
      });
      return ((await response.json()) as { data: { _entities: unknown[] } }).data._entities[0];
    };
    expect(await ask()).toEqual({
      guide: { headline: expect.any(String) },
      careerGuide: { title: expect.any(String) },
    });
    await setStatus("archiveRole");
    try {
      expect(await ask()).toEqual({ guide: null, careerGuide: null });
    } finally {
      await setStatus("publishRole");
    }
  });
});
