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
  "\n  query CatalogRoles($first: Int!, $after: String) {\n    roles(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          ...RoleCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CatalogRolesDocument;
  "\n  query CatalogSearch($query: String!, $type: QuestionType, $first: Int!, $after: String) {\n    searchQuestions(query: $query, type: $type, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          prompt\n          type\n          topics {\n            slug\n            name\n          }\n          role {\n            id\n            slug\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CatalogSearchDocument;
  "\n  fragment RoleCard on Role {\n    id\n    slug\n    title\n    summary\n    questionCount\n    topics {\n      slug\n      name\n    }\n  }\n": typeof types.RoleCardFragmentDoc;
  "\n  query MyNotes($first: Int!, $after: String) {\n    viewer {\n      id\n      notes(first: $first, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n            body\n            createdAt\n            question {\n              id\n              prompt\n              role {\n                id\n                slug\n                title\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.MyNotesDocument;
  "\n  mutation DeleteNote($id: ID!) {\n    deleteNote(id: $id)\n  }\n": typeof types.DeleteNoteDocument;
  "\n  fragment QuestionNotes on Question {\n    id\n    myProgress {\n      notes {\n        id\n        body\n        createdAt\n      }\n    }\n  }\n": typeof types.QuestionNotesFragmentDoc;
  "\n  mutation AddNote($input: AddNoteInput!) {\n    addNote(input: $input) {\n      id\n      body\n      createdAt\n      question {\n        id\n        myProgress {\n          notes {\n            id\n            body\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.AddNoteDocument;
  "\n  mutation SyncPractice($input: SyncPracticeInput!) {\n    syncPractice(input: $input) {\n      results {\n        idempotencyKey\n        outcome\n        message\n        question {\n          id\n          myProgress {\n            status\n            attempts\n            lastRating\n            nextReviewAt\n          }\n          role {\n            id\n            myProgress {\n              readiness\n              practicedCount\n              masteredCount\n              dueCount\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SyncPracticeDocument;
  "\n  fragment PracticeQuestion on Question {\n    id\n    myProgress {\n      status\n      attempts\n      lastRating\n      nextReviewAt\n    }\n  }\n": typeof types.PracticeQuestionFragmentDoc;
  "\n  mutation RecordPractice($input: RecordPracticeInput!) {\n    recordPractice(input: $input) {\n      question {\n        id\n        myProgress {\n          status\n          attempts\n          lastRating\n          nextReviewAt\n        }\n        role {\n          id\n          myProgress {\n            readiness\n            practicedCount\n            masteredCount\n            dueCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.RecordPracticeDocument;
  "\n  query ReviewQueue {\n    viewer {\n      id\n      streakDays\n      dueForReview(first: 20) {\n        ...ReviewItem\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument;
  "\n  fragment ReviewItem on Question {\n    id\n    prompt\n    answerTip\n    role {\n      id\n      slug\n      title\n    }\n    myProgress {\n      status\n      nextReviewAt\n    }\n    ...PracticeQuestion\n  }\n": typeof types.ReviewItemFragmentDoc;
  "\n  query Streak {\n    viewer {\n      id\n      streakDays\n    }\n  }\n": typeof types.StreakDocument;
  "\n  fragment CareerGuideSection on CareerGuide {\n    slug\n    title\n    summary\n    sections {\n      title\n      body\n    }\n  }\n": typeof types.CareerGuideSectionFragmentDoc;
  "\n  fragment GuideSections on InterviewGuide {\n    headline\n    intro\n    preparationTips {\n      title\n      body\n    }\n    commonMistakes {\n      title\n      body\n    }\n    interviewerFocus\n    smartQuestions\n    faqs {\n      question\n      answer\n    }\n  }\n": typeof types.GuideSectionsFragmentDoc;
  "\n  fragment LearningPathItem on LearningPath {\n    slug\n    title\n    description\n    roles {\n      id\n      slug\n      title\n    }\n  }\n": typeof types.LearningPathItemFragmentDoc;
  "\n  fragment QuestionItem on Question {\n    id\n    position\n    prompt\n    answerTip\n    type\n    topics {\n      slug\n      name\n    }\n    myProgress {\n      status\n      attempts\n      nextReviewAt\n    }\n    ...PracticeQuestion\n    ...QuestionNotes\n  }\n": typeof types.QuestionItemFragmentDoc;
  "\n  fragment RelatedGuide on Role {\n    id\n    slug\n    title\n    questionCount\n  }\n": typeof types.RelatedGuideFragmentDoc;
  "\n  query RolePage($slug: String!) {\n    role(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      questionCount\n      myProgress {\n        readiness\n        practicedCount\n        masteredCount\n        dueCount\n      }\n      questions(first: 50) {\n        edges {\n          node {\n            id\n            ...QuestionItem\n          }\n        }\n      }\n      guide {\n        headline\n        intro\n        ...GuideSections\n      }\n      relatedGuides {\n        role {\n          id\n          ...RelatedGuide\n        }\n      }\n      careerGuide {\n        ...CareerGuideSection\n      }\n    }\n    learningPaths {\n      slug\n      ...LearningPathItem\n    }\n  }\n": typeof types.RolePageDocument;
};
const documents: Documents = {
  "\n  query CatalogRoles($first: Int!, $after: String) {\n    roles(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          ...RoleCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n":
    types.CatalogRolesDocument,
  "\n  query CatalogSearch($query: String!, $type: QuestionType, $first: Int!, $after: String) {\n    searchQuestions(query: $query, type: $type, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          prompt\n          type\n          topics {\n            slug\n            name\n          }\n          role {\n            id\n            slug\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n":
    types.CatalogSearchDocument,
  "\n  fragment RoleCard on Role {\n    id\n    slug\n    title\n    summary\n    questionCount\n    topics {\n      slug\n      name\n    }\n  }\n":
    types.RoleCardFragmentDoc,
  "\n  query MyNotes($first: Int!, $after: String) {\n    viewer {\n      id\n      notes(first: $first, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n            body\n            createdAt\n            question {\n              id\n              prompt\n              role {\n                id\n                slug\n                title\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n":
    types.MyNotesDocument,
  "\n  mutation DeleteNote($id: ID!) {\n    deleteNote(id: $id)\n  }\n": types.DeleteNoteDocument,
  "\n  fragment QuestionNotes on Question {\n    id\n    myProgress {\n      notes {\n        id\n        body\n        createdAt\n      }\n    }\n  }\n":
    types.QuestionNotesFragmentDoc,
  "\n  mutation AddNote($input: AddNoteInput!) {\n    addNote(input: $input) {\n      id\n      body\n      createdAt\n      question {\n        id\n        myProgress {\n          notes {\n            id\n            body\n            createdAt\n          }\n        }\n      }\n    }\n  }\n":
    types.AddNoteDocument,
  "\n  mutation SyncPractice($input: SyncPracticeInput!) {\n    syncPractice(input: $input) {\n      results {\n        idempotencyKey\n        outcome\n        message\n        question {\n          id\n          myProgress {\n            status\n            attempts\n            lastRating\n            nextReviewAt\n          }\n          role {\n            id\n            myProgress {\n              readiness\n              practicedCount\n              masteredCount\n              dueCount\n            }\n          }\n        }\n      }\n    }\n  }\n":
    types.SyncPracticeDocument,
  "\n  fragment PracticeQuestion on Question {\n    id\n    myProgress {\n      status\n      attempts\n      lastRating\n      nextReviewAt\n    }\n  }\n":
    types.PracticeQuestionFragmentDoc,
  "\n  mutation RecordPractice($input: RecordPracticeInput!) {\n    recordPractice(input: $input) {\n      question {\n        id\n        myProgress {\n          status\n          attempts\n          lastRating\n          nextReviewAt\n        }\n        role {\n          id\n          myProgress {\n            readiness\n            practicedCount\n            masteredCount\n            dueCount\n          }\n        }\n      }\n    }\n  }\n":
    types.RecordPracticeDocument,
  "\n  query ReviewQueue {\n    viewer {\n      id\n      streakDays\n      dueForReview(first: 20) {\n        ...ReviewItem\n      }\n    }\n  }\n":
    types.ReviewQueueDocument,
  "\n  fragment ReviewItem on Question {\n    id\n    prompt\n    answerTip\n    role {\n      id\n      slug\n      title\n    }\n    myProgress {\n      status\n      nextReviewAt\n    }\n    ...PracticeQuestion\n  }\n":
    types.ReviewItemFragmentDoc,
  "\n  query Streak {\n    viewer {\n      id\n      streakDays\n    }\n  }\n": types.StreakDocument,
  "\n  fragment CareerGuideSection on CareerGuide {\n    slug\n    title\n    summary\n    sections {\n      title\n      body\n    }\n  }\n":
    types.CareerGuideSectionFragmentDoc,
  "\n  fragment GuideSections on InterviewGuide {\n    headline\n    intro\n    preparationTips {\n      title\n      body\n    }\n    commonMistakes {\n      title\n      body\n    }\n    interviewerFocus\n    smartQuestions\n    faqs {\n      question\n      answer\n    }\n  }\n":
    types.GuideSectionsFragmentDoc,
  "\n  fragment LearningPathItem on LearningPath {\n    slug\n    title\n    description\n    roles {\n      id\n      slug\n      title\n    }\n  }\n":
    types.LearningPathItemFragmentDoc,
  "\n  fragment QuestionItem on Question {\n    id\n    position\n    prompt\n    answerTip\n    type\n    topics {\n      slug\n      name\n    }\n    myProgress {\n      status\n      attempts\n      nextReviewAt\n    }\n    ...PracticeQuestion\n    ...QuestionNotes\n  }\n":
    types.QuestionItemFragmentDoc,
  "\n  fragment RelatedGuide on Role {\n    id\n    slug\n    title\n    questionCount\n  }\n":
    types.RelatedGuideFragmentDoc,
  "\n  query RolePage($slug: String!) {\n    role(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      questionCount\n      myProgress {\n        readiness\n        practicedCount\n        masteredCount\n        dueCount\n      }\n      questions(first: 50) {\n        edges {\n          node {\n            id\n            ...QuestionItem\n          }\n        }\n      }\n      guide {\n        headline\n        intro\n        ...GuideSections\n      }\n      relatedGuides {\n        role {\n          id\n          ...RelatedGuide\n        }\n      }\n      careerGuide {\n        ...CareerGuideSection\n      }\n    }\n    learningPaths {\n      slug\n      ...LearningPathItem\n    }\n  }\n":
    types.RolePageDocument,
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
  source: "\n  query CatalogRoles($first: Int!, $after: String) {\n    roles(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          ...RoleCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n",
): (typeof documents)["\n  query CatalogRoles($first: Int!, $after: String) {\n    roles(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          ...RoleCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CatalogSearch($query: String!, $type: QuestionType, $first: Int!, $after: String) {\n    searchQuestions(query: $query, type: $type, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          prompt\n          type\n          topics {\n            slug\n            name\n          }\n          role {\n            id\n            slug\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n",
): (typeof documents)["\n  query CatalogSearch($query: String!, $type: QuestionType, $first: Int!, $after: String) {\n    searchQuestions(query: $query, type: $type, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          prompt\n          type\n          topics {\n            slug\n            name\n          }\n          role {\n            id\n            slug\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment RoleCard on Role {\n    id\n    slug\n    title\n    summary\n    questionCount\n    topics {\n      slug\n      name\n    }\n  }\n",
): (typeof documents)["\n  fragment RoleCard on Role {\n    id\n    slug\n    title\n    summary\n    questionCount\n    topics {\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query MyNotes($first: Int!, $after: String) {\n    viewer {\n      id\n      notes(first: $first, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n            body\n            createdAt\n            question {\n              id\n              prompt\n              role {\n                id\n                slug\n                title\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query MyNotes($first: Int!, $after: String) {\n    viewer {\n      id\n      notes(first: $first, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n            body\n            createdAt\n            question {\n              id\n              prompt\n              role {\n                id\n                slug\n                title\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation DeleteNote($id: ID!) {\n    deleteNote(id: $id)\n  }\n",
): (typeof documents)["\n  mutation DeleteNote($id: ID!) {\n    deleteNote(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment QuestionNotes on Question {\n    id\n    myProgress {\n      notes {\n        id\n        body\n        createdAt\n      }\n    }\n  }\n",
): (typeof documents)["\n  fragment QuestionNotes on Question {\n    id\n    myProgress {\n      notes {\n        id\n        body\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation AddNote($input: AddNoteInput!) {\n    addNote(input: $input) {\n      id\n      body\n      createdAt\n      question {\n        id\n        myProgress {\n          notes {\n            id\n            body\n            createdAt\n          }\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation AddNote($input: AddNoteInput!) {\n    addNote(input: $input) {\n      id\n      body\n      createdAt\n      question {\n        id\n        myProgress {\n          notes {\n            id\n            body\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation SyncPractice($input: SyncPracticeInput!) {\n    syncPractice(input: $input) {\n      results {\n        idempotencyKey\n        outcome\n        message\n        question {\n          id\n          myProgress {\n            status\n            attempts\n            lastRating\n            nextReviewAt\n          }\n          role {\n            id\n            myProgress {\n              readiness\n              practicedCount\n              masteredCount\n              dueCount\n            }\n          }\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation SyncPractice($input: SyncPracticeInput!) {\n    syncPractice(input: $input) {\n      results {\n        idempotencyKey\n        outcome\n        message\n        question {\n          id\n          myProgress {\n            status\n            attempts\n            lastRating\n            nextReviewAt\n          }\n          role {\n            id\n            myProgress {\n              readiness\n              practicedCount\n              masteredCount\n              dueCount\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment PracticeQuestion on Question {\n    id\n    myProgress {\n      status\n      attempts\n      lastRating\n      nextReviewAt\n    }\n  }\n",
): (typeof documents)["\n  fragment PracticeQuestion on Question {\n    id\n    myProgress {\n      status\n      attempts\n      lastRating\n      nextReviewAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RecordPractice($input: RecordPracticeInput!) {\n    recordPractice(input: $input) {\n      question {\n        id\n        myProgress {\n          status\n          attempts\n          lastRating\n          nextReviewAt\n        }\n        role {\n          id\n          myProgress {\n            readiness\n            practicedCount\n            masteredCount\n            dueCount\n          }\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation RecordPractice($input: RecordPracticeInput!) {\n    recordPractice(input: $input) {\n      question {\n        id\n        myProgress {\n          status\n          attempts\n          lastRating\n          nextReviewAt\n        }\n        role {\n          id\n          myProgress {\n            readiness\n            practicedCount\n            masteredCount\n            dueCount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ReviewQueue {\n    viewer {\n      id\n      streakDays\n      dueForReview(first: 20) {\n        ...ReviewItem\n      }\n    }\n  }\n",
): (typeof documents)["\n  query ReviewQueue {\n    viewer {\n      id\n      streakDays\n      dueForReview(first: 20) {\n        ...ReviewItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment ReviewItem on Question {\n    id\n    prompt\n    answerTip\n    role {\n      id\n      slug\n      title\n    }\n    myProgress {\n      status\n      nextReviewAt\n    }\n    ...PracticeQuestion\n  }\n",
): (typeof documents)["\n  fragment ReviewItem on Question {\n    id\n    prompt\n    answerTip\n    role {\n      id\n      slug\n      title\n    }\n    myProgress {\n      status\n      nextReviewAt\n    }\n    ...PracticeQuestion\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Streak {\n    viewer {\n      id\n      streakDays\n    }\n  }\n",
): (typeof documents)["\n  query Streak {\n    viewer {\n      id\n      streakDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment CareerGuideSection on CareerGuide {\n    slug\n    title\n    summary\n    sections {\n      title\n      body\n    }\n  }\n",
): (typeof documents)["\n  fragment CareerGuideSection on CareerGuide {\n    slug\n    title\n    summary\n    sections {\n      title\n      body\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment GuideSections on InterviewGuide {\n    headline\n    intro\n    preparationTips {\n      title\n      body\n    }\n    commonMistakes {\n      title\n      body\n    }\n    interviewerFocus\n    smartQuestions\n    faqs {\n      question\n      answer\n    }\n  }\n",
): (typeof documents)["\n  fragment GuideSections on InterviewGuide {\n    headline\n    intro\n    preparationTips {\n      title\n      body\n    }\n    commonMistakes {\n      title\n      body\n    }\n    interviewerFocus\n    smartQuestions\n    faqs {\n      question\n      answer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment LearningPathItem on LearningPath {\n    slug\n    title\n    description\n    roles {\n      id\n      slug\n      title\n    }\n  }\n",
): (typeof documents)["\n  fragment LearningPathItem on LearningPath {\n    slug\n    title\n    description\n    roles {\n      id\n      slug\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment QuestionItem on Question {\n    id\n    position\n    prompt\n    answerTip\n    type\n    topics {\n      slug\n      name\n    }\n    myProgress {\n      status\n      attempts\n      nextReviewAt\n    }\n    ...PracticeQuestion\n    ...QuestionNotes\n  }\n",
): (typeof documents)["\n  fragment QuestionItem on Question {\n    id\n    position\n    prompt\n    answerTip\n    type\n    topics {\n      slug\n      name\n    }\n    myProgress {\n      status\n      attempts\n      nextReviewAt\n    }\n    ...PracticeQuestion\n    ...QuestionNotes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment RelatedGuide on Role {\n    id\n    slug\n    title\n    questionCount\n  }\n",
): (typeof documents)["\n  fragment RelatedGuide on Role {\n    id\n    slug\n    title\n    questionCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query RolePage($slug: String!) {\n    role(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      questionCount\n      myProgress {\n        readiness\n        practicedCount\n        masteredCount\n        dueCount\n      }\n      questions(first: 50) {\n        edges {\n          node {\n            id\n            ...QuestionItem\n          }\n        }\n      }\n      guide {\n        headline\n        intro\n        ...GuideSections\n      }\n      relatedGuides {\n        role {\n          id\n          ...RelatedGuide\n        }\n      }\n      careerGuide {\n        ...CareerGuideSection\n      }\n    }\n    learningPaths {\n      slug\n      ...LearningPathItem\n    }\n  }\n",
): (typeof documents)["\n  query RolePage($slug: String!) {\n    role(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      questionCount\n      myProgress {\n        readiness\n        practicedCount\n        masteredCount\n        dueCount\n      }\n      questions(first: 50) {\n        edges {\n          node {\n            id\n            ...QuestionItem\n          }\n        }\n      }\n      guide {\n        headline\n        intro\n        ...GuideSections\n      }\n      relatedGuides {\n        role {\n          id\n          ...RelatedGuide\n        }\n      }\n      careerGuide {\n        ...CareerGuideSection\n      }\n    }\n    learningPaths {\n      slug\n      ...LearningPathItem\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
