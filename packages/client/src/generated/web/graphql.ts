/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";
export type AddNoteInput = {
  /** 1 to 10,000 characters. */
  body: string;
  /** Up to 1,000 characters. */
  highlight?: string | null | undefined;
  questionId: string | number;
};

/** One practice recorded on a device, perhaps offline. */
export type PracticeEventInput = {
  /** When the learner practised, by the device's clock. The practice is scheduled at this time (a time after the server's now counts as now). */
  clientTime: string;
  /** 1 to 200 characters, chosen by the device per practice and kept until the event is synced: the same keys as recordPractice's. */
  idempotencyKey: string;
  questionId: string | number;
  rating: PracticeRating;
};

/** How well the caller recalled the answer. */
export type PracticeRating = "AGAIN" | "EASY" | "GOOD" | "HARD";

/** Where a question stands in the caller's spaced repetition; see progress-status.ts for the rule. */
export type ProgressStatus = "LEARNING" | "MASTERED" | "NOT_STARTED" | "REVIEWING";

export type QuestionType = "BEHAVIORAL" | "SITUATIONAL" | "TECHNICAL";

export type RecordPracticeInput = {
  /** 1 to 200 characters, chosen by the client per practice: a retry with the same key returns the first result. */
  idempotencyKey: string;
  questionId: string | number;
  rating: PracticeRating;
};

/** What syncPractice did with one event. */
export type SyncOutcome =
  /** Scheduled at its own time, after the card's last review. */
  | "APPLIED"
  /** Its idempotency key was used for another practice: nothing changed. */
  | "CONFLICT"
  /** Its idempotency key was seen before (a retry): the first result, nothing changed. */
  | "DUPLICATE"
  /** Its question is not (or no longer) published: nothing changed. */
  | "NOT_FOUND"
  /** Older than (or as old as) the card's last review: put in its place in the history, and the card scheduled again from the whole history in time order. */
  | "REWOUND";

export type SyncPracticeInput = {
  /** At most 100 events, in any order. */
  events: Array<PracticeEventInput>;
};

export type CatalogRolesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;

export type CatalogRolesQuery = {
  __typename: "Query";
  roles: {
    __typename: "RoleConnection";
    totalCount: number;
    edges: Array<{
      __typename: "RoleEdge";
      node: { __typename: "Role"; id: string } & {
        " $fragmentRefs"?: { RoleCardFragment: RoleCardFragment };
      };
    }>;
    pageInfo: { __typename: "PageInfo"; hasNextPage: boolean; endCursor: string | null };
  };
};

