import type { RolePack } from "../types";

export const softwareEngineer: RolePack = {
  slug: "software-engineer",
  title: "Software Engineer",
  summary:
    "Software engineers design, build, test and maintain software systems, turning product requirements into reliable, well-structured code that teams can evolve over time.",
  questions: [
    {
      prompt: "How do you decide which data structure to use when solving a new problem?",
      answerTip:
        "Discuss access patterns, time and space complexity trade-offs, and give a concrete example where switching structures (say, a list to a hash map) changed the outcome.",
      type: "TECHNICAL",
      topics: ["algorithms", "problem-solving"],
    },
    {
      prompt: "Explain the difference between a process and a thread, and when you would use each.",
      answerTip:
        "Cover memory isolation, context-switch cost, shared state and synchronization, and relate it to a real concurrency problem you have solved.",
      type: "TECHNICAL",
      topics: ["performance", "system-design"],
    },
    {
      prompt: "How do you approach writing tests for a piece of code you just built?",
      answerTip:
        "Walk through the testing pyramid, what you unit-test versus integration-test, how you pick edge cases, and how you keep tests fast and deterministic.",
      type: "TECHNICAL",
      topics: ["testing"],
    },
    {
      prompt: "Tell me about a time you disagreed with a teammate on a technical decision.",
      answerTip:
        "Focus on how you gathered evidence, listened to the other view, and reached a decision the team could commit to — and what the outcome taught you.",
      type: "BEHAVIORAL",
      topics: ["teamwork", "communication"],
    },
    {
      prompt: "How would you design a URL shortening service?",
      answerTip:
        "Cover key generation, storage choice, caching for a read-heavy workload, redirect latency, and how the design changes as traffic grows by orders of magnitude.",
      type: "TECHNICAL",
      topics: ["system-design", "databases", "caching"],
    },
    {
      prompt: "What makes code maintainable, and how do you encourage that on a team?",
      answerTip:
        "Discuss naming, small cohesive modules, clear boundaries, automated linting and tests, and code review norms that catch problems without slowing delivery.",
      type: "TECHNICAL",
      topics: ["testing", "teamwork"],
    },
    {
      prompt: "Walk me through how you debug an issue you cannot reproduce locally.",
      answerTip:
        "Explain how you gather evidence from logs, metrics, and traces, form hypotheses, narrow the search space, and confirm the fix in production.",
      type: "TECHNICAL",
      topics: ["problem-solving", "observability"],
    },
    {
      prompt: "How do you analyze the time and space complexity of your code?",
      answerTip:
        "Walk through Big-O for loops, recursion, and common data structures, and mention when constant factors or memory limits matter more than asymptotic complexity.",
      type: "TECHNICAL",
      topics: ["algorithms", "performance"],
    },
    {
      prompt: "Tell me about a time you led a project from idea to production.",
      answerTip:
        "Pick a project with real stakes, separate your contribution from the team's, and close with measurable impact and what you would do differently next time.",
      type: "BEHAVIORAL",
      topics: ["leadership", "communication"],
    },
    {
      prompt:
        "You are asked to ship a feature by Friday, but on Wednesday you discover the design will not scale. What do you do?",
      answerTip:
        "Show how you quantify the risk, present options with trade-offs to stakeholders early, and propose a path that meets the deadline without hiding technical debt.",
      type: "SITUATIONAL",
      topics: ["communication", "problem-solving", "system-design"],
    },
    {
      prompt: "How do you approach refactoring a large legacy codebase with few tests?",
      answerTip:
        "Cover characterization tests, incremental changes behind stable interfaces, the strangler fig pattern, and how you prioritize the riskiest areas first.",
      type: "TECHNICAL",
      topics: ["testing", "problem-solving"],
    },
    {
      prompt: "What is your process for reviewing someone else's code?",
      answerTip:
        "Discuss what you look for first (correctness, design, tests), how you phrase feedback constructively, and how you keep reviews small and fast.",
      type: "TECHNICAL",
      topics: ["teamwork", "communication"],
    },
    {
      prompt: "How do you prevent and diagnose concurrency bugs such as race conditions and deadlocks?",
      answerTip:
        "Cover locks, atomic operations, immutability, consistent lock ordering, and how you detect these bugs with stress tests, race detectors, or careful review.",
      type: "TECHNICAL",
      topics: ["distributed-systems", "performance"],
    },
    {
      prompt: "Tell me about a time you had to learn a new technology quickly to deliver a project.",
      answerTip:
        "Describe how you found the right resources, built a small prototype to learn fast, and managed the risk of running an unfamiliar tool in production.",
      type: "BEHAVIORAL",
      topics: ["problem-solving"],
    },
    {
      prompt: "How do you design a clean interface between two modules or services?",
      answerTip:
        "Discuss information hiding, stable contracts, versioning, error semantics, and how you avoid leaking implementation details across the boundary.",
      type: "TECHNICAL",
      topics: ["api-design", "system-design"],
    },
    {
      prompt: "A production incident is traced to a change you merged yesterday. How do you handle it?",
      answerTip:
        "Cover immediate mitigation such as a rollback, clear communication with the on-call team, a blameless post-incident review, and the safeguards you add afterward.",
      type: "SITUATIONAL",
      topics: ["incident-response", "communication"],
    },
    {
      prompt: "How does working with continuous integration and delivery change the way you write code?",
      answerTip:
        "Explain how small commits, feature flags, automated tests, and fast pipelines let you ship frequently and roll back safely.",
      type: "TECHNICAL",
      topics: ["ci-cd", "testing"],
    },
    {
      prompt:
        "Your team inherits a service with no documentation and the original authors have left. How do you get productive?",
      answerTip:
        "Walk through reading the code from its entry points, tracing real requests, writing down what you learn, and adding tests and docs as you go.",
      type: "SITUATIONAL",
      topics: ["problem-solving", "communication", "observability"],
    },
  ],
  guide: {
    headline: "Software Engineer Interview Questions & Answers",
    intro:
      "Prepare for your Software Engineer interview with 18 questions covering coding fundamentals, system design, collaboration and real-world judgment — each with a focused tip on what a strong answer includes.",
    preparationTips: [
      {
        title: "Refresh your fundamentals",
        body: "Review core data structures, algorithms and complexity analysis until you can reason about them out loud. Most coding rounds reward clear thinking about trade-offs more than memorized tricks.",
      },
      {
        title: "Practice coding without an IDE",
        body: "Solve problems in a plain editor or on a whiteboard, narrating your approach as you go. Start with a simple working solution, test it with edge cases, then optimize.",
      },
      {
        title: "Prepare a system design framework",
        body: "Have a repeatable approach: clarify requirements, estimate scale, sketch the main components, then dive into storage, caching and failure modes. Practice on common systems until the structure feels natural.",
      },
      {
        title: "Collect stories from your own work",
        body: "Pick five or six projects that show ownership, collaboration, recovering from mistakes and delivering under constraints. Know the technical details and the measurable results of each.",
      },
    ],
    commonMistakes: [
      {
        title: "Jumping into code too quickly",
        body: "Starting to type before clarifying the problem often leads to solving the wrong thing. Restate the problem, confirm inputs and constraints, and agree on an approach first.",
      },
      {
        title: "Staying silent while thinking",
        body: "Interviewers can only assess the reasoning they hear. Talk through your options, even the ones you reject, so they can follow and guide you.",
      },
      {
        title: "Skipping testing and edge cases",
        body: "A solution that fails on empty input or large values signals carelessness. Walk through a few test cases, including boundaries, before declaring you are done.",
      },
      {
        title: "Overengineering the design",
        body: "Adding every buzzword technology to a design question hides your judgment. Start simple, then scale the design only where the requirements demand it, and explain why.",
      },
    ],
    interviewerFocus: [
      "Whether you can break an ambiguous problem into clear, testable steps.",
      "How you weigh trade-offs in correctness, performance and maintainability.",
      "Whether you collaborate well and take ownership when things go wrong.",
    ],
    smartQuestions: [
      "How does the team balance shipping new features against paying down technical debt?",
      "What does the code review and deployment process look like from commit to production?",
      "What kind of problems would I be working on in my first six months?",
    ],
    faqs: [
      {
        question: "How many questions should I prepare for a Software Engineer interview?",
        answer:
          "Work through all 18 questions on this page and aim to be comfortable with 20 or more common questions overall. Balance behavioral stories, coding and design topics, and a few situational scenarios so no round catches you off guard.",
      },
      {
        question: "What types of questions are asked in Software Engineer interviews?",
        answer:
          "Expect coding problems focused on data structures and algorithms, system design questions for mid-level and senior roles, behavioral questions about teamwork and ownership, and situational questions about deadlines, incidents and trade-offs.",
      },
      {
        question: "How should I approach a coding question I have not seen before?",
        answer:
          "Clarify the requirements, work through a small example by hand, and describe a brute-force solution before optimizing. Keep talking through your reasoning and test your code against edge cases at the end.",
      },
      {
        question: "How important is system design for a Software Engineer interview?",
        answer:
          "It becomes more important with seniority. Junior candidates may get a light design discussion, while senior candidates are often judged heavily on how they scope requirements, choose components and reason about scale and failure.",
      },
      {
        question: "How long should I spend preparing for a Software Engineer interview?",
        answer:
          "Most candidates benefit from two to six weeks of steady practice, depending on how recently they have interviewed. Spread the time across coding practice, system design, behavioral stories and at least a couple of mock interviews.",
      },
    ],
  },
  relatedRoleSlugs: ["backend-developer", "full-stack-developer", "devops-engineer", "data-engineer"],
  careerGuide: {
    slug: "software-engineer-career-guide",
    title: "Software Engineer Career Guide",
    summary:
      "An overview of the software engineer role, the skills that matter most, and the paths a career in software engineering can take. It covers how the field rewards growth and how newcomers can get their first role.",
    sections: [
      {
        title: "What a Software Engineer Does",
        body: "Software engineers turn ideas and requirements into working software. Depending on the team, that might mean building user-facing features, internal tools, backend services, mobile apps or embedded systems. The work goes well beyond writing code: engineers clarify requirements with product partners, design solutions, review each other's changes, write tests, monitor what they ship and fix problems when they appear. Good engineers think about the whole life of the code, knowing that someone will have to read, change and operate it long after the first release.",
      },
      {
        title: "Core Skills",
        body: "The foundation is strong programming ability in one or more languages, a working knowledge of data structures and algorithms, and the habit of writing clean, tested code. Engineers also need to understand version control, debugging, basic networking and databases, and how software is built, deployed and monitored. As they grow, system design, performance analysis and security awareness become increasingly important. Equally valuable are the soft skills: writing clear design documents, giving and receiving code review feedback, estimating work honestly and collaborating across functions.",
      },
      {
        title: "Career Progression",
        body: "A typical path runs from junior or associate engineer through mid-level and senior engineer, with each step bringing more autonomy and wider scope, from individual tasks to whole features and then entire systems. Beyond senior, engineers often choose between a technical leadership track, such as staff and principal engineer, and a people leadership track, such as engineering manager and director. Many also specialize along the way in areas like backend, frontend, mobile, infrastructure, data, machine learning or security, and it is common to move between specialties over a career.",
      },
      {
        title: "Market Outlook and Compensation",
        body: "Software is central to almost every industry, so software engineers are employed far beyond traditional technology companies, including in finance, healthcare, retail, manufacturing and government. Hiring demand moves with the wider economy, but the long-term need for people who can build and maintain software remains strong. Pay tends to grow significantly with experience and scope, and differs by region, industry and company stage; equity and bonuses can make up a meaningful share of total compensation at some employers, so compare complete offers rather than base salary alone.",
      },
      {
        title: "How to Break In",
        body: "Common entry routes include a computer science or related degree, a coding bootcamp, or self-teaching backed by a strong portfolio. Whatever the route, build a few substantial projects, publish the code, and be ready to explain your design choices. Practice coding interview problems regularly, learn the basics of system design, and get comfortable with Git and collaborative workflows. Internships, open-source contributions, hackathons and apprenticeships provide real experience and references that make a first application far more compelling.",
      },
    ],
  },
};
