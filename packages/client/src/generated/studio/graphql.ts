/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";
/** Publishes or archives one guide at the version the editor last read. */
export type ChangeGuideStatusInput = {
  expectedVersion: number;
  /** The role's id; a learning path's slug. */
  id: string | number;
  kind: GuideKind;
};

/** Publishes or archives a role or question at the version the editor last read. */
export type ChangeStatusInput = {
  expectedVersion: number;
  id: string | number;
};

/** Only PUBLISHED content is served to readers. */
export type ContentStatus = "ARCHIVED" | "DRAFT" | "PUBLISHED";

export type CreateQuestionInput = {
  /** 10 to 2,000 characters. */
  answerTip: string;
  /** Its place in the role's order (1..n+1); the end by default. */
  position?: number | null | undefined;
  /** 10 to 500 characters. */
  prompt: string;
  roleId: string | number;
  /** Existing topics, at most 10. */
  topicSlugs?: Array<string>;
  type: QuestionType;
};

export type CreateRoleInput = {
  /** Lowercase words joined by hyphens; unique. */
  slug: string;
  /** Up to 2,000 characters. */
  summary?: string | null | undefined;
  /** 1 to 200 characters. */
  title: string;
};

/** Question 1–500 characters, answer 1–4,000. */
export type FaqInput = {
  answer: string;
  question: string;
};

/** STARTED: practised a question of the role; PRACTISING: has a question in review (came back after the learning steps); HALF_READY: mastered at least half the role's published questions; READY: mastered them all. */
export type FunnelStage = "HALF_READY" | "PRACTISING" | "READY" | "STARTED";

/** UTC days, or ISO weeks starting Monday. */
export type Granularity = "DAY" | "WEEK";

/** The kinds of guide editors publish. */
export type GuideKind = "CAREER_GUIDE" | "INTERVIEW_GUIDE" | "LEARNING_PATH" | "RELATED_GUIDES";

/** A titled paragraph: title 1–200 characters, body 1–4,000. */
export type GuideSectionInput = {
  body: string;
  title: string;
};

export type MoveQuestionInput = {
  expectedVersion: number;
  id: string | number;
  /** The new place, 1..n; the questions in between shift by one. */
  position: number;
};

export type QuestionType = "BEHAVIORAL" | "SITUATIONAL" | "TECHNICAL";

/** A role's related guides, in page order (replaces the list). */
export type SetRelatedGuidesInput = {
  /** The version the editor last read; omit it to create the guide (a CONFLICT if it exists already). */
  expectedVersion?: number | null | undefined;
  /** Published roles other than roleId, each once; at most 30. */
  relatedRoleIds: Array<string | number>;
  /** A published role. */
  roleId: string | number;
};

/** Omitted fields keep their value. */
export type UpdateQuestionInput = {
  answerTip?: string | null | undefined;
  /** The version the editor last read. */
  expectedVersion: number;
  id: string | number;
  prompt?: string | null | undefined;
  /** Replaces the question's topics. */
  topicSlugs?: Array<string> | null | undefined;
  type?: QuestionType | null | undefined;
};

/** Omitted fields keep their value. */
export type UpdateRoleInput = {
  /** The version the editor last read. */
  expectedVersion: number;
  id: string | number;
  slug?: string | null | undefined;
  /** An empty summary removes it. */
  summary?: string | null | undefined;
  title?: string | null | undefined;
};

/** Every field of a role's career guide. */
export type UpsertCareerGuideInput = {
  /** The version the editor last read; omit it to create the guide (a CONFLICT if it exists already). */
  expectedVersion?: number | null | undefined;
  /** A published role. */
  roleId: string | number;
  /** At most 30. */
  sections: Array<GuideSectionInput>;
  /** Lowercase words joined by hyphens; unique among career guides. */
  slug: string;
  /** 1 to 2,000 characters. */
  summary: string;
  /** 1 to 200 characters. */
  title: string;
};

/** Every section of a role's interview guide; each list holds at most 30 items. */
export type UpsertInterviewGuideInput = {
  commonMistakes: Array<GuideSectionInput>;
  /** The version the editor last read; omit it to create the guide (a CONFLICT if it exists already). */
  expectedVersion?: number | null | undefined;
  faqs: Array<FaqInput>;
  /** 1 to 200 characters. */
  headline: string;
  /** Each 1 to 500 characters. */
  interviewerFocus: Array<string>;
  /** 1 to 2,000 characters. */
  intro: string;
  preparationTips: Array<GuideSectionInput>;
  /** A published role. */
  roleId: string | number;
  /** Each 1 to 500 characters. */
  smartQuestions: Array<string>;
};

/** Every field of a learning path, named by its slug. */
export type UpsertLearningPathInput = {
  /** 1 to 2,000 characters. */
  description: string;
  /** The version the editor last read; omit it to create the guide (a CONFLICT if it exists already). */
  expectedVersion?: number | null | undefined;
  /** Published roles in learning order, each once; at most 30. */
  roleIds: Array<string | number>;
  /** Lowercase words joined by hyphens. */
  slug: string;
  /** 1 to 200 characters. */
  title: string;
};

export type ActivityFiguresFragment = {
  __typename: "ActivityBucket";
  periodStart: string;
  learners: number | null;
  practices: number | null;
  suppressed: boolean;
} & { " $fragmentName"?: "ActivityFiguresFragment" };

export type AgainFiguresFragment = {
  __typename: "RoleAnalytics";
  questions: Array<{
    __typename: "QuestionAnalytics";
    learners: number | null;
    attempts: number | null;
    againShare: number | null;
    suppressed: boolean;
    question: { __typename: "Question"; id: string; position: number; prompt: string };
  }>;
} & { " $fragmentName"?: "AgainFiguresFragment" };

export type StudioDashboardRolesQueryVariables = Exact<{ [key: string]: never }>;

export type StudioDashboardRolesQuery = {
  __typename: "Query";
  roles: {
    __typename: "RoleConnection";
    edges: Array<{
      __typename: "RoleEdge";
      node: { __typename: "Role"; id: string; slug: string; title: string };
    }>;
  };
};

export type StudioDashboardQueryVariables = Exact<{
  slug: string;
  from: string;
  to: string;
  granularity: Granularity;
}>;

