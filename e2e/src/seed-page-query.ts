/** The seed product page in one query, as DESIGN.md gives it. */
export const SEED_PAGE_QUERY = `query SeedPage($slug: String!) {
  role(slug: $slug) {
    title
    questionCount
    questions(first: 50) { edges { node { position prompt answerTip type myProgress { status } } } }
    guide {
      headline intro
      preparationTips { title body }
      commonMistakes { title body }
      interviewerFocus
      smartQuestions
      faqs { question answer }
    }
    relatedGuides { role { title slug questionCount } }
    careerGuide { title }
    myProgress { readiness }
  }
}`;

export interface SeedPageData {
  role: {
    title: string;
    questionCount: number;
    questions: {
      edges: {
        node: {
          position: number;
          prompt: string;
          answerTip: string;
          type: string;
          myProgress: { status: string } | null;
        };
      }[];
    };
    guide: {
      headline: string;
      intro: string;
      preparationTips: { title: string; body: string }[];
      commonMistakes: { title: string; body: string }[];
      interviewerFocus: string[];
      smartQuestions: string[];
      faqs: { question: string; answer: string }[];
    } | null;
    /** Nullable: a related role may be archived, and the guides subgraph may be unavailable. */
    relatedGuides: { role: { title: string; slug: string; questionCount: number } | null }[] | null;
    careerGuide: { title: string } | null;
    myProgress: { readiness: number } | null;
  } | null;
}