export type CatalogSearchQueryVariables = Exact<{
  query: string;
  type?: QuestionType | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type CatalogSearchQuery = {
  __typename: "Query";
  searchQuestions: {
    __typename: "QuestionConnection";
    totalCount: number;
    edges: Array<{
      __typename: "QuestionEdge";
      node: {
        __typename: "Question";
        id: string;
        prompt: string;
        type: QuestionType;
        topics: Array<{ __typename: "Topic"; slug: string; name: string }>;
        role: { __typename: "Role"; id: string; slug: string; title: string } | null;
      };
    }>;
    pageInfo: { __typename: "PageInfo"; hasNextPage: boolean; endCursor: string | null };
  };
};

export type RoleCardFragment = {
  __typename: "Role";
  id: string;
  slug: string;
  title: string;
  summary: string | null;
  questionCount: number;
  topics: Array<{ __typename: "Topic"; slug: string; name: string }>;
} & { " $fragmentName"?: "RoleCardFragment" };

export type MyNotesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;

export type MyNotesQuery = {
  __typename: "Query";
  viewer: {
    __typename: "Viewer";
    id: string;
    notes: {
      __typename: "NoteConnection";
      totalCount: number;
      edges: Array<{
        __typename: "NoteEdge";
        node: {
          __typename: "Note";
          id: string;
          body: string;
          createdAt: string;
          question: {
            __typename: "Question";
            id: string;
            prompt: string;
            role: { __typename: "Role"; id: string; slug: string; title: string } | null;
          } | null;
        };
      }>;
      pageInfo: { __typename: "PageInfo"; hasNextPage: boolean; endCursor: string | null };
    };
  } | null;
};

export type DeleteNoteMutationVariables = Exact<{
  id: string | number;
}>;

export type DeleteNoteMutation = { __typename: "Mutation"; deleteNote: boolean };

export type QuestionNotesFragment = {
  __typename: "Question";
  id: string;
  myProgress: {
    __typename: "QuestionProgress";
    notes: Array<{ __typename: "Note"; id: string; body: string; createdAt: string }>;
  } | null;
} & { " $fragmentName"?: "QuestionNotesFragment" };

export type AddNoteMutationVariables = Exact<{
  input: AddNoteInput;
}>;

export type AddNoteMutation = {
  __typename: "Mutation";
  addNote: {
    __typename: "Note";
    id: string;
    body: string;
    createdAt: string;
    question: {
      __typename: "Question";
      id: string;
      myProgress: {
        __typename: "QuestionProgress";
        notes: Array<{ __typename: "Note"; id: string; body: string; createdAt: string }>;
      } | null;
    } | null;
  };
};

export type SyncPracticeMutationVariables = Exact<{
  input: SyncPracticeInput;
}>;

export type SyncPracticeMutation = {
  __typename: "Mutation";
  syncPractice: {
    __typename: "SyncPracticePayload";
    results: Array<{
      __typename: "SyncPracticeResult";
      idempotencyKey: string;
      outcome: SyncOutcome;
      message: string | null;
      question: {
        __typename: "Question";
        id: string;
        myProgress: {
          __typename: "QuestionProgress";
          status: ProgressStatus;
          attempts: number;
          lastRating: PracticeRating | null;
          nextReviewAt: string | null;
        } | null;
        role: {
          __typename: "Role";
          id: string;
          myProgress: {
            __typename: "RoleProgress";
            readiness: number;
            practicedCount: number;
            masteredCount: number;
            dueCount: number;
          } | null;
        } | null;
      };
    }>;
  };
};

export type PracticeQuestionFragment = {
  __typename: "Question";
  id: string;
  myProgress: {
    __typename: "QuestionProgress";
    status: ProgressStatus;
    attempts: number;
    lastRating: PracticeRating | null;
    nextReviewAt: string | null;
  } | null;
} & { " $fragmentName"?: "PracticeQuestionFragment" };

export type RecordPracticeMutationVariables = Exact<{
  input: RecordPracticeInput;
}>;

export type RecordPracticeMutation = {
  __typename: "Mutation";
  recordPractice: {
    __typename: "RecordPracticePayload";
    question: {
      __typename: "Question";
      id: string;
      myProgress: {
        __typename: "QuestionProgress";
        status: ProgressStatus;
        attempts: number;
        lastRating: PracticeRating | null;
        nextReviewAt: string | null;
      } | null;
      role: {
        __typename: "Role";
        id: string;
        myProgress: {
          __typename: "RoleProgress";
          readiness: number;
          practicedCount: number;
          masteredCount: number;
          dueCount: number;
        } | null;
      } | null;
    };
  };
};

export type ReviewQueueQueryVariables = Exact<{ [key: string]: never }>;

export type ReviewQueueQuery = {
  __typename: "Query";
  viewer: {
    __typename: "Viewer";
    id: string;
    streakDays: number;
    dueForReview: Array<
      { __typename: "Question" } & { " $fragmentRefs"?: { ReviewItemFragment: ReviewItemFragment } }
    >;
  } | null;
};

export type ReviewItemFragment = ({
  __typename: "Question";
  id: string;
  prompt: string;
  answerTip: string;
  role: { __typename: "Role"; id: string; slug: string; title: string } | null;
  myProgress: { __typename: "QuestionProgress"; status: ProgressStatus; nextReviewAt: string | null } | null;
} & { " $fragmentRefs"?: { PracticeQuestionFragment: PracticeQuestionFragment } }) & {
  " $fragmentName"?: "ReviewItemFragment";
};

export type StreakQueryVariables = Exact<{ [key: string]: never }>;

export type StreakQuery = {
  __typename: "Query";
  viewer: { __typename: "Viewer"; id: string; streakDays: number } | null;
};

export type CareerGuideSectionFragment = {
  __typename: "CareerGuide";
  slug: string;
  title: string;
  summary: string;
  sections: Array<{ __typename: "GuideSection"; title: string; body: string }>;
} & { " $fragmentName"?: "CareerGuideSectionFragment" };

export type GuideSectionsFragment = {
  __typename: "InterviewGuide";
  headline: string;
  intro: string;
  interviewerFocus: Array<string>;
  smartQuestions: Array<string>;
  preparationTips: Array<{ __typename: "GuideSection"; title: string; body: string }>;
  commonMistakes: Array<{ __typename: "GuideSection"; title: string; body: string }>;
  faqs: Array<{ __typename: "Faq"; question: string; answer: string }>;
} & { " $fragmentName"?: "GuideSectionsFragment" };

export type LearningPathItemFragment = {
  __typename: "LearningPath";
  slug: string;
  title: string;
  description: string;
  roles: Array<{ __typename: "Role"; id: string; slug: string; title: string } | null>;
} & { " $fragmentName"?: "LearningPathItemFragment" };

export type QuestionItemFragment = ({
  __typename: "Question";
  id: string;
  position: number;
  prompt: string;
  answerTip: string;
  type: QuestionType;
  topics: Array<{ __typename: "Topic"; slug: string; name: string }>;
  myProgress: {
    __typename: "QuestionProgress";
    status: ProgressStatus;
    attempts: number;
    nextReviewAt: string | null;
  } | null;
} & {
  " $fragmentRefs"?: {
    PracticeQuestionFragment: PracticeQuestionFragment;
    QuestionNotesFragment: QuestionNotesFragment;
  };
}) & { " $fragmentName"?: "QuestionItemFragment" };

export type RelatedGuideFragment = {
  __typename: "Role";
  id: string;
  slug: string;
  title: string;
  questionCount: number;
} & { " $fragmentName"?: "RelatedGuideFragment" };

export type RolePageQueryVariables = Exact<{
  slug: string;
}>;

export type RolePageQuery = {
  __typename: "Query";
  role: {
    __typename: "Role";
    id: string;
    slug: string;
    title: string;
    summary: string | null;
    questionCount: number;
    myProgress: {
      __typename: "RoleProgress";
      readiness: number;
      practicedCount: number;
      masteredCount: number;
      dueCount: number;
    } | null;
    questions: {
      __typename: "QuestionConnection";
      edges: Array<{
        __typename: "QuestionEdge";
        node: { __typename: "Question"; id: string } & {
          " $fragmentRefs"?: { QuestionItemFragment: QuestionItemFragment };
        };
      }>;
    };
    guide:
      | ({ __typename: "InterviewGuide"; headline: string; intro: string } & {
          " $fragmentRefs"?: { GuideSectionsFragment: GuideSectionsFragment };
        })
      | null;
    relatedGuides: Array<{
      __typename: "RelatedGuide";
      role:
        | ({ __typename: "Role"; id: string } & {
            " $fragmentRefs"?: { RelatedGuideFragment: RelatedGuideFragment };
          })
        | null;
    }> | null;
    careerGuide:
      | ({ __typename: "CareerGuide" } & {
          " $fragmentRefs"?: { CareerGuideSectionFragment: CareerGuideSectionFragment };
        })
      | null;
  } | null;
  learningPaths: Array<
    { __typename: "LearningPath"; slug: string } & {
      " $fragmentRefs"?: { LearningPathItemFragment: LearningPathItemFragment };
    }
  >;
};

export const RoleCardFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "RoleCard" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Role" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "summary" } },
          { kind: "Field", name: { kind: "Name", value: "questionCount" } },
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
} as unknown as DocumentNode<RoleCardFragment, unknown>;
export const PracticeQuestionFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PracticeQuestion" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Question" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "myProgress" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "attempts" } },
                { kind: "Field", name: { kind: "Name", value: "lastRating" } },
                { kind: "Field", name: { kind: "Name", value: "nextReviewAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PracticeQuestionFragment, unknown>;
export const ReviewItemFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ReviewItem" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Question" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "prompt" } },
          { kind: "Field", name: { kind: "Name", value: "answerTip" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "role" },
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
          {
            kind: "Field",
            name: { kind: "Name", value: "myProgress" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "nextReviewAt" } },
              ],
            },
          },
          { kind: "FragmentSpread", name: { kind: "Name", value: "PracticeQuestion" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PracticeQuestion" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Question" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "myProgress" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "attempts" } },
                { kind: "Field", name: { kind: "Name", value: "lastRating" } },
                { kind: "Field", name: { kind: "Name", value: "nextReviewAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewItemFragment, unknown>;
export const CareerGuideSectionFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CareerGuideSection" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "CareerGuide" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<CareerGuideSectionFragment, unknown>;
export const GuideSectionsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "GuideSections" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "InterviewGuide" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<GuideSectionsFragment, unknown>;
export const LearningPathItemFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "LearningPathItem" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "LearningPath" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "roles" },
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
} as unknown as DocumentNode<LearningPathItemFragment, unknown>;
export const QuestionNotesFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "QuestionNotes" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Question" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "myProgress" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "notes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "body" } },
                      { kind: "Field", name: { kind: "Name", value: "createdAt" } },
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
} as unknown as DocumentNode<QuestionNotesFragment, unknown>;
export const QuestionItemFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "QuestionItem" },
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
          {
            kind: "Field",
            name: { kind: "Name", value: "myProgress" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "attempts" } },
                { kind: "Field", name: { kind: "Name", value: "nextReviewAt" } },
              ],
            },
          },
          { kind: "FragmentSpread", name: { kind: "Name", value: "PracticeQuestion" } },
          { kind: "FragmentSpread", name: { kind: "Name", value: "QuestionNotes" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PracticeQuestion" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Question" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "myProgress" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "attempts" } },
                { kind: "Field", name: { kind: "Name", value: "lastRating" } },
                { kind: "Field", name: { kind: "Name", value: "nextReviewAt" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "QuestionNotes" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Question" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "myProgress" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "notes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "body" } },
                      { kind: "Field", name: { kind: "Name", value: "createdAt" } },
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
} as unknown as DocumentNode<QuestionItemFragment, unknown>;
export const RelatedGuideFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "RelatedGuide" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Role" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "questionCount" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RelatedGuideFragment, unknown>;
export const CatalogRolesDocument = {
  __meta__: { hash: "93731794216414588f474f47ea7c9c744e14182c77b5d16d0d91136d8056e2e6" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CatalogRoles" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
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
            name: { kind: "Name", value: "roles" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
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
                            { kind: "FragmentSpread", name: { kind: "Name", value: "RoleCard" } },
                          ],
                        },
                      },
                    ],
                  },
                },
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
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "RoleCard" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Role" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "summary" } },
          { kind: "Field", name: { kind: "Name", value: "questionCount" } },
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
} as unknown as DocumentNode<CatalogRolesQuery, CatalogRolesQueryVariables>;
export const CatalogSearchDocument = {
  __meta__: { hash: "05bdbaae88c823c00bd3ddd3bbc67d81266f2eda0312a1e1832f5f919182b97e" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CatalogSearch" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "query" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "type" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "QuestionType" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
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
            name: { kind: "Name", value: "searchQuestions" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "query" },
                value: { kind: "Variable", name: { kind: "Name", value: "query" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "type" },
                value: { kind: "Variable", name: { kind: "Name", value: "type" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
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
                            { kind: "Field", name: { kind: "Name", value: "prompt" } },
                            { kind: "Field", name: { kind: "Name", value: "type" } },
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
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "role" },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CatalogSearchQuery, CatalogSearchQueryVariables>;
export const MyNotesDocument = {
  __meta__: { hash: "e744ff46c98ed57c0792ae309eb8889023c0c2eb32816e5d30c26eb6aec0c870" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "MyNotes" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
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
            name: { kind: "Name", value: "viewer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "notes" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "first" },
                      value: { kind: "Variable", name: { kind: "Name", value: "first" } },
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
                                  { kind: "Field", name: { kind: "Name", value: "body" } },
                                  { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "question" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                        { kind: "Field", name: { kind: "Name", value: "id" } },
                                        { kind: "Field", name: { kind: "Name", value: "prompt" } },
                                        {
                                          kind: "Field",
                                          name: { kind: "Name", value: "role" },
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
} as unknown as DocumentNode<MyNotesQuery, MyNotesQueryVariables>;
export const DeleteNoteDocument = {
  __meta__: { hash: "014ace1fb7df5b46146d182d88dae3c6b35739255215301bcccfecc442590395" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "DeleteNote" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "deleteNote" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteNoteMutation, DeleteNoteMutationVariables>;
export const AddNoteDocument = {
  __meta__: { hash: "ae51ba3ef4238f0701eadfbf78c88121eb89540d1bb3ad3920c10371b708ad35" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "AddNote" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "AddNoteInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "addNote" },
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
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "body" } },
                { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "question" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "myProgress" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "notes" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "body" } },
                                  { kind: "Field", name: { kind: "Name", value: "createdAt" } },
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
  ],
} as unknown as DocumentNode<AddNoteMutation, AddNoteMutationVariables>;
export const SyncPracticeDocument = {
  __meta__: { hash: "54ca02986351ce461773ae2ead3ed299055ce1c34b619dee1005a6e3ec385d32" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SyncPractice" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "SyncPracticeInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "syncPractice" },
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
                  name: { kind: "Name", value: "results" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "Field", name: { kind: "Name", value: "idempotencyKey" } },
                      { kind: "Field", name: { kind: "Name", value: "outcome" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "question" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "myProgress" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                  { kind: "Field", name: { kind: "Name", value: "status" } },
                                  { kind: "Field", name: { kind: "Name", value: "attempts" } },
                                  { kind: "Field", name: { kind: "Name", value: "lastRating" } },
                                  { kind: "Field", name: { kind: "Name", value: "nextReviewAt" } },
                                ],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "role" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "myProgress" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                        { kind: "Field", name: { kind: "Name", value: "readiness" } },
                                        { kind: "Field", name: { kind: "Name", value: "practicedCount" } },
                                        { kind: "Field", name: { kind: "Name", value: "masteredCount" } },
                                        { kind: "Field", name: { kind: "Name", value: "dueCount" } },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<SyncPracticeMutation, SyncPracticeMutationVariables>;
export const RecordPracticeDocument = {
  __meta__: { hash: "de49d0711ee9e74735cb57825def7ec217a7ccf4ea0169e10608d0a6d3548c3b" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RecordPractice" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RecordPracticeInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "recordPractice" },
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
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "myProgress" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                            { kind: "Field", name: { kind: "Name", value: "status" } },
                            { kind: "Field", name: { kind: "Name", value: "attempts" } },
                            { kind: "Field", name: { kind: "Name", value: "lastRating" } },
                            { kind: "Field", name: { kind: "Name", value: "nextReviewAt" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "role" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "myProgress" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                  { kind: "Field", name: { kind: "Name", value: "readiness" } },
                                  { kind: "Field", name: { kind: "Name", value: "practicedCount" } },
                                  { kind: "Field", name: { kind: "Name", value: "masteredCount" } },
                                  { kind: "Field", name: { kind: "Name", value: "dueCount" } },
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
  ],
} as unknown as DocumentNode<RecordPracticeMutation, RecordPracticeMutationVariables>;
export const ReviewQueueDocument = {
  __meta__: { hash: "06c48e39ee7c4924c7825be29b016c40f1035dfff7618ef72dd6d6459f708ccd" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ReviewQueue" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "viewer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "streakDays" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "dueForReview" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "first" },
                      value: { kind: "IntValue", value: "20" },
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "ReviewItem" } },
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
      name: { kind: "Name", value: "PracticeQuestion" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Question" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "myProgress" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "attempts" } },
                { kind: "Field", name: { kind: "Name", value: "lastRating" } },
                { kind: "Field", name: { kind: "Name", value: "nextReviewAt" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ReviewItem" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Question" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "prompt" } },
          { kind: "Field", name: { kind: "Name", value: "answerTip" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "role" },
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
          {
            kind: "Field",
            name: { kind: "Name", value: "myProgress" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "nextReviewAt" } },
              ],
            },
          },
          { kind: "FragmentSpread", name: { kind: "Name", value: "PracticeQuestion" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const StreakDocument = {
  __meta__: { hash: "88670444bb7539d3f34ec09ece406272e4052cb3fa313d635b1ffa527c436283" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Streak" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "viewer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "streakDays" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StreakQuery, StreakQueryVariables>;
export const RolePageDocument = {
  __meta__: { hash: "ff573b9171f5bb26d4c2dbc844474ecde839ff315e7cb857c223ed0c92ee2a02" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "RolePage" },
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
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "summary" } },
                { kind: "Field", name: { kind: "Name", value: "questionCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "myProgress" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "Field", name: { kind: "Name", value: "readiness" } },
                      { kind: "Field", name: { kind: "Name", value: "practicedCount" } },
                      { kind: "Field", name: { kind: "Name", value: "masteredCount" } },
                      { kind: "Field", name: { kind: "Name", value: "dueCount" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "questions" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "first" },
                      value: { kind: "IntValue", value: "50" },
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
                                  { kind: "FragmentSpread", name: { kind: "Name", value: "QuestionItem" } },
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
                  kind: "Field",
                  name: { kind: "Name", value: "guide" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "Field", name: { kind: "Name", value: "headline" } },
                      { kind: "Field", name: { kind: "Name", value: "intro" } },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "GuideSections" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "relatedGuides" },
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
                            { kind: "FragmentSpread", name: { kind: "Name", value: "RelatedGuide" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "careerGuide" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "CareerGuideSection" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "learningPaths" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "FragmentSpread", name: { kind: "Name", value: "LearningPathItem" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PracticeQuestion" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Question" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "myProgress" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "attempts" } },
                { kind: "Field", name: { kind: "Name", value: "lastRating" } },
                { kind: "Field", name: { kind: "Name", value: "nextReviewAt" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "QuestionNotes" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Question" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "myProgress" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "notes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "body" } },
                      { kind: "Field", name: { kind: "Name", value: "createdAt" } },
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
      name: { kind: "Name", value: "QuestionItem" },
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
          {
            kind: "Field",
            name: { kind: "Name", value: "myProgress" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "attempts" } },
                { kind: "Field", name: { kind: "Name", value: "nextReviewAt" } },
              ],
            },
          },
          { kind: "FragmentSpread", name: { kind: "Name", value: "PracticeQuestion" } },
          { kind: "FragmentSpread", name: { kind: "Name", value: "QuestionNotes" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "GuideSections" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "InterviewGuide" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
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
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "RelatedGuide" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Role" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "questionCount" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CareerGuideSection" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "CareerGuide" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
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
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "LearningPathItem" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "LearningPath" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "roles" },
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
} as unknown as DocumentNode<RolePageQuery, RolePageQueryVariables>;
