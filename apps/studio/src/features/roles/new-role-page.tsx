import { useMutation } from "@apollo/client/react";
import { useEffect, useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { graphql } from "@careergraph/client/studio";
import { FormMessages } from "../../components/field";
import { unplacedProblems, writeProblems, type WriteProblems } from "../../lib/api-errors";
import { ROLE_FIELDS, RoleFields, type RoleValues } from "./role-fields";

const CreateRole = graphql(`
  mutation StudioCreateRole($input: CreateRoleInput!) {
    createRole(input: $input) {
      role {
        id
        slug
        status
        version
      }
    }
  }
`);

const NO_PROBLEMS: WriteProblems = { fields: {}, staleVersion: null, other: [] };

/** A new role, saved as a draft; then its editor opens. */
export function NewRolePage() {
  const navigate = useNavigate();
  const [values, setValues] = useState<RoleValues>({ slug: "", title: "", summary: "" });
  const [problems, setProblems] = useState(NO_PROBLEMS);
  const [createRole, { loading }] = useMutation(CreateRole);
  useEffect(() => {
    document.title = "New role · careergraph studio";
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblems(NO_PROBLEMS);
    try {
      const { data } = await createRole({ variables: { input: values } });
      if (data) await navigate(`/roles/${data.createRole.role.slug}`);
    } catch (error) {
      setProblems(writeProblems(error));
    }
  }

  return (
    <>
      <h1>New role</h1>
      <form className="stack narrow" onSubmit={(event) => void submit(event)} noValidate>
        <FormMessages
          problems={unplacedProblems(problems, (field) => (ROLE_FIELDS as readonly string[]).includes(field))}
        />
        <RoleFields
          values={values}
          onChange={(key, value) => setValues((current) => ({ ...current, [key]: value }))}
          errors={problems.fields}
        />
        <div className="actions">
          <button type="submit" disabled={loading}>
            Save draft
          </button>
        </div>
      </form>
    </>
  );
}
