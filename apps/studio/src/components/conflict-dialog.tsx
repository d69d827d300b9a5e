import { useEffect, useId, useRef } from "react";

/** One field of a conflict, in words. */
interface ConflictRow {
  label: string;
  current: string;
  mine: string;
}

interface ConflictDialogProps {
  open: boolean;
  /** What was edited: "question", "role", "interview guide"… */
  what: string;
  currentVersion: number;
  rows: ConflictRow[];
  /** Drop the editor's changes and show the current version. */
  onReload: () => void;
  /** Save the editor's changes again, on top of the current version. */
  onApplyAgain: () => void;
  onClose: () => void;
}

/**
 * A stale save: someone saved first. Shows the current version beside the editor's changes and
 * lets them reload, or apply their changes again on top of the current version.
 */
export function ConflictDialog(props: ConflictDialogProps) {
  const { open, what, currentVersion, rows, onReload, onApplyAgain, onClose } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} aria-labelledby={titleId} className="conflict" onClose={onClose}>
      {open && (
        <>
          <h2 id={titleId}>Conflict</h2>
          <p>
            Someone else saved this {what} while you were editing it: it is now at version {currentVersion}.
            Your changes were not saved.
          </p>
          <table>
            <caption>The current version beside your changes</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Current version ({currentVersion})</th>
                <th scope="col">Your changes</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  <td>{row.current}</td>
                  <td>{row.mine}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="actions">
            <button type="button" className="secondary" onClick={onReload}>
              Reload
            </button>
            <button type="button" onClick={onApplyAgain}>
              Apply again
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
