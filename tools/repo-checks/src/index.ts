export { brokenLinks, REPOSITORY_ROOT } from "./links";
export { headingAnchors, markdownLinks, tableUnderHeading } from "./markdown";
export type { MarkdownLink } from "./markdown";
