export { PracticeButtons } from "./practice-buttons";
export { ReviewPage } from "./review-page";
export { Streak } from "./streak";
