import type { LearningPathContent } from "./types";

export const learningPaths: LearningPathContent[] = [
  {
    slug: "software-engineering-foundations",
    title: "Software Engineering Foundations",
    description:
      "Start with general software engineering fundamentals, then build breadth across the web stack and depth in server-side systems.",
    roleSlugs: ["software-engineer", "full-stack-developer", "backend-developer"],
  },
  {
    slug: "backend-to-platform",
    title: "From Backend to Platform Engineering",
    description:
      "Move from building backend services to running the pipelines, infrastructure and reliability practices that every service depends on.",
    roleSlugs: ["backend-developer", "devops-engineer"],
  },
  {
    slug: "data-career-track",
    title: "Data Career Track",
    description:
      "Grow from core engineering skills and server-side data work into designing the pipelines and models behind analytics and machine learning.",
    roleSlugs: ["software-engineer", "backend-developer", "data-engineer"],
  },
  {
    slug: "full-stack-to-devops",
    title: "From Full-Stack Delivery to DevOps",
    description:
      "Take the end-to-end ownership of a full-stack developer into the automation, deployment and operations work of a DevOps engineer.",
    roleSlugs: ["full-stack-developer", "devops-engineer"],
  },
];
