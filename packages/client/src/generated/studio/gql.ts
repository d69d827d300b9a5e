/* eslint-disable */
import * as types from "./graphql";
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  "\n  fragment ActivityFigures on ActivityBucket {\n    periodStart\n    learners\n    practices\n    suppressed\n  }\n": typeof types.ActivityFiguresFragmentDoc;
  "\n  fragment AgainFigures on RoleAnalytics {\n    questions {\n      question {\n        id\n        position\n        prompt\n      }\n      learners\n      attempts\n      againShare\n      suppressed\n    }\n  }\n": typeof types.AgainFiguresFragmentDoc;
  "\n  query StudioDashboardRoles {\n    roles(first: 100) {\n      edges {\n        node {\n          id\n          slug\n          title\n        }\n      }\n    }\n  }\n": typeof types.StudioDashboardRolesDocument;
  "\n  query StudioDashboard($slug: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    roleAnalytics(slug: $slug, from: $from, to: $to) {\n      from\n      to\n      role {\n        id\n        title\n      }\n      ...FunnelFigures\n      ...DistributionFigures\n      ...AgainFigures\n    }\n    activity(from: $from, to: $to, granularity: $granularity) {\n      periodStart\n      ...ActivityFigures\n    }\n    retention(cohort: WEEK, from: $from, to: $to) {\n      cohortStart\n      ...RetentionFigures\n    }\n  }\n": typeof types.StudioDashboardDocument;
  "\n  fragment DistributionFigures on RoleAnalytics {\n    funnel {\n      stage\n      learners\n      suppressed\n    }\n    questions {\n      question {\n        id\n      }\n      masteryRate\n    }\n  }\n": typeof types.DistributionFiguresFragmentDoc;
  "\n  fragment FunnelFigures on RoleAnalytics {\n    learners\n    practices\n    suppressed\n    funnel {\n      stage\n      learners\n      suppressed\n    }\n  }\n": typeof types.FunnelFiguresFragmentDoc;
  "\n  fragment RetentionFigures on RetentionCohort {\n    cohortStart\n    learners\n    returnedAfter1Day\n    returnedAfter7Days\n    returnedAfter30Days\n    suppressed\n  }\n": typeof types.RetentionFiguresFragmentDoc;
  "\n  fragment AuditEntryItem on AuditEntry {\n    id\n    actor\n    action\n    entityType\n    createdAt\n    changes {\n      field\n      before\n      after\n    }\n  }\n": typeof types.AuditEntryItemFragmentDoc;
  "\n  query StudioAuditLog($entityId: ID!, $after: String) {\n    auditLog(entityId: $entityId, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...AuditEntryItem\n        }\n      }\n    }\n  }\n": typeof types.StudioAuditLogDocument;
  "\n  query StudioGuideAuditLog($entityId: ID!, $after: String) {\n    guideAuditLog(entityId: $entityId, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...AuditEntryItem\n        }\n      }\n    }\n  }\n": typeof types.StudioGuideAuditLogDocument;
  "\n  fragment CareerGuideForm on CareerGuide {\n    roleId\n    slug\n    title\n    summary\n    sections {\n      title\n      body\n    }\n    status\n    version\n  }\n": typeof types.CareerGuideFormFragmentDoc;
  "\n  mutation StudioUpsertCareerGuide($input: UpsertCareerGuideInput!) {\n    upsertCareerGuide(input: $input) {\n      careerGuide {\n        ...CareerGuideForm\n      }\n    }\n  }\n": typeof types.StudioUpsertCareerGuideDocument;
  "\n  fragment GuideStatus on Guide {\n    ... on InterviewGuide {\n      roleId\n      status\n      version\n    }\n    ... on RelatedGuideList {\n      roleId\n      status\n      version\n    }\n    ... on CareerGuide {\n      roleId\n      status\n      version\n    }\n    ... on LearningPath {\n      slug\n      status\n      version\n    }\n  }\n": typeof types.GuideStatusFragmentDoc;
  "\n  mutation StudioPublishGuide($input: ChangeGuideStatusInput!) {\n    publishGuide(input: $input) {\n      guide {\n        ...GuideStatus\n      }\n    }\n  }\n": typeof types.StudioPublishGuideDocument;
  "\n  mutation StudioArchiveGuide($input: ChangeGuideStatusInput!) {\n    archiveGuide(input: $input) {\n      guide {\n        ...GuideStatus\n      }\n    }\n  }\n": typeof types.StudioArchiveGuideDocument;
  "\n  fragment InterviewGuideForm on InterviewGuide {\n    roleId\n    headline\n    intro\n    preparationTips {\n      title\n      body\n    }\n    commonMistakes {\n      title\n      body\n    }\n    interviewerFocus\n    smartQuestions\n    faqs {\n      question\n      answer\n    }\n    status\n    version\n  }\n": typeof types.InterviewGuideFormFragmentDoc;
  "\n  mutation StudioUpsertInterviewGuide($input: UpsertInterviewGuideInput!) {\n    upsertInterviewGuide(input: $input) {\n      interviewGuide {\n        ...InterviewGuideForm\n      }\n    }\n  }\n": typeof types.StudioUpsertInterviewGuideDocument;
  "\n  fragment LearningPathForm on LearningPath {\n    slug\n    title\n    description\n    status\n    version\n    roles {\n      id\n    }\n  }\n": typeof types.LearningPathFormFragmentDoc;
  "\n  query StudioLearningPath($slug: String!) {\n    learningPath(slug: $slug, status: [DRAFT, PUBLISHED, ARCHIVED]) {\n      slug\n      title\n      ...LearningPathForm\n    }\n    roles(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.StudioLearningPathDocument;
  "\n  mutation StudioUpsertLearningPath($input: UpsertLearningPathInput!) {\n    upsertLearningPath(input: $input) {\n      learningPath {\n        ...LearningPathForm\n      }\n    }\n  }\n": typeof types.StudioUpsertLearningPathDocument;
  "\n  query StudioLearningPaths {\n    learningPaths(status: [DRAFT, PUBLISHED, ARCHIVED]) {\n      slug\n      title\n      status\n      version\n      roles {\n        id\n        title\n      }\n    }\n  }\n": typeof types.StudioLearningPathsDocument;
  "\n  fragment RelatedGuidesForm on RelatedGuideList {\n    roleId\n    status\n    version\n    guides {\n      role {\n        id\n        title\n      }\n    }\n  }\n": typeof types.RelatedGuidesFormFragmentDoc;
  "\n  mutation StudioSetRelatedGuides($input: SetRelatedGuidesInput!) {\n    setRelatedGuides(input: $input) {\n      relatedGuideList {\n        ...RelatedGuidesForm\n      }\n    }\n  }\n": typeof types.StudioSetRelatedGuidesDocument;
  "\n  query StudioRoleGuides($slug: String!) {\n    role(slug: $slug, status: [DRAFT, PUBLISHED, ARCHIVED]) {\n      id\n      slug\n      title\n      status\n      guide(status: [DRAFT, PUBLISHED, ARCHIVED]) {\n        ...InterviewGuideForm\n      }\n      relatedGuideList(status: [DRAFT, PUBLISHED, ARCHIVED]) {\n        ...RelatedGuidesForm\n      }\n      careerGuide(status: [DRAFT, PUBLISHED, ARCHIVED]) {\n        ...CareerGuideForm\n      }\n    }\n    roles(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.StudioRoleGuidesDocument;
  "\n  mutation StudioCreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      question {\n        id\n        position\n        status\n        version\n      }\n    }\n  }\n": typeof types.StudioCreateQuestionDocument;
  "\n  query StudioQuestion($slug: String!) {\n    role(slug: $slug, status: [DRAFT, PUBLISHED, ARCHIVED]) {\n      id\n      slug\n      title\n      questions(first: 100, status: [DRAFT, PUBLISHED, ARCHIVED]) {\n        edges {\n          node {\n            id\n            position\n            ...QuestionEditor\n          }\n        }\n      }\n    }\n  }\n": typeof types.StudioQuestionDocument;
  "\n  fragment QuestionEditor on Question {\n    id\n    position\n    prompt\n    answerTip\n    type\n    status\n    version\n    updatedAt\n    topics {\n      slug\n      name\n    }\n  }\n": typeof types.QuestionEditorFragmentDoc;
  "\n  mutation StudioUpdateQuestion($input: UpdateQuestionInput!) {\n    updateQuestion(input: $input) {\n      question {\n        ...QuestionEditor\n      }\n    }\n  }\n": typeof types.StudioUpdateQuestionDocument;
  "\n  mutation StudioPublishQuestion($input: ChangeStatusInput!) {\n    publishQuestion(input: $input) {\n      question {\n        ...QuestionEditor\n      }\n    }\n  }\n": typeof types.StudioPublishQuestionDocument;
  "\n  mutation StudioArchiveQuestion($input: ChangeStatusInput!) {\n    archiveQuestion(input: $input) {\n      question {\n        ...QuestionEditor\n      }\n    }\n  }\n": typeof types.StudioArchiveQuestionDocument;
  "\n  fragment QuestionListRole on Role {\n    id\n    slug\n    questions(first: 100, status: [DRAFT, PUBLISHED, ARCHIVED]) {\n      totalCount\n      edges {\n        node {\n          id\n          position\n          prompt\n          type\n          status\n          version\n        }\n      }\n    }\n  }\n": typeof types.QuestionListRoleFragmentDoc;
  "\n  mutation StudioMoveQuestion($input: MoveQuestionInput!) {\n    moveQuestion(input: $input) {\n      question {\n        id\n        position\n        version\n      }\n    }\n  }\n": typeof types.StudioMoveQuestionDocument;
  "\n  mutation StudioCreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role {\n        id\n        slug\n        status\n        version\n      }\n    }\n  }\n": typeof types.StudioCreateRoleDocument;
  "\n  query StudioRole($slug: String!) {\n    role(slug: $slug, status: [DRAFT, PUBLISHED, ARCHIVED]) {\n      id\n      slug\n      title\n      version\n      ...RoleForm\n      ...QuestionListRole\n    }\n  }\n": typeof types.StudioRoleDocument;
  "\n  fragment RoleForm on Role {\n    id\n    slug\n    title\n    summary\n    status\n    version\n    updatedAt\n    questionCount\n  }\n": typeof types.RoleFormFragmentDoc;
  "\n  mutation StudioUpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      role {\n        ...RoleForm\n      }\n    }\n  }\n": typeof types.StudioUpdateRoleDocument;
  "\n  mutation StudioPublishRole($input: ChangeStatusInput!) {\n    publishRole(input: $input) {\n      role {\n        ...RoleForm\n      }\n    }\n  }\n": typeof types.StudioPublishRoleDocument;
  "\n  mutation StudioArchiveRole($input: ChangeStatusInput!) {\n    archiveRole(input: $input) {\n      role {\n        ...RoleForm\n      }\n    }\n  }\n": typeof types.StudioArchiveRoleDocument;
  "\n  fragment RoleRow on Role {\n    id\n    slug\n    title\n    status\n    version\n    updatedAt\n    questionCount\n  }\n": typeof types.RoleRowFragmentDoc;
  "\n  query StudioRoles($after: String) {\n    roles(first: 50, after: $after, status: [DRAFT, PUBLISHED, ARCHIVED]) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...RoleRow\n        }\n      }\n    }\n  }\n": typeof types.StudioRolesDocument;
};
const documents: Documents = {
  "\n  fragment ActivityFigures on ActivityBucket {\n    periodStart\n    learners\n    practices\n    suppressed\n  }\n":
    types.ActivityFiguresFragmentDoc,
  "\n  fragment AgainFigures on RoleAnalytics {\n    questions {\n      question {\n        id\n        position\n        prompt\n      }\n      learners\n      attempts\n      againShare\n      suppressed\n    }\n  }\n":
    types.AgainFiguresFragmentDoc,
  "\n  query StudioDashboardRoles {\n    roles(first: 100) {\n      edges {\n        node {\n          id\n          slug\n          title\n        }\n      }\n    }\n  }\n":
    types.StudioDashboardRolesDocument,
  "\n  query StudioDashboard($slug: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    roleAnalytics(slug: $slug, from: $from, to: $to) {\n      from\n      to\n      role {\n        id\n        title\n      }\n      ...FunnelFigures\n      ...DistributionFigures\n      ...AgainFigures\n    }\n    activity(from: $from, to: $to, granularity: $granularity) {\n      periodStart\n      ...ActivityFigures\n    }\n    retention(cohort: WEEK, from: $from, to: $to) {\n      cohortStart\n      ...RetentionFigures\n    }\n  }\n":
    types.StudioDashboardDocument,
  "\n  fragment DistributionFigures on RoleAnalytics {\n    funnel {\n      stage\n      learners\n      suppressed\n    }\n    questions {\n      question {\n        id\n      }\n      masteryRate\n    }\n  }\n":
    types.DistributionFiguresFragmentDoc,
  "\n  fragment FunnelFigures on RoleAnalytics {\n    learners\n    practices\n    suppressed\n    funnel {\n      stage\n      learners\n      suppressed\n    }\n  }\n":
    types.FunnelFiguresFragmentDoc,
  "\n  fragment RetentionFigures on RetentionCohort {\n    cohortStart\n    learners\n    returnedAfter1Day\n    returnedAfter7Days\n    returnedAfter30Days\n    suppressed\n  }\n":
    types.RetentionFiguresFragmentDoc,
  "\n  fragment AuditEntryItem on AuditEntry {\n    id\n    actor\n    action\n    entityType\n    createdAt\n    changes {\n      field\n      before\n      after\n    }\n  }\n":
    types.AuditEntryItemFragmentDoc,
  "\n  query StudioAuditLog($entityId: ID!, $after: String) {\n    auditLog(entityId: $entityId, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...AuditEntryItem\n        }\n      }\n    }\n  }\n":
    types.StudioAuditLogDocument,
  "\n  query StudioGuideAuditLog($entityId: ID!, $after: String) {\n    guideAuditLog(entityId: $entityId, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...AuditEntryItem\n        }\n      }\n    }\n  }\n":
    types.StudioGuideAuditLogDocument,
  "\n  fragment CareerGuideForm on CareerGuide {\n    roleId\n    slug\n    title\n    summary\n    sections {\n      title\n      body\n    }\n    status\n    version\n  }\n":
    types.CareerGuideFormFragmentDoc,
  "\n  mutation StudioUpsertCareerGuide($input: UpsertCareerGuideInput!) {\n    upsertCareerGuide(input: $input) {\n      careerGuide {\n        ...CareerGuideForm\n      }\n    }\n  }\n":
    types.StudioUpsertCareerGuideDocument,
  "\n  fragment GuideStatus on Guide {\n    ... on InterviewGuide {\n      roleId\n      status\n      version\n    }\n    ... on RelatedGuideList {\n      roleId\n      status\n      version\n    }\n    ... on CareerGuide {\n      roleId\n      status\n      version\n    }\n    ... on LearningPath {\n      slug\n      status\n      version\n    }\n  }\n":
    types.GuideStatusFragmentDoc,
  "\n  mutation StudioPublishGuide($input: ChangeGuideStatusInput!) {\n    publishGuide(input: $input) {\n      guide {\n        ...GuideStatus\n      }\n    }\n  }\n":
    types.StudioPublishGuideDocument,
  "\n  mutation StudioArchiveGuide($input: ChangeGuideStatusInput!) {\n    archiveGuide(input: $input) {\n      guide {\n        ...GuideStatus\n      }\n    }\n  }\n":
    types.StudioArchiveGuideDocument,
  "\n  fragment InterviewGuideForm on InterviewGuide {\n    roleId\n    headline\n    intro\n    preparationTips {\n      title\n      body\n    }\n    commonMistakes {\n      title\n      body\n    }\n    interviewerFocus\n    smartQuestions\n    faqs {\n      question\n      answer\n    }\n    status\n    version\n  }\n":
    types.InterviewGuideFormFragmentDoc,
  "\n  mutation StudioUpsertInterviewGuide($input: UpsertInterviewGuideInput!) {\n    upsertInterviewGuide(input: $input) {\n      interviewGuide {\n        ...InterviewGuideForm\n      }\n    }\n  }\n":
    types.StudioUpsertInterviewGuideDocument,
  "\n  fragment LearningPathForm on LearningPath {\n    slug\n    title\n    description\n    status\n    version\n    roles {\n      id\n    }\n  }\n":
    types.LearningPathFormFragmentDoc,
  "\n  query StudioLearningPath($slug: String!) {\n    learningPath(slug: $slug, status: [DRAFT, PUBLISHED, ARCHIVED]) {\n      slug\n      title\n      ...LearningPathForm\n    }\n    roles(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":
    types.StudioLearningPathDocument,
  "\n  mutation StudioUpsertLearningPath($input: UpsertLearningPathInput!) {\n    upsertLearningPath(input: $input) {\n      learningPath {\n        ...LearningPathForm\n      }\n    }\n  }\n":
    types.StudioUpsertLearningPathDocument,
  "\n  query StudioLearningPaths {\n    learningPaths(status: [DRAFT, PUBLISHED, ARCHIVED]) {\n      slug\n      title\n      status\n      version\n      roles {\n        id\n        title\n      }\n    }\n  }\n":
    types.StudioLearningPathsDocument,
  "\n  fragment RelatedGuidesForm on RelatedGuideList {\n    roleId\n    status\n    version\n    guides {\n      role {\n        id\n        title\n      }\n    }\n  }\n":
    types.RelatedGuidesFormFragmentDoc,
  "\n  mutation StudioSetRelatedGuides($input: SetRelatedGuidesInput!) {\n    setRelatedGuides(input: $input) {\n      relatedGuideList {\n        ...RelatedGuidesForm\n      }\n    }\n  }\n":
    types.StudioSetRelatedGuidesDocument,
  "\n  query StudioRoleGuides($slug: String!) {\n    role(slug: $slug, status: [DRAFT, PUBLISHED, ARCHIVED]) {\n      id\n      slug\n      title\n      status\n      guide(status: [DRAFT, PUBLISHED, ARCHIVED]) {\n        ...InterviewGuideForm\n      }\n      relatedGuideList(status: [DRAFT, PUBLISHED, ARCHIVED]) {\n        ...RelatedGuidesForm\n      }\n      careerGuide(status: [DRAFT, PUBLISHED, ARCHIVED]) {\n        ...CareerGuideForm\n      }\n    }\n    roles(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":
    types.StudioRoleGuidesDocument,
  "\n  mutation StudioCreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      question {\n        id\n        position\n        status\n        version\n      }\n    }\n  }\n":
    types.StudioCreateQuestionDocument,
  "\n  query StudioQuestion($slug: String!) {\n    role(slug: $slug, status: [DRAFT, PUBLISHED, ARCHIVED]) {\n      id\n      slug\n      title\n      questions(first: 100, status: [DRAFT, PUBLISHED, ARCHIVED]) {\n        edges {\n          node {\n            id\n            position\n            ...QuestionEditor\n          }\n        }\n      }\n    }\n  }\n":
    types.StudioQuestionDocument,
  "\n  fragment QuestionEditor on Question {\n    id\n    position\n    prompt\n    answerTip\n    type\n    status\n    version\n    updatedAt\n    topics {\n      slug\n      name\n    }\n  }\n":
    types.QuestionEditorFragmentDoc,
  "\n  mutation StudioUpdateQuestion($input: UpdateQuestionInput!) {\n    updateQuestion(input: $input) {\n      question {\n        ...QuestionEditor\n      }\n    }\n  }\n":
    types.StudioUpdateQuestionDocument,
  "\n  mutation StudioPublishQuestion($input: ChangeStatusInput!) {\n    publishQuestion(input: $input) {\n      question {\n        ...QuestionEditor\n      }\n    }\n  }\n":
    types.StudioPublishQuestionDocument,
  "\n  mutation StudioArchiveQuestion($input: ChangeStatusInput!) {\n    archiveQuestion(input: $input) {\n      question {\n        ...QuestionEditor\n      }\n    }\n  }\n":
    types.StudioArchiveQuestionDocument,
  "\n  fragment QuestionListRole on Role {\n    id\n    slug\n    questions(first: 100, status: [DRAFT, PUBLISHED, ARCHIVED]) {\n      totalCount\n      edges {\n        node {\n          id\n          position\n          prompt\n          type\n          status\n          version\n        }\n      }\n    }\n  }\n":
    types.QuestionListRoleFragmentDoc,
  "\n  mutation StudioMoveQuestion($input: MoveQuestionInput!) {\n    moveQuestion(input: $input) {\n      question {\n        id\n        position\n        version\n      }\n    }\n  }\n":
    types.StudioMoveQuestionDocument,
  "\n  mutation StudioCreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role {\n        id\n        slug\n        status\n        version\n      }\n    }\n  }\n":
    types.StudioCreateRoleDocument,
  "\n  query StudioRole($slug: String!) {\n    role(slug: $slug, status: [DRAFT, PUBLISHED, ARCHIVED]) {\n      id\n      slug\n      title\n      version\n      ...RoleForm\n      ...QuestionListRole\n    }\n  }\n":
    types.StudioRoleDocument,
  "\n  fragment RoleForm on Role {\n    id\n    slug\n    title\n    summary\n    status\n    version\n    updatedAt\n    questionCount\n  }\n":
    types.RoleFormFragmentDoc,
  "\n  mutation StudioUpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      role {\n        ...RoleForm\n      }\n    }\n  }\n":
    types.StudioUpdateRoleDocument,
  "\n  mutation StudioPublishRole($input: ChangeStatusInput!) {\n    publishRole(input: $input) {\n      role {\n        ...RoleForm\n      }\n    }\n  }\n":
    types.StudioPublishRoleDocument,
  "\n  mutation StudioArchiveRole($input: ChangeStatusInput!) {\n    archiveRole(input: $input) {\n      role {\n        ...RoleForm\n      }\n    }\n  }\n":
    types.StudioArchiveRoleDocument,
  "\n  fragment RoleRow on Role {\n    id\n    slug\n    title\n    status\n    version\n    updatedAt\n    questionCount\n  }\n":
    types.RoleRowFragmentDoc,
  "\n  query StudioRoles($after: String) {\n    roles(first: 50, after: $after, status: [DRAFT, PUBLISHED, ARCHIVED]) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...RoleRow\n        }\n      }\n    }\n  }\n":
    types.StudioRolesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment ActivityFigures on ActivityBucket {\n    periodStart\n    learners\n    practices\n    suppressed\n  }\n",
): (typeof documents)["\n  fragment ActivityFigures on ActivityBucket {\n    periodStart\n    learners\n    practices\n    suppressed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment AgainFigures on RoleAnalytics {\n    questions {\n      question {\n        id\n        position\n        prompt\n      }\n      learners\n      attempts\n      againShare\n      suppressed\n    }\n  }\n",
): (typeof documents)["\n  fragment AgainFigures on RoleAnalytics {\n    questions {\n      question {\n        id\n        position\n        prompt\n      }\n      learners\n      attempts\n      againShare\n      suppressed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query StudioDashboardRoles {\n    roles(first: 100) {\n      edges {\n        node {\n          id\n          slug\n          title\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query StudioDashboardRoles {\n    roles(first: 100) {\n      edges {\n        node {\n          id\n          slug\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query StudioDashboard($slug: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    roleAnalytics(slug: $slug, from: $from, to: $to) {\n      from\n      to\n      role {\n        id\n        title\n      }\n      ...FunnelFigures\n      ...DistributionFigures\n      ...AgainFigures\n    }\n    activity(from: $from, to: $to, granularity: $granularity) {\n      periodStart\n      ...ActivityFigures\n    }\n    retention(cohort: WEEK, from: $from, to: $to) {\n      cohortStart\n      ...RetentionFigures\n    }\n  }\n",
): (typeof documents)["\n  query StudioDashboard($slug: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    roleAnalytics(slug: $slug, from: $from, to: $to) {\n      from\n      to\n      role {\n        id\n        title\n      }\n      ...FunnelFigures\n      ...DistributionFigures\n      ...AgainFigures\n    }\n    activity(from: $from, to: $to, granularity: $granularity) {\n      periodStart\n      ...ActivityFigures\n    }\n    retention(cohort: WEEK, from: $from, to: $to) {\n      cohortStart\n      ...RetentionFigures\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment DistributionFigures on RoleAnalytics {\n    funnel {\n      stage\n      learners\n      suppressed\n    }\n    questions {\n      question {\n        id\n      }\n      masteryRate\n    }\n  }\n",
): (typeof documents)["\n  fragment DistributionFigures on RoleAnalytics {\n    funnel {\n      stage\n      learners\n      suppressed\n    }\n    questions {\n      question {\n        id\n      }\n      masteryRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment FunnelFigures on RoleAnalytics {\n    learners\n    practices\n    suppressed\n    funnel {\n      stage\n      learners\n      suppressed\n    }\n  }\n",
): (typeof documents)["\n  fragment FunnelFigures on RoleAnalytics {\n    learners\n    practices\n    suppressed\n    funnel {\n      stage\n      learners\n      suppressed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment RetentionFigures on RetentionCohort {\n    cohortStart\n    learners\n    returnedAfter1Day\n    returnedAfter7Days\n    returnedAfter30Days\n    suppressed\n  }\n",
): (typeof documents)["\n  fragment RetentionFigures on RetentionCohort {\n    cohortStart\n    learners\n    returnedAfter1Day\n    returnedAfter7Days\n    returnedAfter30Days\n    suppressed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment AuditEntryItem on AuditEntry {\n    id\n    actor\n    action\n    entityType\n    createdAt\n    changes {\n      field\n      before\n      after\n    }\n  }\n",
): (typeof documents)["\n  fragment AuditEntryItem on AuditEntry {\n    id\n    actor\n    action\n    entityType\n    createdAt\n    changes {\n      field\n      before\n      after\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query StudioAuditLog($entityId: ID!, $after: String) {\n    auditLog(entityId: $entityId, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...AuditEntryItem\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query StudioAuditLog($entityId: ID!, $after: String) {\n    auditLog(entityId: $entityId, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...AuditEntryItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query StudioGuideAuditLog($entityId: ID!, $after: String) {\n    guideAuditLog(entityId: $entityId, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...AuditEntryItem\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query StudioGuideAuditLog($entityId: ID!, $after: String) {\n    guideAuditLog(entityId: $entityId, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...AuditEntryItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment CareerGuideForm on CareerGuide {\n    roleId\n    slug\n    title\n    summary\n    sections {\n      title\n      body\n    }\n    status\n    version\n  }\n",
): (typeof documents)["\n  fragment CareerGuideForm on CareerGuide {\n    roleId\n    slug\n    title\n    summary\n    sections {\n      title\n      body\n    }\n    status\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation StudioUpsertCareerGuide($input: UpsertCareerGuideInput!) {\n    upsertCareerGuide(input: $input) {\n      careerGuide {\n        ...CareerGuideForm\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation StudioUpsertCareerGuide($input: UpsertCareerGuideInput!) {\n    upsertCareerGuide(input: $input) {\n      careerGuide {\n        ...CareerGuideForm\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment GuideStatus on Guide {\n    ... on InterviewGuide {\n      roleId\n      status\n      version\n    }\n    ... on RelatedGuideList {\n      roleId\n      status\n      version\n    }\n    ... on CareerGuide {\n      roleId\n      status\n      version\n    }\n    ... on LearningPath {\n      slug\n      status\n      version\n    }\n  }\n",
): (typeof documents)["\n  fragment GuideStatus on Guide {\n    ... on InterviewGuide {\n      roleId\n      status\n      version\n    }\n    ... on RelatedGuideList {\n      roleId\n      status\n      version\n    }\n    ... on CareerGuide {\n      roleId\n      status\n      version\n    }\n    ... on LearningPath {\n      slug\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation StudioPublishGuide($input: ChangeGuideStatusInput!) {\n    publishGuide(input: $input) {\n      guide {\n        ...GuideStatus\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation StudioPublishGuide($input: ChangeGuideStatusInput!) {\n    publishGuide(input: $input) {\n      guide {\n        ...GuideStatus\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation StudioArchiveGuide($input: ChangeGuideStatusInput!) {\n    archiveGuide(input: $input) {\n      guide {\n        ...GuideStatus\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation StudioArchiveGuide($input: ChangeGuideStatusInput!) {\n    archiveGuide(input: $input) {\n      guide {\n        ...GuideStatus\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment InterviewGuideForm on InterviewGuide {\n    roleId\n    headline\n    intro\n    preparationTips {\n      title\n      body\n    }\n    commonMistakes {\n      title\n      body\n    }\n    interviewerFocus\n    smartQuestions\n    faqs {\n      question\n      answer\n    }\n    status\n    version\n  }\n",
): (typeof documents)["\n  fragment InterviewGuideForm on InterviewGuide {\n    roleId\n    headline\n    intro\n    preparationTips {\n      title\n      body\n    }\n    commonMistakes {\n      title\n      body\n    }\n    interviewerFocus\n    smartQuestions\n    faqs {\n      question\n      answer\n    }\n    status\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation StudioUpsertInterviewGuide($input: UpsertInterviewGuideInput!) {\n    upsertInterviewGuide(input: $input) {\n      interviewGuide {\n        ...InterviewGuideForm\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation StudioUpsertInterviewGuide($input: UpsertInterviewGuideInput!) {\n    upsertInterviewGuide(input: $input) {\n      interviewGuide {\n        ...InterviewGuideForm\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment LearningPathForm on LearningPath {\n    slug\n    title\n    description\n    status\n    version\n    roles {\n      id\n    }\n  }\n",
): (typeof documents)["\n  fragment LearningPathForm on LearningPath {\n    slug\n    title\n    description\n    status\n    version\n    roles {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query StudioLearningPath($slug: String!) {\n    learningPath(slug: $slug, status: [DRAFT, PUBLISHED, ARCHIVED]) {\n      slug\n      title\n      ...LearningPathForm\n    }\n    roles(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query StudioLearningPath($slug: String!) {\n    learningPath(slug: $slug, status: [DRAFT, PUBLISHED, ARCHIVED]) {\n      slug\n      title\n      ...LearningPathForm\n    }\n    roles(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation StudioUpsertLearningPath($input: UpsertLearningPathInput!) {\n    upsertLearningPath(input: $input) {\n      learningPath {\n        ...LearningPathForm\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation StudioUpsertLearningPath($input: UpsertLearningPathInput!) {\n    upsertLearningPath(input: $input) {\n      learningPath {\n        ...LearningPathForm\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query StudioLearningPaths {\n    learningPaths(status: [DRAFT, PUBLISHED, ARCHIVED]) {\n      slug\n      title\n      status\n      version\n      roles {\n        id\n        title\n      }\n    }\n  }\n",
): (typeof documents)["\n  query StudioLearningPaths {\n    learningPaths(status: [DRAFT, PUBLISHED, ARCHIVED]) {\n      slug\n      title\n      status\n      version\n      roles {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment RelatedGuidesForm on RelatedGuideList {\n    roleId\n    status\n    version\n    guides {\n      role {\n        id\n        title\n      }\n    }\n  }\n",
): (typeof documents)["\n  fragment RelatedGuidesForm on RelatedGuideList {\n    roleId\n    status\n    version\n    guides {\n      role {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation StudioSetRelatedGuides($input: SetRelatedGuidesInput!) {\n    setRelatedGuides(input: $input) {\n      relatedGuideList {\n        ...RelatedGuidesForm\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation StudioSetRelatedGuides($input: SetRelatedGuidesInput!) {\n    setRelatedGuides(input: $input) {\n      relatedGuideList {\n        ...RelatedGuidesForm\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query StudioRoleGuides($slug: String!) {\n    role(slug: $slug, status: [DRAFT, PUBLISHED, ARCHIVED]) {\n      id\n      slug\n      title\n      status\n      guide(status: [DRAFT, PUBLISHED, ARCHIVED]) {\n        ...InterviewGuideForm\n      }\n      relatedGuideList(status: [DRAFT, PUBLISHED, ARCHIVED]) {\n        ...RelatedGuidesForm\n      }\n      careerGuide(status: [DRAFT, PUBLISHED, ARCHIVED]) {\n        ...CareerGuideForm\n      }\n    }\n    roles(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query StudioRoleGuides($slug: String!) {\n    role(slug: $slug, status: [DRAFT, PUBLISHED, ARCHIVED]) {\n      id\n      slug\n      title\n      status\n      guide(status: [DRAFT, PUBLISHED, ARCHIVED]) {\n        ...InterviewGuideForm\n      }\n      relatedGuideList(status: [DRAFT, PUBLISHED, ARCHIVED]) {\n        ...RelatedGuidesForm\n      }\n      careerGuide(status: [DRAFT, PUBLISHED, ARCHIVED]) {\n        ...CareerGuideForm\n      }\n    }\n    roles(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation StudioCreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      question {\n        id\n        position\n        status\n        version\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation StudioCreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      question {\n        id\n        position\n        status\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query StudioQuestion($slug: String!) {\n    role(slug: $slug, status: [DRAFT, PUBLISHED, ARCHIVED]) {\n      id\n      slug\n      title\n      questions(first: 100, status: [DRAFT, PUBLISHED, ARCHIVED]) {\n        edges {\n          node {\n            id\n            position\n            ...QuestionEditor\n          }\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query StudioQuestion($slug: String!) {\n    role(slug: $slug, status: [DRAFT, PUBLISHED, ARCHIVED]) {\n      id\n      slug\n      title\n      questions(first: 100, status: [DRAFT, PUBLISHED, ARCHIVED]) {\n        edges {\n          node {\n            id\n            position\n            ...QuestionEditor\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment QuestionEditor on Question {\n    id\n    position\n    prompt\n    answerTip\n    type\n    status\n    version\n    updatedAt\n    topics {\n      slug\n      name\n    }\n  }\n",
): (typeof documents)["\n  fragment QuestionEditor on Question {\n    id\n    position\n    prompt\n    answerTip\n    type\n    status\n    version\n    updatedAt\n    topics {\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation StudioUpdateQuestion($input: UpdateQuestionInput!) {\n    updateQuestion(input: $input) {\n      question {\n        ...QuestionEditor\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation StudioUpdateQuestion($input: UpdateQuestionInput!) {\n    updateQuestion(input: $input) {\n      question {\n        ...QuestionEditor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation StudioPublishQuestion($input: ChangeStatusInput!) {\n    publishQuestion(input: $input) {\n      question {\n        ...QuestionEditor\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation StudioPublishQuestion($input: ChangeStatusInput!) {\n    publishQuestion(input: $input) {\n      question {\n        ...QuestionEditor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation StudioArchiveQuestion($input: ChangeStatusInput!) {\n    archiveQuestion(input: $input) {\n      question {\n        ...QuestionEditor\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation StudioArchiveQuestion($input: ChangeStatusInput!) {\n    archiveQuestion(input: $input) {\n      question {\n        ...QuestionEditor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment QuestionListRole on Role {\n    id\n    slug\n    questions(first: 100, status: [DRAFT, PUBLISHED, ARCHIVED]) {\n      totalCount\n      edges {\n        node {\n          id\n          position\n          prompt\n          type\n          status\n          version\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  fragment QuestionListRole on Role {\n    id\n    slug\n    questions(first: 100, status: [DRAFT, PUBLISHED, ARCHIVED]) {\n      totalCount\n      edges {\n        node {\n          id\n          position\n          prompt\n          type\n          status\n          version\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation StudioMoveQuestion($input: MoveQuestionInput!) {\n    moveQuestion(input: $input) {\n      question {\n        id\n        position\n        version\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation StudioMoveQuestion($input: MoveQuestionInput!) {\n    moveQuestion(input: $input) {\n      question {\n        id\n        position\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation StudioCreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role {\n        id\n        slug\n        status\n        version\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation StudioCreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role {\n        id\n        slug\n        status\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query StudioRole($slug: String!) {\n    role(slug: $slug, status: [DRAFT, PUBLISHED, ARCHIVED]) {\n      id\n      slug\n      title\n      version\n      ...RoleForm\n      ...QuestionListRole\n    }\n  }\n",
): (typeof documents)["\n  query StudioRole($slug: String!) {\n    role(slug: $slug, status: [DRAFT, PUBLISHED, ARCHIVED]) {\n      id\n      slug\n      title\n      version\n      ...RoleForm\n      ...QuestionListRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment RoleForm on Role {\n    id\n    slug\n    title\n    summary\n    status\n    version\n    updatedAt\n    questionCount\n  }\n",
): (typeof documents)["\n  fragment RoleForm on Role {\n    id\n    slug\n    title\n    summary\n    status\n    version\n    updatedAt\n    questionCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation StudioUpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      role {\n        ...RoleForm\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation StudioUpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      role {\n        ...RoleForm\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation StudioPublishRole($input: ChangeStatusInput!) {\n    publishRole(input: $input) {\n      role {\n        ...RoleForm\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation StudioPublishRole($input: ChangeStatusInput!) {\n    publishRole(input: $input) {\n      role {\n        ...RoleForm\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation StudioArchiveRole($input: ChangeStatusInput!) {\n    archiveRole(input: $input) {\n      role {\n        ...RoleForm\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation StudioArchiveRole($input: ChangeStatusInput!) {\n    archiveRole(input: $input) {\n      role {\n        ...RoleForm\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment RoleRow on Role {\n    id\n    slug\n    title\n    status\n    version\n    updatedAt\n    questionCount\n  }\n",
): (typeof documents)["\n  fragment RoleRow on Role {\n    id\n    slug\n    title\n    status\n    version\n    updatedAt\n    questionCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query StudioRoles($after: String) {\n    roles(first: 50, after: $after, status: [DRAFT, PUBLISHED, ARCHIVED]) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...RoleRow\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query StudioRoles($after: String) {\n    roles(first: 50, after: $after, status: [DRAFT, PUBLISHED, ARCHIVED]) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...RoleRow\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
