import { useState } from "react";

/** Content as the editor read it, at the version the server gave it. */
export interface Versioned<T> {
  values: T;
  version: number;
}

/** Whether two JSON-shaped values are the same. */
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The keys whose value differs from `from` to `to`. */
export function changedKeys<T extends object>(from: T, to: T): (keyof T & string)[] {
  return (Object.keys(to) as (keyof T & string)[]).filter((key) => !sameValue(from[key], to[key]));
}

/** One field of a conflict: the current version's value beside the editor's. */
export interface ConflictField<T> {
  key: keyof T & string;
  current: T[keyof T];
  mine: T[keyof T];
}

/**
 * An edit of versioned content: what the editor last read (`base`, at its version), what they typed
 * (`draft`, kept whatever the server says), and the version the server has now (`current`, from the
 * page's query). A save names `base.version`; when the server answers that it is stale, the page
 * reads the current version again and `conflict` compares it with the editor's changes.
 */
export function useVersionedDraft<T extends object>(current: Versioned<T>) {
  const [base, setBase] = useState(current);
  const [draft, setDraft] = useState(current.values);
  const [conflict, setConflict] = useState(false);
  const mine = changedKeys(base.values, draft);
  return {
    base,
    draft,
    /** The fields the editor changed since they read `base`. */
    changed: mine,
    set: <K extends keyof T>(key: K, value: T[K]) => {
      setDraft((values) => ({ ...values, [key]: value }));
    },
    /** A save (or a status change) went through: what it answered is what the editor has read now. */
    saved: (next: Versioned<T>) => {
      setBase(next);
      setDraft(next.values);
    },
    conflict,
    openConflict: () => setConflict(true),
    closeConflict: () => setConflict(false),
    /** Fields that differ between the current version and the draft: changed by them, by me, or both. */
    conflictFields: (): ConflictField<T>[] => {
      const keys = new Set([...changedKeys(base.values, current.values), ...mine]);
      return [...keys].map((key) => ({ key, current: current.values[key], mine: draft[key] }));
    },
    /** Drops the editor's changes: the current version is what they have now. */
    reload: () => {
      setBase(current);
      setDraft(current.values);
      setConflict(false);
    },
    /**
     * The editor's changes on top of the current version: the fields they changed keep their value,
     * every other field takes the current one. Answers what to save, and from which version.
     */
    rebase: (): { from: Versioned<T>; values: T } => {
      const values = { ...current.values };
      for (const key of mine) values[key] = draft[key];
      setBase(current);
      setDraft(values);
      setConflict(false);
      return { from: current, values };
    },
  };
}
