/**
 * Length limits of content, in characters after trimming, and of its lists: one table for the
 * editors' mutations and for imported content packs, so that a pack that imports could also have
 * been typed in, and the reverse.
 */
export const CONTENT_LIMITS = {
  slug: { min: 1, max: 100 },
  roleTitle: { min: 1, max: 200 },
  roleSummary: { min: 0, max: 2000 },
  topicName: { min: 1, max: 100 },
  prompt: { min: 10, max: 500 },
  answerTip: { min: 10, max: 2000 },
  topicsPerQuestion: { min: 0, max: 10 },
  guideHeadline: { min: 1, max: 200 },
  guideIntro: { min: 1, max: 2000 },
  sectionTitle: { min: 1, max: 200 },
  sectionBody: { min: 1, max: 4000 },
  guideLine: { min: 1, max: 500 },
  faqQuestion: { min: 1, max: 500 },
  faqAnswer: { min: 1, max: 4000 },
  careerGuideTitle: { min: 1, max: 200 },
  careerGuideSummary: { min: 1, max: 2000 },
  learningPathTitle: { min: 1, max: 200 },
  learningPathDescription: { min: 1, max: 2000 },
  /** Any list of a guide: sections, tips, FAQs, related roles, a learning path's roles. */
  guideItems: { min: 0, max: 30 },
} as const;

/** Lowercase words of letters and digits joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
