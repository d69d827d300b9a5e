import { Field, Float, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "The caller's progress across the published questions of a role." })
export class RoleProgress {
  @Field(() => Int, { description: "Questions practised at least once." })
  practicedCount: number;

  @Field(() => Int)
  masteredCount: number;

  @Field(() => Int, { description: "Practised questions due for review now." })
  dueCount: number;

  @Field(() => Float, { description: "Mastered questions over the role's question count, from 0 to 1." })
  readiness: number;
}

/** What the progress table knows of a role; readiness needs the role's question count on top. */
export interface RoleProgressCounts {
  practicedCount: number;
  masteredCount: number;
  dueCount: number;
}

/** mastered / questionCount, 0 for a role without questions, at most 1 (a mastered question may since be unpublished). */
export function readiness(masteredCount: number, questionCount: number): number {
  return questionCount > 0 ? Math.min(1, masteredCount / questionCount) : 0;
}