export type StudioDashboardQuery = {
  __typename: "Query";
  roleAnalytics:
    | ({
        __typename: "RoleAnalytics";
        from: string | null;
        to: string | null;
        role: { __typename: "Role"; id: string; title: string };
      } & {
        " $fragmentRefs"?: {
          FunnelFiguresFragment: FunnelFiguresFragment;
          DistributionFiguresFragment: DistributionFiguresFragment;
          AgainFiguresFragment: AgainFiguresFragment;
        };
      })
    | null;
  activity: Array<
    { __typename: "ActivityBucket"; periodStart: string } & {
      " $fragmentRefs"?: { ActivityFiguresFragment: ActivityFiguresFragment };
    }
  >;
  retention: Array<
    { __typename: "RetentionCohort"; cohortStart: string } & {
      " $fragmentRefs"?: { RetentionFiguresFragment: RetentionFiguresFragment };
    }
  >;
};

export type DistributionFiguresFragment = {
  __typename: "RoleAnalytics";
  funnel: Array<{
    __typename: "FunnelStep";
    stage: FunnelStage;
    learners: number | null;
    suppressed: boolean;
  }>;
  questions: Array<{
    __typename: "QuestionAnalytics";
    masteryRate: number | null;
    question: { __typename: "Question"; id: string };
  }>;
} & { " $fragmentName"?: "DistributionFiguresFragment" };

export type FunnelFiguresFragment = {
  __typename: "RoleAnalytics";
  learners: number | null;
  practices: number | null;
  suppressed: boolean;
  funnel: Array<{
    __typename: "FunnelStep";
    stage: FunnelStage;
    learners: number | null;
    suppressed: boolean;
  }>;
} & { " $fragmentName"?: "FunnelFiguresFragment" };

export type RetentionFiguresFragment = {
  __typename: "RetentionCohort";
  cohortStart: string;
  learners: number | null;
  returnedAfter1Day: number | null;
  returnedAfter7Days: number | null;
  returnedAfter30Days: number | null;
  suppressed: boolean;
} & { " $fragmentName"?: "RetentionFiguresFragment" };

export type AuditEntryItemFragment = {
  __typename: "AuditEntry";
  id: string;
  actor: string;
  action: string;
  entityType: string;
  createdAt: string;
  changes: Array<{ __typename: "FieldChange"; field: string; before: string | null; after: string | null }>;
} & { " $fragmentName"?: "AuditEntryItemFragment" };

export type StudioAuditLogQueryVariables = Exact<{
  entityId: string | number;
  after?: string | null | undefined;
}>;

export type StudioAuditLogQuery = {
  __typename: "Query";
  auditLog: {
    __typename: "AuditEntryConnection";
    totalCount: number;
    pageInfo: { __typename: "PageInfo"; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: "AuditEntryEdge";
      node: { __typename: "AuditEntry"; id: string } & {
        " $fragmentRefs"?: { AuditEntryItemFragment: AuditEntryItemFragment };
      };
    }>;
  };
};

export type StudioGuideAuditLogQueryVariables = Exact<{
  entityId: string | number;
  after?: string | null | undefined;
}>;

export type StudioGuideAuditLogQuery = {
  __typename: "Query";
  guideAuditLog: {
    __typename: "AuditEntryConnection";
    totalCount: number;
    pageInfo: { __typename: "PageInfo"; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: "AuditEntryEdge";
      node: { __typename: "AuditEntry"; id: string } & {
        " $fragmentRefs"?: { AuditEntryItemFragment: AuditEntryItemFragment };
      };
    }>;
  };
};

export type CareerGuideFormFragment = {
  __typename: "CareerGuide";
  roleId: string;
  slug: string;
  title: string;
  summary: string;
  status: ContentStatus;
  version: number;
  sections: Array<{ __typename: "GuideSection"; title: string; body: string }>;
} & { " $fragmentName"?: "CareerGuideFormFragment" };

export type StudioUpsertCareerGuideMutationVariables = Exact<{
  input: UpsertCareerGuideInput;
}>;

export type StudioUpsertCareerGuideMutation = {
  __typename: "Mutation";
  upsertCareerGuide: {
    __typename: "CareerGuidePayload";
    careerGuide: { __typename: "CareerGuide" } & {
      " $fragmentRefs"?: { CareerGuideFormFragment: CareerGuideFormFragment };
    };
  };
};

type GuideStatus_CareerGuide_Fragment = {
  __typename: "CareerGuide";
  roleId: string;
  status: ContentStatus;
  version: number;
} & { " $fragmentName"?: "GuideStatus_CareerGuide_Fragment" };

type GuideStatus_InterviewGuide_Fragment = {
  __typename: "InterviewGuide";
  roleId: string;
  status: ContentStatus;
  version: number;
} & { " $fragmentName"?: "GuideStatus_InterviewGuide_Fragment" };

type GuideStatus_LearningPath_Fragment = {
  __typename: "LearningPath";
  slug: string;
  status: ContentStatus;
  version: number;
} & { " $fragmentName"?: "GuideStatus_LearningPath_Fragment" };

type GuideStatus_RelatedGuideList_Fragment = {
  __typename: "RelatedGuideList";
  roleId: string;
  status: ContentStatus;
  version: number;
} & { " $fragmentName"?: "GuideStatus_RelatedGuideList_Fragment" };

export type GuideStatusFragment =
  | GuideStatus_CareerGuide_Fragment
  | GuideStatus_InterviewGuide_Fragment
  | GuideStatus_LearningPath_Fragment
  | GuideStatus_RelatedGuideList_Fragment;

export type StudioPublishGuideMutationVariables = Exact<{
  input: ChangeGuideStatusInput;
}>;

export type StudioPublishGuideMutation = {
  __typename: "Mutation";
  publishGuide: {
    __typename: "GuidePayload";
    guide:
      | ({ __typename: "CareerGuide" } & {
          " $fragmentRefs"?: { GuideStatus_CareerGuide_Fragment: GuideStatus_CareerGuide_Fragment };
        })
      | ({ __typename: "InterviewGuide" } & {
          " $fragmentRefs"?: { GuideStatus_InterviewGuide_Fragment: GuideStatus_InterviewGuide_Fragment };
        })
      | ({ __typename: "LearningPath" } & {
          " $fragmentRefs"?: { GuideStatus_LearningPath_Fragment: GuideStatus_LearningPath_Fragment };
        })
      | ({ __typename: "RelatedGuideList" } & {
          " $fragmentRefs"?: { GuideStatus_RelatedGuideList_Fragment: GuideStatus_RelatedGuideList_Fragment };
        });
  };
};

