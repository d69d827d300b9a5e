import { useMutation } from "@apollo/client/react";
import { getFragmentData, graphql, type FragmentType } from "@careergraph/client/studio";
import { GuideEditor } from "./guide-editor";
import { RoleOrderField, type RoleChoice } from "./role-order-field";

const RelatedGuidesFields = graphql(`
  fragment RelatedGuidesForm on RelatedGuideList {
    roleId
    status
    version
    guides {
      role {
        id
        title
      }
    }
  }
`);

const SetRelatedGuides = graphql(`
  mutation StudioSetRelatedGuides($input: SetRelatedGuidesInput!) {
    setRelatedGuides(input: $input) {
      relatedGuideList {
        ...RelatedGuidesForm
      }
    }
  }
`);

interface RelatedGuidesValues {
  relatedRoleIds: string[];
}

export interface RelatedGuidesFormProps {
  roleId: string;
  list: FragmentType<typeof RelatedGuidesFields> | null;
  /** Published roles, the ones a list may name. */
  choices: RoleChoice[];
  reread: () => Promise<unknown>;
}

/** The guides of other roles that a role's page points at, in page order. */
export function RelatedGuidesForm({ roleId, choices, reread, ...props }: RelatedGuidesFormProps) {
  const list = props.list ? getFragmentData(RelatedGuidesFields, props.list) : null;
  const [setRelated] = useMutation(SetRelatedGuides, { refetchQueries: "active", awaitRefetchQueries: true });
  const titles = new Map(choices.map((choice) => [choice.id, choice.title]));
  const others = choices.filter((choice) => choice.id !== roleId);
  const ids = list?.guides.flatMap((guide) => (guide.role ? [guide.role.id] : [])) ?? [];
  return (
    <GuideEditor<RelatedGuidesValues>
      heading="Related guides"
      what="related-guide list"
      kind="RELATED_GUIDES"
      guideId={roleId}
      guide={list && { values: { relatedRoleIds: ids }, status: list.status, version: list.version }}
      empty={{ relatedRoleIds: [] }}
      labels={{ relatedRoleIds: "Related guides" }}
      describe={(_, value) =>
        value.map((id, i) => `${i + 1}. ${titles.get(id) ?? id}`).join("\n") || "(none)"
      }
      isShown={(field) => field.split(".")[0] === "relatedRoleIds"}
      reread={reread}
      upsert={async (values, expectedVersion) => {
        const { data } = await setRelated({ variables: { input: { roleId, expectedVersion, ...values } } });
        return getFragmentData(RelatedGuidesFields, data!.setRelatedGuides.relatedGuideList).version;
      }}
      renderFields={(values, set, errors) => (
        <RoleOrderField
          legend="Related roles, in page order"
          path="relatedRoleIds"
          ids={values.relatedRoleIds}
          choices={others}
          onChange={(next) => set("relatedRoleIds", next)}
          errors={errors}
        />
      )}
    />
  );
}
