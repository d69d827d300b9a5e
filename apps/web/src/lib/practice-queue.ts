import { useSyncExternalStore } from "react";
import type { PracticeRating } from "@careergraph/client/web";

/** A practice recorded while the gateway could not be reached, kept until syncPractice answers for it. */
export interface QueuedPractice {
  questionId: string;
  rating: PracticeRating;
  /** When the learner practised, by this device's clock (ISO 8601). */
  clientTime: string;
  /** Chosen when the learner practised, and never changed: the server applies each key once. */
  idempotencyKey: string;
}

const EMPTY: QueuedPractice[] = [];
const listeners = new Set<() => void>();
const snapshots = new Map<string, QueuedPractice[]>();

/** One queue per learner: a practice is never sent with another learner's token. */
const storageKey = (userId: string) => `careergraph.practice-queue.v1.${userId}`;

/**
 * The offline practice queue, in localStorage: it survives reloads and restarts, and each write is
 * whole (read, change, write back in one synchronous step). An event leaves it only when the
 * server has answered for its key.
 */
export const practiceQueue = {
  list(userId: string): QueuedPractice[] {
    const cached = snapshots.get(userId);
    if (cached) return cached;
    let events = EMPTY;
    try {
      const stored = JSON.parse(localStorage.getItem(storageKey(userId)) ?? "[]") as unknown;
      if (Array.isArray(stored)) events = stored as QueuedPractice[];
    } catch {
      // an unreadable queue is left in place for a person to look at, and read as empty
    }
    snapshots.set(userId, events);
    return events;
  },

  add(userId: string, event: QueuedPractice): void {
    write(userId, [...practiceQueue.list(userId), event]);
  },

  /** Drops the events the server answered for. */
  remove(userId: string, keys: readonly string[]): void {
    const done = new Set(keys);
    write(
      userId,
      practiceQueue.list(userId).filter((event) => !done.has(event.idempotencyKey)),
    );
  },

  subscribe: subscribeToQueue,
};

function subscribeToQueue(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function write(userId: string, events: QueuedPractice[]): void {
  localStorage.setItem(storageKey(userId), JSON.stringify(events));
  snapshots.set(userId, events);
  listeners.forEach((listener) => listener());
}

// another tab changed the queue
window.addEventListener("storage", (event) => {
  if (!event.key?.startsWith("careergraph.practice-queue.")) return;
  snapshots.clear();
  listeners.forEach((listener) => listener());
});

/** The learner's queued practices, re-rendered when the queue changes. */
export function useQueuedPractice(userId: string | undefined): QueuedPractice[] {
  return useSyncExternalStore(subscribeToQueue, () => (userId ? practiceQueue.list(userId) : EMPTY));
}
