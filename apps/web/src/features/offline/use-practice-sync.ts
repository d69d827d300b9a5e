import { useApolloClient } from "@apollo/client/react";
import { useEffect, useState } from "react";
import { graphql } from "@careergraph/client/web";
import { practiceQueue } from "../../lib/practice-queue";
import { useSession } from "../../lib/session";

const SyncPracticeMutation = graphql(`
  mutation SyncPractice($input: SyncPracticeInput!) {
    syncPractice(input: $input) {
      results {
        idempotencyKey
        outcome
        message
        question {
          id
          myProgress {
            status
            attempts
            lastRating
            nextReviewAt
          }
          role {
            id
            myProgress {
              readiness
              practicedCount
              masteredCount
              dueCount
            }
          }
        }
      }
    }
  }
`);

/** The most events one syncPractice call takes (the server refuses more). */
const BATCH = 100;
const RETRY_MS = 30_000;

export interface SyncState {
  online: boolean;
  syncing: boolean;
  /** Practices the last sync sent and the server answered for. */
  lastSynced: number;
  lastError: string | null;
}

let inFlight: Promise<void> | null = null;

/**
 * Sends the learner's queued practices with syncPractice whenever the app is online: at start, on
 * the `online` event, when the queue grows while online, and every 30 s while some wait. An event leaves the queue only when the
 * server answered for its key (whatever the outcome: applied, a duplicate of one it already had, or
 * refused for good); a failed request leaves everything queued, to be sent again with the same keys,
 * which the server applies once.
 */
export function usePracticeSync(): SyncState {
  const client = useApolloClient();
  const session = useSession();
  const [state, setState] = useState<SyncState>({
    online: navigator.onLine,
    syncing: false,
    lastSynced: 0,
    lastError: null,
  });

  useEffect(() => {
    if (!session) return;
    const userId = session.userId;
    const sync = () => {
      if (!navigator.onLine || inFlight || practiceQueue.list(userId).length === 0) return;
      setState((s) => ({ ...s, syncing: true, lastError: null }));
      inFlight = (async () => {
        let synced = 0;
        try {
          for (let batch = practiceQueue.list(userId).slice(0, BATCH); batch.length > 0;) {
            const { data } = await client.mutate({
              mutation: SyncPracticeMutation,
              variables: { input: { events: batch } },
            });
            const answered = data?.syncPractice.results.map((result) => result.idempotencyKey) ?? [];
            if (answered.length === 0) break;
            practiceQueue.remove(userId, answered);
            synced += answered.length;
            batch = practiceQueue.list(userId).slice(0, BATCH);
          }
          setState((s) => ({ ...s, syncing: false, lastSynced: synced }));
        } catch (error) {
          setState((s) => ({
            ...s,
            syncing: false,
            lastError: error instanceof Error ? error.message : String(error),
          }));
        } finally {
          inFlight = null;
        }
      })();
    };
    const online = () => {
      setState((s) => ({ ...s, online: true }));
      sync();
    };
    const offline = () => setState((s) => ({ ...s, online: false }));
    window.addEventListener("online", online);
    window.addEventListener("offline", offline);
    const unsubscribe = practiceQueue.subscribe(sync);
    // the browser may say online while the gateway cannot be reached: try again now and then
    const retry = window.setInterval(sync, RETRY_MS);
    sync();
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
      window.clearInterval(retry);
      unsubscribe();
    };
  }, [client, session]);

  return state;
}
