import { useId, useState } from "react";

export interface RoleChoice {
  id: string;
  title: string;
}

interface RoleOrderFieldProps {
  legend: string;
  /** The input path (`relatedRoleIds`): an item's error is `relatedRoleIds.2`. */
  path: string;
  ids: string[];
  /** The published roles an editor may pick from. */
  choices: RoleChoice[];
  onChange: (ids: string[]) => void;
  errors: Record<string, string>;
}

/** An ordered list of published roles: add one, move it up or down, remove it. */
export function RoleOrderField({ legend, path, ids, choices, onChange, errors }: RoleOrderFieldProps) {
  const selectId = useId();
  const [adding, setAdding] = useState("");
  const titles = new Map(choices.map((choice) => [choice.id, choice.title]));
  const available = choices.filter((choice) => !ids.includes(choice.id));
  const swap = (i: number, j: number) => {
    const next = [...ids];
    [next[i], next[j]] = [next[j], next[i]];
    onChange(next);
  };
  return (
    <fieldset className="list-field">
      <legend>{legend}</legend>
      {errors[path] && <p className="field-error">{errors[path]}</p>}
      {ids.length === 0 && <p className="hint">None yet.</p>}
      <ol aria-label={legend}>
        {ids.map((id, i) => (
          <li key={id} className="role-choice">
            <span>{titles.get(id) ?? `A role that is not published (${id})`}</span>
            {errors[`${path}.${i}`] && <span className="field-error"> {errors[`${path}.${i}`]}</span>}
            <span className="row-actions">
              <button
                type="button"
                className="secondary small"
                disabled={i === 0}
                onClick={() => swap(i, i - 1)}
              >
                Move up
              </button>
              <button
                type="button"
                className="secondary small"
                disabled={i === ids.length - 1}
                onClick={() => swap(i, i + 1)}
              >
                Move down
              </button>
              <button
                type="button"
                className="secondary small"
                aria-label={`Remove ${titles.get(id) ?? id}`}
                onClick={() => onChange(ids.filter((other) => other !== id))}
              >
                Remove
              </button>
            </span>
          </li>
        ))}
      </ol>
      <div className="add-row">
        <label htmlFor={selectId}>Add a role</label>
        <select id={selectId} value={adding} onChange={(event) => setAdding(event.target.value)}>
          <option value="">Choose a published role…</option>
          {available.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.title}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="secondary small"
          disabled={!adding}
          onClick={() => {
            onChange([...ids, adding]);
            setAdding("");
          }}
        >
          Add
        </button>
      </div>
    </fieldset>
  );
}