export type StudioArchiveGuideMutationVariables = Exact<{
  input: ChangeGuideStatusInput;
}>;

export type StudioArchiveGuideMutation = {
  __typename: "Mutation";
  archiveGuide: {
    __typename: "GuidePayload";
    guide:
      | ({ __typename: "CareerGuide" } & {
          " $fragmentRefs"?: { GuideStatus_CareerGuide_Fragment: GuideStatus_CareerGuide_Fragment };
        })
      | ({ __typename: "InterviewGuide" } & {
          " $fragmentRefs"?: { GuideStatus_InterviewGuide_Fragment: GuideStatus_InterviewGuide_Fragment };
        })
      | ({ __typename: "LearningPath" } & {
          " $fragmentRefs"?: { GuideStatus_LearningPath_Fragment: GuideStatus_LearningPath_Fragment };
        })
      | ({ __typename: "RelatedGuideList" } & {
          " $fragmentRefs"?: { GuideStatus_RelatedGuideList_Fragment: GuideStatus_RelatedGuideList_Fragment };
        });
  };
};

export type InterviewGuideFormFragment = {
  __typename: "InterviewGuide";
  roleId: string;
  headline: string;
  intro: string;
  interviewerFocus: Array<string>;
  smartQuestions: Array<string>;
  status: ContentStatus;
  version: number;
  preparationTips: Array<{ __typename: "GuideSection"; title: string; body: string }>;
  commonMistakes: Array<{ __typename: "GuideSection"; title: string; body: string }>;
  faqs: Array<{ __typename: "Faq"; question: string; answer: string }>;
} & { " $fragmentName"?: "InterviewGuideFormFragment" };

export type StudioUpsertInterviewGuideMutationVariables = Exact<{
  input: UpsertInterviewGuideInput;
}>;

export type StudioUpsertInterviewGuideMutation = {
  __typename: "Mutation";
  upsertInterviewGuide: {
    __typename: "InterviewGuidePayload";
    interviewGuide: { __typename: "InterviewGuide" } & {
      " $fragmentRefs"?: { InterviewGuideFormFragment: InterviewGuideFormFragment };
    };
  };
};

export type LearningPathFormFragment = {
  __typename: "LearningPath";
  slug: string;
  title: string;
  description: string;
  status: ContentStatus;
  version: number;
  roles: Array<{ __typename: "Role"; id: string } | null>;
} & { " $fragmentName"?: "LearningPathFormFragment" };

export type StudioLearningPathQueryVariables = Exact<{
  slug: string;
}>;

export type StudioLearningPathQuery = {
  __typename: "Query";
  learningPath:
    | ({ __typename: "LearningPath"; slug: string; title: string } & {
        " $fragmentRefs"?: { LearningPathFormFragment: LearningPathFormFragment };
      })
    | null;
  roles: {
    __typename: "RoleConnection";
    edges: Array<{ __typename: "RoleEdge"; node: { __typename: "Role"; id: string; title: string } }>;
  };
};

export type StudioUpsertLearningPathMutationVariables = Exact<{
  input: UpsertLearningPathInput;
}>;

export type StudioUpsertLearningPathMutation = {
  __typename: "Mutation";
  upsertLearningPath: {
    __typename: "LearningPathPayload";
    learningPath: { __typename: "LearningPath" } & {
      " $fragmentRefs"?: { LearningPathFormFragment: LearningPathFormFragment };
    };
  };
};

export type StudioLearningPathsQueryVariables = Exact<{ [key: string]: never }>;

export type StudioLearningPathsQuery = {
  __typename: "Query";
  learningPaths: Array<{
    __typename: "LearningPath";
    slug: string;
    title: string;
    status: ContentStatus;
    version: number;
    roles: Array<{ __typename: "Role"; id: string; title: string } | null>;
  }>;
};

export type RelatedGuidesFormFragment = {
  __typename: "RelatedGuideList";
  roleId: string;
  status: ContentStatus;
  version: number;
  guides: Array<{
    __typename: "RelatedGuide";
    role: { __typename: "Role"; id: string; title: string } | null;
  }>;
} & { " $fragmentName"?: "RelatedGuidesFormFragment" };

export type StudioSetRelatedGuidesMutationVariables = Exact<{
  input: SetRelatedGuidesInput;
}>;

export type StudioSetRelatedGuidesMutation = {
  __typename: "Mutation";
  setRelatedGuides: {
    __typename: "RelatedGuidesPayload";
    relatedGuideList: { __typename: "RelatedGuideList" } & {
      " $fragmentRefs"?: { RelatedGuidesFormFragment: RelatedGuidesFormFragment };
    };
  };
};

export type StudioRoleGuidesQueryVariables = Exact<{
  slug: string;
}>;

export type StudioRoleGuidesQuery = {
  __typename: "Query";
  role: {
    __typename: "Role";
    id: string;
    slug: string;
    title: string;
    status: ContentStatus;
    guide:
      | ({ __typename: "InterviewGuide" } & {
          " $fragmentRefs"?: { InterviewGuideFormFragment: InterviewGuideFormFragment };
        })
      | null;
    relatedGuideList:
      | ({ __typename: "RelatedGuideList" } & {
          " $fragmentRefs"?: { RelatedGuidesFormFragment: RelatedGuidesFormFragment };
        })
      | null;
    careerGuide:
      | ({ __typename: "CareerGuide" } & {
          " $fragmentRefs"?: { CareerGuideFormFragment: CareerGuideFormFragment };
        })
      | null;
  } | null;
  roles: {
    __typename: "RoleConnection";
    edges: Array<{ __typename: "RoleEdge"; node: { __typename: "Role"; id: string; title: string } }>;
  };
};

export type StudioCreateQuestionMutationVariables = Exact<{
  input: CreateQuestionInput;
}>;

export type StudioCreateQuestionMutation = {
  __typename: "Mutation";
  createQuestion: {
    __typename: "QuestionPayload";
    question: {
      __typename: "Question";
      id: string;
      position: number;
      status: ContentStatus;
      version: number;
    };
  };
};

export type StudioQuestionQueryVariables = Exact<{
  slug: string;
}>;

