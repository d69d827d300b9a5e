import { CONTENT_LIMITS } from "@careergraph/content";
import type { QuestionType } from "@careergraph/client/studio";
import { SelectField, TextField } from "../../components/field";

/** What an editor types of a question; topics as they type them, slugs separated by commas. */
export interface QuestionValues {
  prompt: string;
  answerTip: string;
  type: QuestionType;
  topics: string;
}

export const QUESTION_LABELS: Record<keyof QuestionValues, string> = {
  prompt: "Prompt",
  answerTip: "Answer tip",
  type: "Type",
  topics: "Topics",
};

const TYPES: { value: QuestionType; label: string }[] = [
  { value: "TECHNICAL", label: "Technical" },
  { value: "BEHAVIORAL", label: "Behavioral" },
  { value: "SITUATIONAL", label: "Situational" },
];

/** The topics field's text as the API's `topicSlugs`. */
export function topicSlugsOf(topics: string): string[] {
  return topics
    .split(",")
    .map((slug) => slug.trim())
    .filter(Boolean);
}

/** The input fields these inputs show the API's errors for (`topicSlugs.3` beside Topics). */
export function isQuestionField(field: string): boolean {
  return ["prompt", "answerTip", "type", "topicSlugs"].includes(field.split(".")[0]);
}

function topicsError(errors: Record<string, string>): string | undefined {
  const messages = Object.entries(errors)
    .filter(([field]) => field.split(".")[0] === "topicSlugs")
    .map(([field, message]) => {
      const index = Number(field.split(".")[1]);
      return Number.isInteger(index) ? `Topic ${index + 1}: ${message}` : message;
    });
  return messages.length > 0 ? messages.join(" ") : undefined;
}

interface QuestionFieldsProps {
  values: QuestionValues;
  onChange: <K extends keyof QuestionValues>(key: K, value: QuestionValues[K]) => void;
  errors: Record<string, string>;
}

/** Prompt, Answer tip, Type and Topics, each with the API's error beside it. */
export function QuestionFields({ values, onChange, errors }: QuestionFieldsProps) {
  const { prompt, answerTip, topicsPerQuestion } = CONTENT_LIMITS;
  return (
    <>
      <TextField
        label="Prompt"
        hint={`${prompt.min} to ${prompt.max} characters.`}
        value={values.prompt}
        onChange={(value) => onChange("prompt", value)}
        error={errors.prompt}
        multiline
      />
      <TextField
        label="Answer tip"
        hint={`${answerTip.min} to ${answerTip.max.toLocaleString("en")} characters.`}
        value={values.answerTip}
        onChange={(value) => onChange("answerTip", value)}
        error={errors.answerTip}
        multiline
      />
      <SelectField
        label="Type"
        value={values.type}
        options={TYPES}
        onChange={(value) => onChange("type", value)}
        error={errors.type}
      />
      <TextField
        label="Topics"
        hint={`Topic slugs separated by commas, at most ${topicsPerQuestion.max} (e.g. system-design, caching).`}
        value={values.topics}
        onChange={(value) => onChange("topics", value)}
        error={topicsError(errors)}
      />
    </>
  );
}
