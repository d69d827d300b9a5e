import { CONTENT_LIMITS } from "@careergraph/content";
import { TextField } from "../../components/field";

/** What an editor types of a role. */
export interface RoleValues {
  slug: string;
  title: string;
  summary: string;
}

export const ROLE_FIELDS = ["slug", "title", "summary"] as const;

interface RoleFieldsProps {
  values: RoleValues;
  onChange: <K extends keyof RoleValues>(key: K, value: RoleValues[K]) => void;
  errors: Record<string, string>;
}

/** Slug, Title and Summary, each with the API's error beside it. */
export function RoleFields({ values, onChange, errors }: RoleFieldsProps) {
  return (
    <>
      <TextField
        label="Slug"
        hint="Lowercase words joined by hyphens, as in the page's address; unique."
        value={values.slug}
        onChange={(value) => onChange("slug", value)}
        error={errors.slug}
      />
      <TextField
        label="Title"
        hint={`${CONTENT_LIMITS.roleTitle.min} to ${CONTENT_LIMITS.roleTitle.max} characters.`}
        value={values.title}
        onChange={(value) => onChange("title", value)}
        error={errors.title}
      />
      <TextField
        label="Summary"
        hint={`Up to ${CONTENT_LIMITS.roleSummary.max.toLocaleString("en")} characters.`}
        value={values.summary}
        onChange={(value) => onChange("summary", value)}
        error={errors.summary}
        multiline
      />
    </>
  );
}
