import { useQueuedPractice } from "../../lib/practice-queue";
import { useSession } from "../../lib/session";
import { usePracticeSync } from "./use-practice-sync";

/** The offline and sync state, announced politely to screen readers. */
export function OfflineBanner() {
  const session = useSession();
  const queued = useQueuedPractice(session?.userId).length;
  const { online, syncing, lastSynced, lastError } = usePracticeSync();
  let message = "";
  if (!online)
    message = `You are offline. Guides you opened are still here; practice is saved on this device${
      queued ? ` (${queued} waiting)` : ""
    } and synced when you are back online.`;
  else if (syncing) message = `Syncing ${queued} practices…`;
  else if (queued > 0 && lastError) message = `${queued} practices wait to sync: ${lastError}`;
  else if (lastSynced > 0) message = `Synced ${lastSynced} ${lastSynced === 1 ? "practice" : "practices"}.`;
  return (
    <div role="status" aria-live="polite" className={message ? "banner" : "banner empty"}>
      {message}
    </div>
  );
}
