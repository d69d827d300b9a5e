import { useState, type FormEvent } from "react";
import { writeProblems, type WriteProblems } from "./api-errors";
import { changedKeys, useVersionedDraft, type Versioned } from "./versioned-draft";

const NO_PROBLEMS: WriteProblems = { fields: {}, staleVersion: null, other: [] };

export type StatusChange = "publish" | "archive";

export interface VersionedFormOptions<T> {
  /** Reads the content again (after a stale save, so that the page has the current version). */
  reread: () => Promise<unknown>;
  /** Writes `values` over `from` (what changed, or the whole content); answers what was saved. */
  write: (from: Versioned<T>, values: T) => Promise<Versioned<T>>;
  /** Publishes or archives the content at `version`; answers its new version. */
  changeStatus: (change: StatusChange, version: number) => Promise<number>;
  /** Whether `from` must be written even with nothing changed (a guide that does not exist yet). */
  mustWrite?: (from: Versioned<T>) => boolean;
}

/**
 * A form over versioned content, as every editor of the studio works: saves name the version the
 * editor read; the API's errors go beside their fields and the typed text stays; a stale version
 * reads the content again and opens the Conflict dialog, whose "Apply again" saves the editor's
 * changes on top of the current version; Publish and Archive save unsaved changes first.
 */
export function useVersionedForm<T extends object>(current: Versioned<T>, options: VersionedFormOptions<T>) {
  const editor = useVersionedDraft(current);
  const [problems, setProblems] = useState(NO_PROBLEMS);
  const [notice, setNotice] = useState("");
  const [busy, setBusy] = useState(false);

  async function failed(error: unknown) {
    const found = writeProblems(error);
    if (found.staleVersion === null) return setProblems(found);
    await options.reread();
    editor.openConflict();
  }

  /** Saves `values` over `from`; answers the version the content is at now, or null when refused. */
  async function save(from: Versioned<T>, values: T): Promise<number | null> {
    setProblems(NO_PROBLEMS);
    setNotice("");
    if (changedKeys(from.values, values).length === 0 && !options.mustWrite?.(from)) return from.version;
    setBusy(true);
    try {
      const saved = await options.write(from, values);
      editor.saved(saved);
      setNotice(`Saved: version ${saved.version}.`);
      return saved.version;
    } catch (error) {
      await failed(error);
      return null;
    } finally {
      setBusy(false);
    }
  }

  async function changeStatus(change: StatusChange) {
    const values = editor.draft;
    const saved = await save(editor.base, values);
    if (saved === null) return;
    setBusy(true);
    try {
      const version = await options.changeStatus(change, saved);
      editor.saved({ values, version });
      setNotice(`${change === "publish" ? "Published" : "Archived"}: version ${version}.`);
    } catch (error) {
      await failed(error);
    } finally {
      setBusy(false);
    }
  }

  return {
    draft: editor.draft,
    set: editor.set,
    problems,
    notice,
    busy,
    submit: (event: FormEvent) => {
      event.preventDefault();
      void save(editor.base, editor.draft);
    },
    publish: () => void changeStatus("publish"),
    archive: () => void changeStatus("archive"),
    conflict: {
      open: editor.conflict,
      fields: editor.conflictFields(),
      reload: editor.reload,
      applyAgain: () => {
        const { from, values } = editor.rebase();
        void save(from, values);
      },
      close: editor.closeConflict,
    },
  };
}
