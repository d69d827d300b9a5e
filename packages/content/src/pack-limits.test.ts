import { CONTENT_LIMITS } from "./limits";
import { learningPaths, rolePacks, topics } from "./pack";
import { checkContentPack, type ContentPackFile } from "./pack-file";

/** The whole built-in pack as a file, with one change made by `edit`. */
function packWith(edit: (pack: ContentPackFile) => void): ContentPackFile {
  const pack = structuredClone<ContentPackFile>({ topics, roles: rolePacks, learningPaths });
  edit(pack);
  return pack;
}

const problemPaths = (pack: ContentPackFile) => checkContentPack(pack).problems.map((p) => p.path);

/** Each limit an editor's mutation enforces is the import's too: at the limit it imports, one over it does not. */
describe.each([
  [
    "guideIntro",
    "roles[0].guide.intro",
    (p: ContentPackFile, text: string) => (p.roles[0].guide.intro = text),
  ],
  [
    "sectionBody",
    "roles[0].guide.preparationTips[0].body",
    (p: ContentPackFile, text: string) => (p.roles[0].guide.preparationTips[0].body = text),
  ],
  [
    "faqAnswer",
    "roles[0].guide.faqs[0].answer",
    (p: ContentPackFile, text: string) => (p.roles[0].guide.faqs[0].answer = text),
  ],
  [
    "careerGuideSummary",
    "roles[0].careerGuide.summary",
    (p: ContentPackFile, text: string) => (p.roles[0].careerGuide.summary = text),
  ],
  [
    "learningPathDescription",
    "learningPaths[0].description",
    (p: ContentPackFile, text: string) => (p.learningPaths[0].description = text),
  ],
] as const)("a pack's %s", (limit, path, set) => {
  const { max } = CONTENT_LIMITS[limit];

  it(`imports at ${max} characters`, () => {
    expect(problemPaths(packWith((pack) => set(pack, "x".repeat(max))))).toEqual([]);
  });

  it(`is refused at ${max + 1}, at its path`, () => {
    expect(problemPaths(packWith((pack) => set(pack, "x".repeat(max + 1))))).toEqual([path]);
  });
});

describe("a pack's lists", () => {
  const { max } = CONTENT_LIMITS.guideItems;
  const tips = (n: number) => (pack: ContentPackFile) => {
    pack.roles[0].guide.interviewerFocus = Array.from({ length: n }, (_, i) => `focus ${i}`);
  };

  it(`take ${max} items and refuse ${max + 1}`, () => {
    expect(problemPaths(packWith(tips(max)))).toEqual([]);
    expect(problemPaths(packWith(tips(max + 1)))).toEqual(["roles[0].guide.interviewerFocus"]);
  });
});