export type StudioQuestionQuery = {
  __typename: "Query";
  role: {
    __typename: "Role";
    id: string;
    slug: string;
    title: string;
    questions: {
      __typename: "QuestionConnection";
      edges: Array<{
        __typename: "QuestionEdge";
        node: { __typename: "Question"; id: string; position: number } & {
          " $fragmentRefs"?: { QuestionEditorFragment: QuestionEditorFragment };
        };
      }>;
    };
  } | null;
};

export type QuestionEditorFragment = {
  __typename: "Question";
  id: string;
  position: number;
  prompt: string;
  answerTip: string;
  type: QuestionType;
  status: ContentStatus;
  version: number;
  updatedAt: string;
  topics: Array<{ __typename: "Topic"; slug: string; name: string }>;
} & { " $fragmentName"?: "QuestionEditorFragment" };

export type StudioUpdateQuestionMutationVariables = Exact<{
  input: UpdateQuestionInput;
}>;

export type StudioUpdateQuestionMutation = {
  __typename: "Mutation";
  updateQuestion: {
    __typename: "QuestionPayload";
    question: { __typename: "Question" } & {
      " $fragmentRefs"?: { QuestionEditorFragment: QuestionEditorFragment };
    };
  };
};

export type StudioPublishQuestionMutationVariables = Exact<{
  input: ChangeStatusInput;
}>;

export type StudioPublishQuestionMutation = {
  __typename: "Mutation";
  publishQuestion: {
    __typename: "QuestionPayload";
    question: { __typename: "Question" } & {
      " $fragmentRefs"?: { QuestionEditorFragment: QuestionEditorFragment };
    };
  };
};

export type StudioArchiveQuestionMutationVariables = Exact<{
  input: ChangeStatusInput;
}>;

export type StudioArchiveQuestionMutation = {
  __typename: "Mutation";
  archiveQuestion: {
    __typename: "QuestionPayload";
    question: { __typename: "Question" } & {
      " $fragmentRefs"?: { QuestionEditorFragment: QuestionEditorFragment };
    };
  };
};

export type QuestionListRoleFragment = {
  __typename: "Role";
  id: string;
  slug: string;
  questions: {
    __typename: "QuestionConnection";
    totalCount: number;
    edges: Array<{
      __typename: "QuestionEdge";
      node: {
        __typename: "Question";
        id: string;
        position: number;
        prompt: string;
        type: QuestionType;
        status: ContentStatus;
        version: number;
      };
    }>;
  };
} & { " $fragmentName"?: "QuestionListRoleFragment" };

export type StudioMoveQuestionMutationVariables = Exact<{
  input: MoveQuestionInput;
}>;

export type StudioMoveQuestionMutation = {
  __typename: "Mutation";
  moveQuestion: {
    __typename: "QuestionPayload";
    question: { __typename: "Question"; id: string; position: number; version: number };
  };
};

export type StudioCreateRoleMutationVariables = Exact<{
  input: CreateRoleInput;
}>;

export type StudioCreateRoleMutation = {
  __typename: "Mutation";
  createRole: {
    __typename: "RolePayload";
    role: { __typename: "Role"; id: string; slug: string; status: ContentStatus; version: number };
  };
};

export type StudioRoleQueryVariables = Exact<{
  slug: string;
}>;

export type StudioRoleQuery = {
  __typename: "Query";
  role:
    | ({ __typename: "Role"; id: string; slug: string; title: string; version: number } & {
        " $fragmentRefs"?: {
          RoleFormFragment: RoleFormFragment;
          QuestionListRoleFragment: QuestionListRoleFragment;
        };
      })
    | null;
};

export type RoleFormFragment = {
  __typename: "Role";
  id: string;
  slug: string;
  title: string;
  summary: string | null;
  status: ContentStatus;
  version: number;
  updatedAt: string;
  questionCount: number;
} & { " $fragmentName"?: "RoleFormFragment" };

export type StudioUpdateRoleMutationVariables = Exact<{
  input: UpdateRoleInput;
}>;

export type StudioUpdateRoleMutation = {
  __typename: "Mutation";
  updateRole: {
    __typename: "RolePayload";
    role: { __typename: "Role" } & { " $fragmentRefs"?: { RoleFormFragment: RoleFormFragment } };
  };
};

export type StudioPublishRoleMutationVariables = Exact<{
  input: ChangeStatusInput;
}>;

export type StudioPublishRoleMutation = {
  __typename: "Mutation";
  publishRole: {
    __typename: "RolePayload";
    role: { __typename: "Role" } & { " $fragmentRefs"?: { RoleFormFragment: RoleFormFragment } };
  };
};

export type StudioArchiveRoleMutationVariables = Exact<{
  input: ChangeStatusInput;
}>;

export type StudioArchiveRoleMutation = {
  __typename: "Mutation";
  archiveRole: {
    __typename: "RolePayload";
    role: { __typename: "Role" } & { " $fragmentRefs"?: { RoleFormFragment: RoleFormFragment } };
  };
};

export type RoleRowFragment = {
  __typename: "Role";
  id: string;
  slug: string;
  title: string;
  status: ContentStatus;
  version: number;
  updatedAt: string;
  questionCount: number;
} & { " $fragmentName"?: "RoleRowFragment" };

export type StudioRolesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;

export type StudioRolesQuery = {
  __typename: "Query";
  roles: {
    __typename: "RoleConnection";
    totalCount: number;
    pageInfo: { __typename: "PageInfo"; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: "RoleEdge";
      node: { __typename: "Role"; id: string } & { " $fragmentRefs"?: { RoleRowFragment: RoleRowFragment } };
    }>;
  };
};

