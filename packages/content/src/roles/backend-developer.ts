import type { RolePack } from "../types";

export const backendDeveloper: RolePack = {
  slug: "backend-developer",
  title: "Backend Developer",
  summary:
    "Backend developers build and run the server-side systems behind an application — the APIs, databases, background jobs and integrations that keep data correct, secure and fast.",
  questions: [
    {
      prompt: "How do you design a RESTful API that is consistent, versioned, and well-documented?",
      answerTip:
        "Cover resource naming, HTTP verbs, status codes, pagination, versioning strategies, and auto-generated documentation with OpenAPI.",
      type: "TECHNICAL",
      topics: ["api-design"],
    },
    {
      prompt: "Describe your approach to database schema design for a new feature.",
      answerTip:
        "Discuss normalization, indexing strategy, migration planning, and how you balance read versus write performance.",
      type: "TECHNICAL",
      topics: ["data-modeling", "databases"],
    },
    {
      prompt: "How do you handle authentication and authorization in a backend system?",
      answerTip:
        "Cover JWT, OAuth 2.0, RBAC, session management, and how you protect against common attacks like token theft and privilege escalation.",
      type: "TECHNICAL",
      topics: ["security", "api-design"],
    },
    {
      prompt:
        "Tell me about a time you identified and resolved a performance bottleneck in a backend service.",
      answerTip:
        "Walk through your profiling approach, the root cause, the fix, and the before-after performance metrics.",
      type: "BEHAVIORAL",
      topics: ["performance", "problem-solving"],
    },
    {
      prompt: "How do you design a system to handle high concurrency?",
      answerTip:
        "Discuss thread pools, async processing, connection pooling, database locking strategies, and load testing approaches.",
      type: "TECHNICAL",
      topics: ["system-design", "performance", "distributed-systems"],
    },
    {
      prompt: "What is your approach to error handling and logging in backend services?",
      answerTip:
        "Cover structured logging, error classification, centralized log aggregation, and correlation IDs for request tracing.",
      type: "TECHNICAL",
      topics: ["observability"],
    },
    {
      prompt: "How do you implement caching effectively? What are the common pitfalls?",
      answerTip:
        "Discuss cache invalidation strategies, TTLs, cache-aside versus write-through patterns, and cache stampede prevention.",
      type: "TECHNICAL",
      topics: ["caching", "performance"],
    },
    {
      prompt: "Describe your experience with message queues and event-driven architectures.",
      answerTip:
        "Name specific tools (Kafka, RabbitMQ, SQS) and explain use cases like decoupling services, event sourcing, or async processing.",
      type: "BEHAVIORAL",
      topics: ["messaging", "distributed-systems"],
    },
    {
      prompt: "How do you approach data migration between different database systems?",
      answerTip:
        "Cover planning, dual-write strategies, data validation, rollback plans, and how you handle the cutover with minimal downtime.",
      type: "TECHNICAL",
      topics: ["databases", "data-modeling"],
    },
    {
      prompt: "What strategies do you use to ensure data consistency in distributed systems?",
      answerTip:
        "Discuss the CAP theorem, saga patterns, eventual consistency, idempotency, and distributed transactions with practical examples.",
      type: "TECHNICAL",
      topics: ["distributed-systems", "databases"],
    },
    {
      prompt: "How do you design background job processing systems?",
      answerTip:
        "Cover job queues, retry with exponential backoff, dead letter queues, idempotency, and monitoring for job failures.",
      type: "TECHNICAL",
      topics: ["messaging", "system-design"],
    },
    {
      prompt: "Describe your approach to API rate limiting and throttling.",
      answerTip:
        "Discuss algorithms (token bucket, leaky bucket), per-client limits, graceful degradation, and communicating limits to API consumers.",
      type: "TECHNICAL",
      topics: ["api-design", "performance", "security"],
    },
    {
      prompt: "How do you write database queries that scale well?",
      answerTip:
        "Cover query planning, index usage, avoiding N+1 queries, pagination strategies, and when to denormalize for read performance.",
      type: "TECHNICAL",
      topics: ["databases", "performance"],
    },
    {
      prompt: "What is your experience with GraphQL versus REST? When would you choose one over the other?",
      answerTip:
        "Compare flexibility, caching, tooling maturity, and performance characteristics. Show you choose based on use case, not hype.",
      type: "TECHNICAL",
      topics: ["api-design"],
    },
    {
      prompt: "How do you secure a backend application against common vulnerabilities?",
      answerTip:
        "Cover OWASP Top 10: SQL injection, XSS, CSRF, insecure deserialization, and how you implement defense-in-depth.",
      type: "TECHNICAL",
      topics: ["security"],
    },
    {
      prompt:
        "Describe your experience with microservices architecture. What are the operational challenges?",
      answerTip:
        "Discuss service discovery, distributed tracing, data ownership, deployment complexity, and when a monolith is actually better.",
      type: "BEHAVIORAL",
      topics: ["distributed-systems", "system-design", "devops"],
    },
  ],
  guide: {
    headline: "Backend Developer Interview Questions & Answers",
    intro:
      "Prepare for your Backend Developer interview with 16 real questions asked by hiring managers — each with expert tips to help you craft standout answers.",
    preparationTips: [
      {
        title: "Research the company thoroughly",
        body: "Understand the company's products, culture, recent news, and how Backend Developer roles contribute to their mission. Tailor your answers to show alignment.",
      },
      {
        title: "Practice the STAR method",
        body: "Structure behavioral answers with Situation, Task, Action, and Result. Prepare 5–8 stories that showcase different strengths you can adapt to various questions.",
      },
      {
        title: "Review role-specific skills",
        body: "Brush up on the core competencies expected of a Backend Developer. Be ready to demonstrate your expertise with concrete examples from your experience.",
      },
      {
        title: "Do mock interviews",
        body: "Practice answering questions out loud — with a friend, mentor, or AI interview prep tool. Recording yourself helps you identify filler words and improve delivery.",
      },
    ],
    commonMistakes: [
      {
        title: "Giving vague, generic answers",
        body: 'Interviewers want specifics. Instead of "I\'m a team player," describe a specific project where your collaboration led to a measurable outcome.',
      },
      {
        title: "Not asking questions back",
        body: "Failing to ask thoughtful questions signals low interest. Prepare 3–5 questions about the team, challenges, and growth opportunities.",
      },
      {
        title: 'Ignoring the "why" behind your decisions',
        body: "Don't just describe what you did — explain your reasoning. Interviewers assess your thought process as much as your results.",
      },
      {
        title: "Underestimating cultural fit questions",
        body: "Technical skills get you in the door, but cultural alignment closes the deal. Be authentic and show how your values align with the company's.",
      },
    ],
    interviewerFocus: [
      "Whether you can explain Backend Developer decisions clearly under pressure.",
      "How well you connect specific experience to the company’s current needs.",
      "Whether your examples show judgment, ownership, and measurable outcomes.",
    ],
    smartQuestions: [
      "What separates the strongest Backend Developer candidates from the average ones here?",
      "What would success look like in the first 90 days for this Backend Developer role?",
      "Which skills or behaviors matter most for this team beyond the job description?",
    ],
    faqs: [
      {
        question: "How many questions should I prepare for a Backend Developer interview?",
        answer:
          "You should be comfortable answering at least 15–20 common questions. We recommend practicing all 16 questions on this page, as they cover the behavioral, technical, and situational categories most interviewers draw from.",
      },
      {
        question: "What types of questions are asked in Backend Developer interviews?",
        answer:
          "Backend Developer interviews typically include behavioral questions (teamwork, leadership, conflict), technical questions specific to the role's core skills, and situational questions that test your problem-solving approach under realistic constraints.",
      },
      {
        question: "How can I practice Backend Developer interview questions?",
        answer:
          "Start by reviewing each question and drafting your answers using the STAR method. Then practice out loud — ideally with a friend or using an AI interview prep tool, which gives you real-time feedback on your responses.",
      },
      {
        question: "What is the best way to answer behavioral interview questions?",
        answer:
          "Use the STAR method: describe the Situation, the Task you were responsible for, the Action you took, and the Result you achieved. Be specific, quantify results when possible, and keep your answers under two minutes.",
      },
      {
        question: "How long should I spend preparing for a Backend Developer interview?",
        answer:
          "Plan for at least one to two weeks of active preparation. Spend time reviewing common questions, researching the company, practicing your answers out loud, and doing at least two mock interviews before the real thing.",
      },
    ],
  },
  relatedRoleSlugs: ["software-engineer", "full-stack-developer", "devops-engineer", "data-engineer"],
  careerGuide: {
    slug: "backend-developer-career-guide",
    title: "Backend Developer Career Guide",
    summary:
      "A practical overview of what backend developers do, the skills the role demands, and how careers in backend development typically grow. Use it to plan your next step, whether you are breaking in or moving toward senior and staff roles.",
    sections: [
      {
        title: "What a Backend Developer Does",
        body: "Backend developers build the parts of a product that users never see but always depend on: the APIs that clients call, the services that apply business rules, the databases that store state, and the background jobs and integrations that move data between systems. Day to day, the work ranges from designing endpoints and schemas to writing and reviewing code, tuning slow queries, handling production incidents, and collaborating with frontend, mobile, product and operations colleagues so that features ship reliably and keep working under real traffic.",
      },
      {
        title: "Core Skills",
        body: "Strong backend developers are fluent in at least one server-side language such as Java, Go, Python, C#, Node.js or Ruby, and understand relational databases deeply, including indexing, transactions and query plans. They design clear, versioned APIs, know how authentication and authorization work, and apply secure coding practices by default. Beyond that, they are comfortable with caching, message queues, concurrency and the basics of distributed systems, and they write automated tests and add logging, metrics and tracing so their services can be understood in production. Communication matters as much as code: explaining trade-offs to non-specialists is part of the job.",
      },
      {
        title: "Career Progression",
        body: "Most backend developers start as junior engineers working on well-scoped tasks inside an existing service, then grow into mid-level engineers who own features end to end. Senior engineers take responsibility for the design and health of whole services, mentor others and lead technical decisions for their team. From there, the path usually splits: a technical track toward staff, principal or architect roles that shape systems across many teams, or a management track toward engineering manager and beyond. Many backend developers also move sideways into adjacent specialisms such as platform engineering, site reliability, data engineering or security.",
      },
      {
        title: "Market Outlook and Compensation",
        body: "Nearly every digital product needs a reliable backend, so demand for backend developers is broad and spans startups, established software companies and traditional businesses modernizing their systems. Compensation generally rises with experience, scope and responsibility, and varies widely by location, industry and company size; engineers with proven experience in distributed systems, cloud platforms, security or high-scale data tend to command a premium. Rather than chasing a single number, compare offers on total compensation, growth opportunities and the quality of the engineering culture.",
      },
      {
        title: "How to Break In",
        body: "Build and deploy a few real projects that go beyond tutorials: an API with authentication, a relational database with migrations, automated tests, and a simple deployment pipeline to a cloud provider. Put the code on a public repository with a clear README explaining your design decisions. Contribute to open-source projects or internal tools to get experience reading and changing code written by others. Study the fundamentals that interviews probe, such as data structures, SQL, HTTP and basic system design, and practice explaining your reasoning out loud. Internships, apprenticeships and junior roles in adjacent teams are all valid entry points.",
      },
    ],
  },
};
