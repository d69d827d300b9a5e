import { useId, type ReactNode } from "react";

interface FieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** What the API said is wrong with this field. */
  error?: string;
  /** A line under the label: the limits, the format. */
  hint?: string;
  multiline?: boolean;
  required?: boolean;
  name?: string;
}

/** A labelled text input with its hint and its error, both read out with it. */
export function TextField({ label, value, onChange, error, hint, multiline, required, name }: FieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  const common = {
    id,
    name,
    value,
    required,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy || undefined,
  };
  return (
    <div className={error ? "field invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={4} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} onChange={(event) => onChange(event.target.value)} />
      )}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  error?: string;
}

export function SelectField<V extends string>({
  label,
  value,
  options,
  onChange,
  error,
}: SelectFieldProps<V>) {
  const id = useId();
  return (
    <div className={error ? "field invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value as V)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="field-error">
      {error}
    </p>
  );
}

/** Problems of a write that no field shows, and what a write did, for screen readers too. */
export function FormMessages({ problems, notice }: { problems: string[]; notice?: ReactNode }) {
  return (
    <>
      {problems.length > 0 && (
        <div role="alert" className="error">
          <p>The changes were not saved:</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <p role="status" className="notice">
        {notice}
      </p>
    </>
  );
}
