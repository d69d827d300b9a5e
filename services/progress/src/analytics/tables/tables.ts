import { sqlTable } from "@careergraph/db";
import {
  AnalyticsActivity,
  AnalyticsQuestionCell,
  AnalyticsRetention,
  AnalyticsRoleWeek,
  AnalyticsUnpublishedDay,
} from "./cells.entity";
import {
  AnalyticsLearner,
  AnalyticsLearnerPeriod,
  AnalyticsLearnerQuestion,
  AnalyticsLearnerRole,
} from "./learners.entity";

/** Every analytics table's entity, registered with the subgraph, in the order a rebuild fills them. */
export const ANALYTICS_ENTITIES = [
  AnalyticsLearner,
  AnalyticsRetention,
  AnalyticsLearnerPeriod,
  AnalyticsLearnerQuestion,
  AnalyticsLearnerRole,
  AnalyticsRoleWeek,
  AnalyticsQuestionCell,
  AnalyticsUnpublishedDay,
  AnalyticsActivity,
];

/** The analytics tables for raw SQL: names and columns come from the entities above. */
export const T = {
  learner: sqlTable(AnalyticsLearner),
  learnerPeriod: sqlTable(AnalyticsLearnerPeriod),
  learnerQuestion: sqlTable(AnalyticsLearnerQuestion),
  learnerRole: sqlTable(AnalyticsLearnerRole),
  retention: sqlTable(AnalyticsRetention),
  roleWeek: sqlTable(AnalyticsRoleWeek),
  cell: sqlTable(AnalyticsQuestionCell),
  unpublishedDay: sqlTable(AnalyticsUnpublishedDay),
  activity: sqlTable(AnalyticsActivity),
};
