/**
 * Length limits of catalog text, in characters after trimming: one set for the editors' mutations
 * and for content packs, so that a pack that imports could also have been typed in.
 */
export const CONTENT_LIMITS = {
  slug: { min: 1, max: 100 },
  roleTitle: { min: 1, max: 200 },
  roleSummary: { min: 0, max: 2000 },
  topicName: { min: 1, max: 100 },
  prompt: { min: 10, max: 500 },
  answerTip: { min: 10, max: 2000 },
  topicsPerQuestion: { min: 0, max: 10 },
  guideText: { min: 1, max: 20000 },
  shortText: { min: 1, max: 500 },
} as const;

/** Lowercase words of letters and digits joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
