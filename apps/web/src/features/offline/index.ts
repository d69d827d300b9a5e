export { OfflineBanner } from "./offline-banner";
export { usePracticeSync } from "./use-practice-sync";
