/** The shapes of the content pack: plain data, loaded by each subgraph's seeder. */

export type QuestionType = "BEHAVIORAL" | "TECHNICAL" | "SITUATIONAL";

export interface TopicContent {
  slug: string;
  name: string;
}

export interface QuestionContent {
  prompt: string;
  answerTip: string;
  type: QuestionType;
  /** Topic slugs, each listed in `topics.ts`. */
  topics: string[];
}

export interface SectionContent {
  title: string;
  body: string;
}

export interface FaqContent {
  question: string;
  answer: string;
}

export interface GuideContent {
  headline: string;
  intro: string;
  preparationTips: SectionContent[];
  commonMistakes: SectionContent[];
  interviewerFocus: string[];
  smartQuestions: string[];
  faqs: FaqContent[];
}

export interface CareerGuideContent {
  slug: string;
  title: string;
  summary: string;
  sections: SectionContent[];
}

/** One role with everything the pack says about it. */
export interface RolePack {
  slug: string;
  title: string;
  summary: string;
  /** In page order: position 1..n. */
  questions: QuestionContent[];
  guide: GuideContent;
  /** Slugs of the related roles, in the order the page lists them. */
  relatedRoleSlugs: string[];
  careerGuide: CareerGuideContent;
}

export interface LearningPathContent {
  slug: string;
  title: string;
  description: string;
  /** Role slugs, in learning order. */
  roleSlugs: string[];
}
