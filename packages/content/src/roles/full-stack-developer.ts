import type { RolePack } from "../types";

export const fullStackDeveloper: RolePack = {
  slug: "full-stack-developer",
  title: "Full-Stack Developer",
  summary:
    "Full-stack developers build features across the whole web application — from the database and server-side APIs to the user interface in the browser.",
  questions: [
    {
      prompt: "How do you decide what logic belongs on the client versus the server?",
      answerTip:
        "Discuss security boundaries, validation on both sides, latency and offline needs, and keeping business rules in one authoritative place.",
      type: "TECHNICAL",
      topics: ["frontend", "api-design", "security"],
    },
    {
      prompt:
        "Walk me through what happens from the moment a user types a URL until the page is interactive.",
      answerTip:
        "Cover DNS, TLS, the HTTP request, server rendering or API calls, HTML parsing, the critical rendering path, and JavaScript hydration.",
      type: "TECHNICAL",
      topics: ["frontend", "networking", "performance"],
    },
    {
      prompt: "How do you manage state in a large frontend application?",
      answerTip:
        "Compare local component state, global stores, and server-state caching libraries, and explain how you avoid duplicated or stale data.",
      type: "TECHNICAL",
      topics: ["frontend"],
    },
    {
      prompt: "How do you design an API that serves both a web app and a mobile app?",
      answerTip:
        "Discuss payload size, versioning for clients you cannot force to update, backend-for-frontend patterns, and when GraphQL helps.",
      type: "TECHNICAL",
      topics: ["api-design", "system-design"],
    },
    {
      prompt: "What techniques do you use to improve page load performance?",
      answerTip:
        "Cover code splitting, lazy loading, image optimization, CDN caching, and measuring Core Web Vitals before and after each change.",
      type: "TECHNICAL",
      topics: ["performance", "frontend", "caching"],
    },
    {
      prompt: "How do you protect a web application against XSS and CSRF attacks?",
      answerTip:
        "Explain output encoding, Content Security Policy, SameSite cookies, anti-CSRF tokens, and why you never trust input from the browser.",
      type: "TECHNICAL",
      topics: ["security", "frontend"],
    },
    {
      prompt: "Tell me about a time you shipped a feature end to end, from database to UI.",
      answerTip:
        "Walk through the schema change, API, and interface you built, how you coordinated the pieces, and how you verified the feature worked for real users.",
      type: "BEHAVIORAL",
      topics: ["system-design", "databases", "frontend"],
    },
    {
      prompt: "How do you approach testing across the full stack?",
      answerTip:
        "Discuss unit tests for logic, contract or integration tests for APIs, a small set of end-to-end tests for critical flows, and how you keep them reliable.",
      type: "TECHNICAL",
      topics: ["testing"],
    },
    {
      prompt: "How do you make a web application accessible?",
      answerTip:
        "Cover semantic HTML, keyboard navigation, ARIA used sparingly, color contrast, and testing with screen readers and automated audits.",
      type: "TECHNICAL",
      topics: ["accessibility", "frontend"],
    },
    {
      prompt: "How do you handle authentication in a single-page application?",
      answerTip:
        "Compare cookie-based sessions with token storage, discuss refresh flows and logout, and explain how you avoid exposing tokens to malicious scripts.",
      type: "TECHNICAL",
      topics: ["security", "api-design"],
    },
    {
      prompt:
        "A page that loads quickly in development takes eight seconds in production. How do you investigate?",
      answerTip:
        "Show how you separate network, server, and rendering time using browser dev tools, real-user monitoring, and backend traces before changing anything.",
      type: "SITUATIONAL",
      topics: ["performance", "observability", "problem-solving"],
    },
    {
      prompt: "Tell me about a time you had to balance design requirements against technical constraints.",
      answerTip:
        "Describe how you explained the constraint to designers or product managers, offered alternatives, and reached a result both sides were happy with.",
      type: "BEHAVIORAL",
      topics: ["communication", "teamwork"],
    },
    {
      prompt: "How do you share types and validation logic between the frontend and the backend?",
      answerTip:
        "Discuss monorepos, shared packages, schema-first contracts with OpenAPI or GraphQL code generation, and how you version shared code safely.",
      type: "TECHNICAL",
      topics: ["api-design", "frontend"],
    },
    {
      prompt:
        "Product asks for real-time updates on a dashboard by next sprint. How do you decide on an approach?",
      answerTip:
        "Compare polling, server-sent events, and WebSockets against the update frequency, scale, and infrastructure you have, and recommend the simplest option that meets the need.",
      type: "SITUATIONAL",
      topics: ["system-design", "messaging", "frontend"],
    },
    {
      prompt: "How do you roll out a database schema change without breaking the running application?",
      answerTip:
        "Cover backward-compatible expand-and-contract migrations, deploying code and schema changes in separate steps, and rehearsing the rollback.",
      type: "TECHNICAL",
      topics: ["databases", "ci-cd"],
    },
  ],
  guide: {
    headline: "Full-Stack Developer Interview Questions & Answers",
    intro:
      "Prepare for your Full-Stack Developer interview with 15 questions spanning the browser, the API layer and the database — each with a concise tip on what interviewers want to hear.",
    preparationTips: [
      {
        title: "Review both ends of the stack",
        body: "Refresh your knowledge of the frontend framework and the backend language the company uses, plus SQL and HTTP fundamentals. Expect questions that jump between layers in a single conversation.",
      },
      {
        title: "Prepare an end-to-end project walkthrough",
        body: "Choose one feature you built from database to UI and be ready to explain every layer: the schema, the API contract, the state management and how it was tested and deployed.",
      },
      {
        title: "Brush up on web security and performance",
        body: "Be ready to discuss authentication flows, common browser vulnerabilities and how you diagnose a slow page. These topics come up in almost every full-stack interview.",
      },
      {
        title: "Practice a take-home style build",
        body: "Many companies use a small build exercise. Practice scaffolding a simple app with an API, persistence and a clean UI in a few hours, including tests and a short README.",
      },
    ],
    commonMistakes: [
      {
        title: "Going deep on one layer only",
        body: "Candidates who only talk about the frontend or only about the backend undersell themselves. Show that you understand how choices in one layer affect the others.",
      },
      {
        title: "Ignoring accessibility and user experience",
        body: "Treating the UI as an afterthought is a red flag for a full-stack role. Mention loading states, error handling and accessibility when you describe your work.",
      },
      {
        title: "Hand-waving security",
        body: "Saying the framework handles security is not enough. Explain where validation happens, how sessions or tokens are protected and how you defend against common attacks.",
      },
      {
        title: "Listing technologies instead of decisions",
        body: "A long list of frameworks says little about your judgment. Explain why you chose a tool for a specific problem and what you would choose differently today.",
      },
    ],
    interviewerFocus: [
      "Whether you can reason across frontend, backend and data layers at once.",
      "How you balance user experience, delivery speed and code quality.",
      "Whether you can own a feature end to end and communicate clearly about it.",
    ],
    smartQuestions: [
      "How is work split between frontend and backend here, and how much do engineers move between them?",
      "What does the path from a design mockup to a shipped feature look like on this team?",
      "Which part of the current stack causes the team the most friction today?",
    ],
    faqs: [
      {
        question: "How many questions should I prepare for a Full-Stack Developer interview?",
        answer:
          "Practice all 15 questions on this page and prepare for related follow-ups. Make sure your preparation covers frontend, backend, databases, security and at least a few behavioral and situational stories.",
      },
      {
        question: "What types of questions are asked in Full-Stack Developer interviews?",
        answer:
          "Expect a mix of frontend questions about rendering, state and accessibility, backend questions about APIs and databases, security and performance topics, behavioral questions about collaboration, and situational questions about delivering features under constraints.",
      },
      {
        question: "Do I need to be an expert in both frontend and backend?",
        answer:
          "Most teams expect solid competence across the stack with deeper strength in one area. Be honest about where you are strongest, and show that you can work productively and learn quickly on the other side.",
      },
      {
        question: "Which technologies should I focus on before a Full-Stack Developer interview?",
        answer:
          "Prioritize the stack listed in the job description, then the fundamentals that transfer everywhere: JavaScript or TypeScript, HTTP, SQL, authentication, testing and basic deployment. Fundamentals usually matter more than any single framework.",
      },
      {
        question: "How long should I spend preparing for a Full-Stack Developer interview?",
        answer:
          "Plan for one to three weeks of focused preparation. Split the time between reviewing both layers of the stack, building or revisiting a small end-to-end project, and practicing your answers out loud.",
      },
    ],
  },
  relatedRoleSlugs: ["backend-developer", "software-engineer", "devops-engineer", "data-engineer"],
  careerGuide: {
    slug: "full-stack-developer-career-guide",
    title: "Full-Stack Developer Career Guide",
    summary:
      "A guide to the full-stack developer role, covering what the job involves, the skills it requires and where it can lead. It also explains how to build the breadth that full-stack teams look for.",
    sections: [
      {
        title: "What a Full-Stack Developer Does",
        body: "Full-stack developers work on every layer of a web application. In a single week they might design a database table, build the API that exposes it, create the interface that users interact with, and set up the deployment that ships it. They are especially valuable in small teams and startups, where one person often needs to take a feature from idea to production, and in larger organizations where cross-cutting features touch both the client and the server. Their breadth lets them spot problems at the boundaries between layers that specialists can miss.",
      },
      {
        title: "Core Skills",
        body: "On the frontend, full-stack developers need HTML, CSS and JavaScript or TypeScript, along with a modern framework and an understanding of rendering, state management, accessibility and browser performance. On the backend, they need a server-side language, API design, authentication, and solid SQL and data modeling. Supporting skills include testing at every level, Git, basic cloud and container deployment, and web security. Just as important is the ability to choose sensible defaults and keep a growing codebase coherent across layers.",
      },
      {
        title: "Career Progression",
        body: "Early-career full-stack developers usually work on well-defined features with guidance from senior teammates. With experience they take on larger features, make architectural decisions and mentor others. Senior full-stack developers often become tech leads for product teams because they understand the whole system. Over time, many choose to specialize more deeply in frontend, backend or platform work, while others move toward product-focused leadership, engineering management or founding roles where broad technical skills are a strong advantage.",
      },
      {
        title: "Market Outlook and Compensation",
        body: "Full-stack skills are in steady demand, particularly at startups, agencies and product companies that value engineers who can deliver complete features. Compensation is generally comparable to other software engineering roles at the same level and grows with experience and responsibility, while varying by location, industry and company size. Developers who pair breadth with real depth in one area, such as performance, security or cloud infrastructure, tend to stand out in hiring processes.",
      },
      {
        title: "How to Break In",
        body: "Build and deploy a complete web application of your own: a database, an authenticated API, a responsive and accessible interface, automated tests and a live deployment. Keep the code public and document your choices. Contributing small fixes to open-source projects, freelancing for local organizations or building internal tools at your current job are all practical ways to gain real-world experience. In interviews, use your projects to show that you understand how the layers fit together, not just how to use a framework.",
      },
    ],
  },
};
