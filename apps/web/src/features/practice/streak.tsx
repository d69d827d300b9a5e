import { useQuery } from "@apollo/client/react";
import { graphql } from "@careergraph/client/web";

const StreakQuery = graphql(`
  query Streak {
    viewer {
      id
      streakDays
    }
  }
`);

/** The learner's streak: consecutive days with a practice. */
export function Streak() {
  const { data } = useQuery(StreakQuery);
  const days = data?.viewer?.streakDays;
  if (days === undefined) return null;
  return (
    <span className="streak" aria-label={`Streak: ${days} ${days === 1 ? "day" : "days"}`}>
      🔥 {days}
    </span>
  );
}