export const ActivityFiguresFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ActivityFigures" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "ActivityBucket" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "periodStart" } },
          { kind: "Field", name: { kind: "Name", value: "learners" } },
          { kind: "Field", name: { kind: "Name", value: "practices" } },
          { kind: "Field", name: { kind: "Name", value: "suppressed" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActivityFiguresFragment, unknown>;
export const AgainFiguresFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AgainFigures" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "RoleAnalytics" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "questions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "question" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "position" } },
                      { kind: "Field", name: { kind: "Name", value: "prompt" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "learners" } },
                { kind: "Field", name: { kind: "Name", value: "attempts" } },
                { kind: "Field", name: { kind: "Name", value: "againShare" } },
                { kind: "Field", name: { kind: "Name", value: "suppressed" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AgainFiguresFragment, unknown>;
export const DistributionFiguresFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DistributionFigures" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "RoleAnalytics" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "funnel" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "stage" } },
                { kind: "Field", name: { kind: "Name", value: "learners" } },
                { kind: "Field", name: { kind: "Name", value: "suppressed" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "questions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "question" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "masteryRate" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DistributionFiguresFragment, unknown>;
export const FunnelFiguresFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "FunnelFigures" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "RoleAnalytics" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "learners" } },
          { kind: "Field", name: { kind: "Name", value: "practices" } },
          { kind: "Field", name: { kind: "Name", value: "suppressed" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "funnel" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "stage" } },
                { kind: "Field", name: { kind: "Name", value: "learners" } },
                { kind: "Field", name: { kind: "Name", value: "suppressed" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FunnelFiguresFragment, unknown>;
export const RetentionFiguresFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "RetentionFigures" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "RetentionCohort" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "cohortStart" } },
          { kind: "Field", name: { kind: "Name", value: "learners" } },
          { kind: "Field", name: { kind: "Name", value: "returnedAfter1Day" } },
          { kind: "Field", name: { kind: "Name", value: "returnedAfter7Days" } },
          { kind: "Field", name: { kind: "Name", value: "returnedAfter30Days" } },
          { kind: "Field", name: { kind: "Name", value: "suppressed" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RetentionFiguresFragment, unknown>;
export const AuditEntryItemFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AuditEntryItem" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "AuditEntry" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "actor" } },
          { kind: "Field", name: { kind: "Name", value: "action" } },
          { kind: "Field", name: { kind: "Name", value: "entityType" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "changes" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "field" } },
                { kind: "Field", name: { kind: "Name", value: "before" } },
                { kind: "Field", name: { kind: "Name", value: "after" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditEntryItemFragment, unknown>;
export const CareerGuideFormFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CareerGuideForm" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "CareerGuide" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "roleId" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "summary" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "sections" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "body" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CareerGuideFormFragment, unknown>;
export const GuideStatusFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "GuideStatus" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Guide" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "InterviewGuide" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "roleId" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "RelatedGuideList" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "roleId" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "CareerGuide" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "roleId" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "LearningPath" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GuideStatusFragment, unknown>;
export const InterviewGuideFormFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "InterviewGuideForm" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "InterviewGuide" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "roleId" } },
          { kind: "Field", name: { kind: "Name", value: "headline" } },
          { kind: "Field", name: { kind: "Name", value: "intro" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "preparationTips" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "body" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "commonMistakes" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "body" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "interviewerFocus" } },
          { kind: "Field", name: { kind: "Name", value: "smartQuestions" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "faqs" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "question" } },
                { kind: "Field", name: { kind: "Name", value: "answer" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InterviewGuideFormFragment, unknown>;
export const LearningPathFormFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "LearningPathForm" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "LearningPath" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "roles" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "id" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LearningPathFormFragment, unknown>;
export const RelatedGuidesFormFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "RelatedGuidesForm" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "RelatedGuideList" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "roleId" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "guides" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "role" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RelatedGuidesFormFragment, unknown>;
export const QuestionEditorFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "QuestionEditor" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Question" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "position" } },
          { kind: "Field", name: { kind: "Name", value: "prompt" } },
          { kind: "Field", name: { kind: "Name", value: "answerTip" } },
          { kind: "Field", name: { kind: "Name", value: "type" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "topics" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QuestionEditorFragment, unknown>;
export const QuestionListRoleFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "QuestionListRole" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Role" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "questions" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "100" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "status" },
                value: {
                  kind: "ListValue",
                  values: [
                    { kind: "EnumValue", value: "DRAFT" },
                    { kind: "EnumValue", value: "PUBLISHED" },
                    { kind: "EnumValue", value: "ARCHIVED" },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "position" } },
                            { kind: "Field", name: { kind: "Name", value: "prompt" } },
                            { kind: "Field", name: { kind: "Name", value: "type" } },
                            { kind: "Field", name: { kind: "Name", value: "status" } },
                            { kind: "Field", name: { kind: "Name", value: "version" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QuestionListRoleFragment, unknown>;
export const RoleFormFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "RoleForm" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Role" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "summary" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          { kind: "Field", name: { kind: "Name", value: "questionCount" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoleFormFragment, unknown>;
export const RoleRowFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "RoleRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Role" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          { kind: "Field", name: { kind: "Name", value: "questionCount" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoleRowFragment, unknown>;
export const StudioDashboardRolesDocument = {
  __meta__: { hash: "8fc63491e7b429047d800a9d94ebf0e52b42a0562c5441a1133d76056d2d61df" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "StudioDashboardRoles" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "roles" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "100" },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "slug" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudioDashboardRolesQuery, StudioDashboardRolesQueryVariables>;
export const StudioDashboardDocument = {
  __meta__: { hash: "549438b5e721fa04cb111f11835f2f47440af8c8a0f06ddb26ca48766b386f55" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "StudioDashboard" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "slug" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "from" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "to" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "granularity" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "Granularity" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "roleAnalytics" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "slug" },
                value: { kind: "Variable", name: { kind: "Name", value: "slug" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "from" },
                value: { kind: "Variable", name: { kind: "Name", value: "from" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "to" },
                value: { kind: "Variable", name: { kind: "Name", value: "to" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "from" } },
                { kind: "Field", name: { kind: "Name", value: "to" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "role" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                    ],
                  },
                },
                { kind: "FragmentSpread", name: { kind: "Name", value: "FunnelFigures" } },
                { kind: "FragmentSpread", name: { kind: "Name", value: "DistributionFigures" } },
                { kind: "FragmentSpread", name: { kind: "Name", value: "AgainFigures" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "activity" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "from" },
                value: { kind: "Variable", name: { kind: "Name", value: "from" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "to" },
                value: { kind: "Variable", name: { kind: "Name", value: "to" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "granularity" },
                value: { kind: "Variable", name: { kind: "Name", value: "granularity" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "periodStart" } },
                { kind: "FragmentSpread", name: { kind: "Name", value: "ActivityFigures" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "retention" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "cohort" },
                value: { kind: "EnumValue", value: "WEEK" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "from" },
                value: { kind: "Variable", name: { kind: "Name", value: "from" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "to" },
                value: { kind: "Variable", name: { kind: "Name", value: "to" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "cohortStart" } },
                { kind: "FragmentSpread", name: { kind: "Name", value: "RetentionFigures" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "FunnelFigures" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "RoleAnalytics" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "learners" } },
          { kind: "Field", name: { kind: "Name", value: "practices" } },
          { kind: "Field", name: { kind: "Name", value: "suppressed" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "funnel" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "stage" } },
                { kind: "Field", name: { kind: "Name", value: "learners" } },
                { kind: "Field", name: { kind: "Name", value: "suppressed" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DistributionFigures" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "RoleAnalytics" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "funnel" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "stage" } },
                { kind: "Field", name: { kind: "Name", value: "learners" } },
                { kind: "Field", name: { kind: "Name", value: "suppressed" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "questions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "question" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "masteryRate" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AgainFigures" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "RoleAnalytics" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "questions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "question" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "position" } },
                      { kind: "Field", name: { kind: "Name", value: "prompt" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "learners" } },
                { kind: "Field", name: { kind: "Name", value: "attempts" } },
                { kind: "Field", name: { kind: "Name", value: "againShare" } },
                { kind: "Field", name: { kind: "Name", value: "suppressed" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ActivityFigures" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "ActivityBucket" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "periodStart" } },
          { kind: "Field", name: { kind: "Name", value: "learners" } },
          { kind: "Field", name: { kind: "Name", value: "practices" } },
          { kind: "Field", name: { kind: "Name", value: "suppressed" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "RetentionFigures" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "RetentionCohort" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "cohortStart" } },
          { kind: "Field", name: { kind: "Name", value: "learners" } },
          { kind: "Field", name: { kind: "Name", value: "returnedAfter1Day" } },
          { kind: "Field", name: { kind: "Name", value: "returnedAfter7Days" } },
          { kind: "Field", name: { kind: "Name", value: "returnedAfter30Days" } },
          { kind: "Field", name: { kind: "Name", value: "suppressed" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudioDashboardQuery, StudioDashboardQueryVariables>;
export const StudioAuditLogDocument = {
  __meta__: { hash: "252fbef07b5c484db79657d0bd069fddeaaac185f3cfb8bf2c8e57b9c40b7ee6" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "StudioAuditLog" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "entityId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "auditLog" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "entityId" },
                value: { kind: "Variable", name: { kind: "Name", value: "entityId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "10" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "FragmentSpread", name: { kind: "Name", value: "AuditEntryItem" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AuditEntryItem" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "AuditEntry" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "actor" } },
          { kind: "Field", name: { kind: "Name", value: "action" } },
          { kind: "Field", name: { kind: "Name", value: "entityType" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "changes" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "field" } },
                { kind: "Field", name: { kind: "Name", value: "before" } },
                { kind: "Field", name: { kind: "Name", value: "after" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudioAuditLogQuery, StudioAuditLogQueryVariables>;
export const StudioGuideAuditLogDocument = {
  __meta__: { hash: "340fed93a164c528cddbf947c01629e9c531e41ce112604a44e5e005d82c513a" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "StudioGuideAuditLog" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "entityId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "guideAuditLog" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "entityId" },
                value: { kind: "Variable", name: { kind: "Name", value: "entityId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "10" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "FragmentSpread", name: { kind: "Name", value: "AuditEntryItem" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AuditEntryItem" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "AuditEntry" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "actor" } },
          { kind: "Field", name: { kind: "Name", value: "action" } },
          { kind: "Field", name: { kind: "Name", value: "entityType" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "changes" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "field" } },
                { kind: "Field", name: { kind: "Name", value: "before" } },
                { kind: "Field", name: { kind: "Name", value: "after" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudioGuideAuditLogQuery, StudioGuideAuditLogQueryVariables>;
export const StudioUpsertCareerGuideDocument = {
  __meta__: { hash: "8f6a678f920d84fa0e2b7308d6e55c0b0e414abcb3f2a3856462503fa871d939" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "StudioUpsertCareerGuide" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "UpsertCareerGuideInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "upsertCareerGuide" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "careerGuide" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "CareerGuideForm" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CareerGuideForm" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "CareerGuide" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "roleId" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "summary" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "sections" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "body" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudioUpsertCareerGuideMutation, StudioUpsertCareerGuideMutationVariables>;
export const StudioPublishGuideDocument = {
  __meta__: { hash: "a9d19d3c32bb345ef01ac564df466d381295b149bec56a4b3e088c1f0206d18d" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "StudioPublishGuide" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ChangeGuideStatusInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "publishGuide" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "guide" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "GuideStatus" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "GuideStatus" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Guide" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "InterviewGuide" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "roleId" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "RelatedGuideList" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "roleId" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "CareerGuide" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "roleId" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "LearningPath" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudioPublishGuideMutation, StudioPublishGuideMutationVariables>;
export const StudioArchiveGuideDocument = {
  __meta__: { hash: "2e2a879b4c0ef4eb2d7a63fed693d5a9d3180a5ec693f0b9744a9398c27cd41c" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "StudioArchiveGuide" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ChangeGuideStatusInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "archiveGuide" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "guide" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "GuideStatus" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "GuideStatus" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Guide" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "InterviewGuide" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "roleId" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "RelatedGuideList" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "roleId" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "CareerGuide" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "roleId" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "LearningPath" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudioArchiveGuideMutation, StudioArchiveGuideMutationVariables>;
export const StudioUpsertInterviewGuideDocument = {
  __meta__: { hash: "e2c00342e935671c70a60b61001ac04de87ce6d7a72d65c24bab2a75845d3f5b" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "StudioUpsertInterviewGuide" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "UpsertInterviewGuideInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "upsertInterviewGuide" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "interviewGuide" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "InterviewGuideForm" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "InterviewGuideForm" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "InterviewGuide" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "roleId" } },
          { kind: "Field", name: { kind: "Name", value: "headline" } },
          { kind: "Field", name: { kind: "Name", value: "intro" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "preparationTips" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "body" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "commonMistakes" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "body" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "interviewerFocus" } },
          { kind: "Field", name: { kind: "Name", value: "smartQuestions" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "faqs" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "question" } },
                { kind: "Field", name: { kind: "Name", value: "answer" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudioUpsertInterviewGuideMutation, StudioUpsertInterviewGuideMutationVariables>;
export const StudioLearningPathDocument = {
  __meta__: { hash: "3bef393b2b94c463c5104b9ea4060e5efd47582fc32ad1be829d7cda5ebecc7c" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "StudioLearningPath" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "slug" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "learningPath" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "slug" },
                value: { kind: "Variable", name: { kind: "Name", value: "slug" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "status" },
                value: {
                  kind: "ListValue",
                  values: [
                    { kind: "EnumValue", value: "DRAFT" },
                    { kind: "EnumValue", value: "PUBLISHED" },
                    { kind: "EnumValue", value: "ARCHIVED" },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "FragmentSpread", name: { kind: "Name", value: "LearningPathForm" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "roles" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "100" },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "LearningPathForm" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "LearningPath" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "roles" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "id" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudioLearningPathQuery, StudioLearningPathQueryVariables>;
export const StudioUpsertLearningPathDocument = {
  __meta__: { hash: "c6e6e4beaee1eebc858cdcd60a703114e6c935349bf79375e99cdc75b4922263" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "StudioUpsertLearningPath" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "UpsertLearningPathInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "upsertLearningPath" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "learningPath" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "LearningPathForm" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "LearningPathForm" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "LearningPath" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "roles" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "id" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudioUpsertLearningPathMutation, StudioUpsertLearningPathMutationVariables>;
export const StudioLearningPathsDocument = {
  __meta__: { hash: "f1286bebfc7e861af7139f1efa52756c3b3b501358690f504cb4d0dfd364f2b0" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "StudioLearningPaths" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "learningPaths" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "status" },
                value: {
                  kind: "ListValue",
                  values: [
                    { kind: "EnumValue", value: "DRAFT" },
                    { kind: "EnumValue", value: "PUBLISHED" },
                    { kind: "EnumValue", value: "ARCHIVED" },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "roles" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudioLearningPathsQuery, StudioLearningPathsQueryVariables>;
export const StudioSetRelatedGuidesDocument = {
  __meta__: { hash: "0c4e73940d6b45712b214b0880d1aca169a9a0972cb11d4fba1ebab3b0db2847" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "StudioSetRelatedGuides" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "SetRelatedGuidesInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "setRelatedGuides" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "relatedGuideList" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "RelatedGuidesForm" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "RelatedGuidesForm" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "RelatedGuideList" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "roleId" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "guides" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "role" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudioSetRelatedGuidesMutation, StudioSetRelatedGuidesMutationVariables>;
export const StudioRoleGuidesDocument = {
  __meta__: { hash: "c93e39fb960af1d3f30ef20acea462fa4b81c448c98002ee4b47dac6a0ac1b3f" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "StudioRoleGuides" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "slug" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "role" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "slug" },
                value: { kind: "Variable", name: { kind: "Name", value: "slug" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "status" },
                value: {
                  kind: "ListValue",
                  values: [
                    { kind: "EnumValue", value: "DRAFT" },
                    { kind: "EnumValue", value: "PUBLISHED" },
                    { kind: "EnumValue", value: "ARCHIVED" },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "guide" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "status" },
                      value: {
                        kind: "ListValue",
                        values: [
                          { kind: "EnumValue", value: "DRAFT" },
                          { kind: "EnumValue", value: "PUBLISHED" },
                          { kind: "EnumValue", value: "ARCHIVED" },
                        ],
                      },
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "InterviewGuideForm" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "relatedGuideList" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "status" },
                      value: {
                        kind: "ListValue",
                        values: [
                          { kind: "EnumValue", value: "DRAFT" },
                          { kind: "EnumValue", value: "PUBLISHED" },
                          { kind: "EnumValue", value: "ARCHIVED" },
                        ],
                      },
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "RelatedGuidesForm" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "careerGuide" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "status" },
                      value: {
                        kind: "ListValue",
                        values: [
                          { kind: "EnumValue", value: "DRAFT" },
                          { kind: "EnumValue", value: "PUBLISHED" },
                          { kind: "EnumValue", value: "ARCHIVED" },
                        ],
                      },
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "CareerGuideForm" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "roles" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "100" },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "InterviewGuideForm" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "InterviewGuide" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "roleId" } },
          { kind: "Field", name: { kind: "Name", value: "headline" } },
          { kind: "Field", name: { kind: "Name", value: "intro" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "preparationTips" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "body" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "commonMistakes" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "body" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "interviewerFocus" } },
          { kind: "Field", name: { kind: "Name", value: "smartQuestions" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "faqs" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "question" } },
                { kind: "Field", name: { kind: "Name", value: "answer" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "RelatedGuidesForm" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "RelatedGuideList" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "roleId" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "guides" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "role" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CareerGuideForm" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "CareerGuide" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "roleId" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "summary" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "sections" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "body" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudioRoleGuidesQuery, StudioRoleGuidesQueryVariables>;
export const StudioCreateQuestionDocument = {
  __meta__: { hash: "81635a666075239e3618228bc43c48b2661594814ac24adbeaa41eb0522a12f6" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "StudioCreateQuestion" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "CreateQuestionInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "createQuestion" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "question" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "position" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      { kind: "Field", name: { kind: "Name", value: "version" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudioCreateQuestionMutation, StudioCreateQuestionMutationVariables>;
export const StudioQuestionDocument = {
  __meta__: { hash: "ad3fe2d31c6a03f74618c7c72ed24a839a2529670e11db6c01df83b481f4fb92" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "StudioQuestion" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "slug" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "role" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "slug" },
                value: { kind: "Variable", name: { kind: "Name", value: "slug" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "status" },
                value: {
                  kind: "ListValue",
                  values: [
                    { kind: "EnumValue", value: "DRAFT" },
                    { kind: "EnumValue", value: "PUBLISHED" },
                    { kind: "EnumValue", value: "ARCHIVED" },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "questions" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "first" },
                      value: { kind: "IntValue", value: "100" },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "status" },
                      value: {
                        kind: "ListValue",
                        values: [
                          { kind: "EnumValue", value: "DRAFT" },
                          { kind: "EnumValue", value: "PUBLISHED" },
                          { kind: "EnumValue", value: "ARCHIVED" },
                        ],
                      },
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "edges" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "node" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "position" } },
                                  { kind: "FragmentSpread", name: { kind: "Name", value: "QuestionEditor" } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "QuestionEditor" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Question" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "position" } },
          { kind: "Field", name: { kind: "Name", value: "prompt" } },
          { kind: "Field", name: { kind: "Name", value: "answerTip" } },
          { kind: "Field", name: { kind: "Name", value: "type" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "topics" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudioQuestionQuery, StudioQuestionQueryVariables>;
export const StudioUpdateQuestionDocument = {
  __meta__: { hash: "4abb60a23d84aedb77f81d96fb5c32588e294ce6486607967d0208a4969b91dc" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "StudioUpdateQuestion" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "UpdateQuestionInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "updateQuestion" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "question" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "QuestionEditor" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "QuestionEditor" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Question" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "position" } },
          { kind: "Field", name: { kind: "Name", value: "prompt" } },
          { kind: "Field", name: { kind: "Name", value: "answerTip" } },
          { kind: "Field", name: { kind: "Name", value: "type" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "topics" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudioUpdateQuestionMutation, StudioUpdateQuestionMutationVariables>;
export const StudioPublishQuestionDocument = {
  __meta__: { hash: "33619bdc113aefbaf99416c7719c4aed9f8da8b6f1df2d54e37065bd23898a7a" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "StudioPublishQuestion" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ChangeStatusInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "publishQuestion" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "question" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "QuestionEditor" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "QuestionEditor" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Question" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "position" } },
          { kind: "Field", name: { kind: "Name", value: "prompt" } },
          { kind: "Field", name: { kind: "Name", value: "answerTip" } },
          { kind: "Field", name: { kind: "Name", value: "type" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "topics" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudioPublishQuestionMutation, StudioPublishQuestionMutationVariables>;
export const StudioArchiveQuestionDocument = {
  __meta__: { hash: "9898dbfdfd67ec318b1f9f4d593437664bf9626ad2871be6b0176c77b08a9a6d" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "StudioArchiveQuestion" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ChangeStatusInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "archiveQuestion" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "question" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "QuestionEditor" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "QuestionEditor" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Question" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "position" } },
          { kind: "Field", name: { kind: "Name", value: "prompt" } },
          { kind: "Field", name: { kind: "Name", value: "answerTip" } },
          { kind: "Field", name: { kind: "Name", value: "type" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "topics" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudioArchiveQuestionMutation, StudioArchiveQuestionMutationVariables>;
export const StudioMoveQuestionDocument = {
  __meta__: { hash: "a042ea68106eaa66aba7002eeafbc3cb079f165f96a7e3ba775b745d695c8e47" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "StudioMoveQuestion" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "MoveQuestionInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "moveQuestion" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "question" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "position" } },
                      { kind: "Field", name: { kind: "Name", value: "version" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudioMoveQuestionMutation, StudioMoveQuestionMutationVariables>;
export const StudioCreateRoleDocument = {
  __meta__: { hash: "0e8e8c6652f8b2971f81d64f2d09e260a690f90a72670814aef0d61a5fc907b7" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "StudioCreateRole" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "CreateRoleInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "createRole" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "role" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      { kind: "Field", name: { kind: "Name", value: "version" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudioCreateRoleMutation, StudioCreateRoleMutationVariables>;
export const StudioRoleDocument = {
  __meta__: { hash: "426644a4e6c97ec78dcc7ae497e4c5c83584a456c59aa3bd516d6bc1333d97b6" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "StudioRole" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "slug" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "role" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "slug" },
                value: { kind: "Variable", name: { kind: "Name", value: "slug" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "status" },
                value: {
                  kind: "ListValue",
                  values: [
                    { kind: "EnumValue", value: "DRAFT" },
                    { kind: "EnumValue", value: "PUBLISHED" },
                    { kind: "EnumValue", value: "ARCHIVED" },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
                { kind: "FragmentSpread", name: { kind: "Name", value: "RoleForm" } },
                { kind: "FragmentSpread", name: { kind: "Name", value: "QuestionListRole" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "RoleForm" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Role" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "summary" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          { kind: "Field", name: { kind: "Name", value: "questionCount" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "QuestionListRole" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Role" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "questions" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "100" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "status" },
                value: {
                  kind: "ListValue",
                  values: [
                    { kind: "EnumValue", value: "DRAFT" },
                    { kind: "EnumValue", value: "PUBLISHED" },
                    { kind: "EnumValue", value: "ARCHIVED" },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "position" } },
                            { kind: "Field", name: { kind: "Name", value: "prompt" } },
                            { kind: "Field", name: { kind: "Name", value: "type" } },
                            { kind: "Field", name: { kind: "Name", value: "status" } },
                            { kind: "Field", name: { kind: "Name", value: "version" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudioRoleQuery, StudioRoleQueryVariables>;
export const StudioUpdateRoleDocument = {
  __meta__: { hash: "a1b0cf5a5667a9571eb28c6900de47eb5f77c850bf322789380449afec412b72" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "StudioUpdateRole" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "UpdateRoleInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "updateRole" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "role" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "RoleForm" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "RoleForm" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Role" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "summary" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          { kind: "Field", name: { kind: "Name", value: "questionCount" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudioUpdateRoleMutation, StudioUpdateRoleMutationVariables>;
export const StudioPublishRoleDocument = {
  __meta__: { hash: "0e969edcaa9757cf5953fd8cc451518d4ef80267f528216f729d818125b2e383" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "StudioPublishRole" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ChangeStatusInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "publishRole" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "role" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "RoleForm" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "RoleForm" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Role" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "summary" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          { kind: "Field", name: { kind: "Name", value: "questionCount" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudioPublishRoleMutation, StudioPublishRoleMutationVariables>;
export const StudioArchiveRoleDocument = {
  __meta__: { hash: "aa7540c4c4d197c90ae77c9a59ae0e7e9eb3f2f5c987b319be561a3ca13b176c" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "StudioArchiveRole" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ChangeStatusInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "archiveRole" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "role" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "RoleForm" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "RoleForm" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Role" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "summary" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          { kind: "Field", name: { kind: "Name", value: "questionCount" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudioArchiveRoleMutation, StudioArchiveRoleMutationVariables>;
export const StudioRolesDocument = {
  __meta__: { hash: "9dcbc1b61502303f75e0be82c97a0e82ec70332bc951f4a52356bc9feeb2e0aa" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "StudioRoles" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "roles" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "50" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "status" },
                value: {
                  kind: "ListValue",
                  values: [
                    { kind: "EnumValue", value: "DRAFT" },
                    { kind: "EnumValue", value: "PUBLISHED" },
                    { kind: "EnumValue", value: "ARCHIVED" },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "FragmentSpread", name: { kind: "Name", value: "RoleRow" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "RoleRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Role" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          { kind: "Field", name: { kind: "Name", value: "questionCount" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudioRolesQuery, StudioRolesQueryVariables>;
