import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { editorOf, RequiresEditor } from "@careergraph/authoring";
import type { RolesContext } from "../context";
import { ContentStatus } from "../enums";
import { ChangeStatusInput, CreateRoleInput, RolePayload, UpdateRoleInput } from "./role.inputs";

/** Editors' writes to roles. Each returns the role as it is after the change. */
@Resolver()
export class RoleAuthoringResolver {
  @Authorized("EDITOR")
  @RequiresEditor()
  @Mutation(() => RolePayload, { description: "A new role, as a draft." })
  async createRole(
    @Arg("input", () => CreateRoleInput) input: CreateRoleInput,
    @Ctx() context: RolesContext,
  ): Promise<RolePayload> {
    return { role: await context.services.roles.create(input, editorOf(context)) };
  }

  @Authorized("EDITOR")
  @RequiresEditor()
  @Mutation(() => RolePayload)
  async updateRole(
    @Arg("input", () => UpdateRoleInput) input: UpdateRoleInput,
    @Ctx() context: RolesContext,
  ): Promise<RolePayload> {
    return { role: await context.services.roles.update(input, editorOf(context)) };
  }

  @Authorized("EDITOR")
  @RequiresEditor()
  @Mutation(() => RolePayload, { description: "Shows the role (and its published questions) to readers." })
  publishRole(
    @Arg("input", () => ChangeStatusInput) input: ChangeStatusInput,
    @Ctx() context: RolesContext,
  ): Promise<RolePayload> {
    return changeStatus(context, input, ContentStatus.PUBLISHED, "publishRole");
  }

  @Authorized("EDITOR")
  @RequiresEditor()
  @Mutation(() => RolePayload, { description: "Hides the role and its questions from readers." })
  archiveRole(
    @Arg("input", () => ChangeStatusInput) input: ChangeStatusInput,
    @Ctx() context: RolesContext,
  ): Promise<RolePayload> {
    return changeStatus(context, input, ContentStatus.ARCHIVED, "archiveRole");
  }
}

async function changeStatus(
  context: RolesContext,
  input: ChangeStatusInput,
  status: ContentStatus,
  action: string,
): Promise<RolePayload> {
  return { role: await context.services.roles.changeStatus(input, status, editorOf(context), action) };
}
