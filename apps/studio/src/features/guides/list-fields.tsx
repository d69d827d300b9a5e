import type { ReactNode } from "react";
import { TextField } from "../../components/field";

interface ListFieldProps<T> {
  /** The list's name in the form ("Preparation tips") and of one item ("Preparation tip"). */
  legend: string;
  itemName: string;
  /** The input path of the list (`preparationTips`): its items' errors are `preparationTips.2.body`. */
  path: string;
  items: T[];
  empty: T;
  onChange: (items: T[]) => void;
  errors: Record<string, string>;
  renderItem: (item: T, update: (item: T) => void, itemPath: string, label: string) => ReactNode;
}

/** A name inside a sentence: "Preparation tip" → "preparation tip", "FAQ" stays. */
function inSentence(name: string): string {
  return name === name.toUpperCase() ? name : name.charAt(0).toLowerCase() + name.slice(1);
}

/** An ordered list of items, each removable, with one more at the end; the API's errors beside each. */
function ListField<T>(props: ListFieldProps<T>) {
  const { legend, itemName, path, items, onChange, errors } = props;
  const replace = (index: number, item: T) => onChange(items.map((old, i) => (i === index ? item : old)));
  return (
    <fieldset className="list-field">
      <legend>{legend}</legend>
      {errors[path] && <p className="field-error">{errors[path]}</p>}
      {items.length === 0 && <p className="hint">None yet.</p>}
      <ol>
        {items.map((item, i) => (
          <li key={i}>
            {props.renderItem(item, (next) => replace(i, next), `${path}.${i}`, `${itemName} ${i + 1}`)}
            <button
              type="button"
              className="secondary small"
              aria-label={`Remove ${inSentence(itemName)} ${i + 1}`}
              onClick={() => onChange(items.filter((_, j) => j !== i))}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="secondary small" onClick={() => onChange([...items, props.empty])}>
        Add {inSentence(itemName)}
      </button>
    </fieldset>
  );
}

export interface Section {
  title: string;
  body: string;
}

type ListProps<T> = Pick<ListFieldProps<T>, "legend" | "itemName" | "path" | "items" | "onChange" | "errors">;

/** Titled paragraphs: preparation tips, common mistakes, a career guide's sections. */
export function SectionsField(props: ListProps<Section>) {
  return (
    <ListField
      {...props}
      empty={{ title: "", body: "" }}
      renderItem={(item, update, itemPath, label) => (
        <>
          <TextField
            label={`${label}: title`}
            value={item.title}
            onChange={(title) => update({ ...item, title })}
            error={props.errors[`${itemPath}.title`]}
          />
          <TextField
            label={`${label}: body`}
            value={item.body}
            onChange={(body) => update({ ...item, body })}
            error={props.errors[`${itemPath}.body`]}
            multiline
          />
        </>
      )}
    />
  );
}

/** One line each: what interviewers test, smart questions. */
export function LinesField(props: ListProps<string>) {
  return (
    <ListField
      {...props}
      empty=""
      renderItem={(item, update, itemPath, label) => (
        <TextField label={label} value={item} onChange={update} error={props.errors[itemPath]} />
      )}
    />
  );
}

export interface FaqItem {
  question: string;
  answer: string;
}

export function FaqsField(props: ListProps<FaqItem>) {
  return (
    <ListField
      {...props}
      empty={{ question: "", answer: "" }}
      renderItem={(item, update, itemPath, label) => (
        <>
          <TextField
            label={`${label}: question`}
            value={item.question}
            onChange={(question) => update({ ...item, question })}
            error={props.errors[`${itemPath}.question`]}
          />
          <TextField
            label={`${label}: answer`}
            value={item.answer}
            onChange={(answer) => update({ ...item, answer })}
            error={props.errors[`${itemPath}.answer`]}
            multiline
          />
        </>
      )}
    />
  );
}

/** Whether `field` is an input path under one of `paths` (`faqs.2.answer` is under `faqs`). */
export function isUnder(paths: readonly string[], field: string): boolean {
  return paths.includes(field.split(".")[0]);
}
