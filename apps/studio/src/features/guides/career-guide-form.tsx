import { useMutation } from "@apollo/client/react";
import { getFragmentData, graphql, type FragmentType } from "@careergraph/client/studio";
import { TextField } from "../../components/field";
import { describeValue } from "./describe";
import { GuideEditor } from "./guide-editor";
import { isUnder, SectionsField, type Section } from "./list-fields";

const CareerGuideFields = graphql(`
  fragment CareerGuideForm on CareerGuide {
    roleId
    slug
    title
    summary
    sections {
      title
      body
    }
    status
    version
  }
`);

const UpsertCareerGuide = graphql(`
  mutation StudioUpsertCareerGuide($input: UpsertCareerGuideInput!) {
    upsertCareerGuide(input: $input) {
      careerGuide {
        ...CareerGuideForm
      }
    }
  }
`);

interface CareerGuideValues {
  slug: string;
  title: string;
  summary: string;
  sections: Section[];
}

const LABELS: Record<keyof CareerGuideValues, string> = {
  slug: "Slug",
  title: "Title",
  summary: "Summary",
  sections: "Sections",
};

export interface CareerGuideFormProps {
  roleId: string;
  roleSlug: string;
  roleTitle: string;
  guide: FragmentType<typeof CareerGuideFields> | null;
  reread: () => Promise<unknown>;
}

/** A role's career guide: what the job is and how to grow in it. */
export function CareerGuideForm({ roleId, roleSlug, roleTitle, reread, ...props }: CareerGuideFormProps) {
  const guide = props.guide ? getFragmentData(CareerGuideFields, props.guide) : null;
  const [upsert] = useMutation(UpsertCareerGuide, { refetchQueries: "active", awaitRefetchQueries: true });
  const values = guide && {
    slug: guide.slug,
    title: guide.title,
    summary: guide.summary,
    sections: guide.sections.map(({ title, body }) => ({ title, body })),
  };
  return (
    <GuideEditor<CareerGuideValues>
      heading="Career guide"
      what="career guide"
      kind="CAREER_GUIDE"
      guideId={roleId}
      guide={guide && values && { values, status: guide.status, version: guide.version }}
      empty={{ slug: `${roleSlug}-career`, title: `${roleTitle} Career Guide`, summary: "", sections: [] }}
      labels={LABELS}
      describe={(_, value) => describeValue(value)}
      isShown={(field) => isUnder(Object.keys(LABELS), field)}
      reread={reread}
      upsert={async (next, expectedVersion) => {
        const { data } = await upsert({ variables: { input: { roleId, expectedVersion, ...next } } });
        return getFragmentData(CareerGuideFields, data!.upsertCareerGuide.careerGuide).version;
      }}
      renderFields={(draft, set, errors) => (
        <>
          <TextField
            label="Slug"
            hint="Lowercase words joined by hyphens; unique among career guides."
            value={draft.slug}
            onChange={(value) => set("slug", value)}
            error={errors.slug}
          />
          <TextField
            label="Title"
            value={draft.title}
            onChange={(v) => set("title", v)}
            error={errors.title}
          />
          <TextField
            label="Summary"
            value={draft.summary}
            onChange={(value) => set("summary", value)}
            error={errors.summary}
            multiline
          />
          <SectionsField
            legend="Sections"
            itemName="Section"
            path="sections"
            items={draft.sections}
            onChange={(items) => set("sections", items)}
            errors={errors}
          />
        </>
      )}
    />
  );
}
