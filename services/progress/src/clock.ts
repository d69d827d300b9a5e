/** The service's clock: practices are scheduled and due reviews judged by it; tests pass their own. */
export type Clock = () => Date;
