import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { editorOf, RequiresEditor } from "../authoring";
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
  async publishRole(
    @Arg("input", () => ChangeStatusInput) input: ChangeStatusInput,
    @Ctx() context: RolesContext,
  ): Promise<RolePayload> {
    const role = await context.services.roles.changeStatus(
      input,
      ContentStatus.PUBLISHED,
      editorOf(context),
      "publishRole",
    );
    return { role };
  }

  @Authorized("EDITOR")
  @RequiresEditor()
  @Mutation(() => RolePayload, { description: "Hides the role and its questions from readers." })
  async archiveRole(
    @Arg("input", () => ChangeStatusInput) input: ChangeStatusInput,
    @Ctx() context: RolesContext,
  ): Promise<RolePayload> {
    const role = await context.services.roles.changeStatus(
      input,
      ContentStatus.ARCHIVED,
      editorOf(context),
      "archiveRole",
    );
    return { role };
  }
}
