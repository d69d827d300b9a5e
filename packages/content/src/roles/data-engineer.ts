import type { RolePack } from "../types";

export const dataEngineer: RolePack = {
  slug: "data-engineer",
  title: "Data Engineer",
  summary:
    "Data engineers design and operate the pipelines, storage and models that turn raw data from many sources into trustworthy datasets for analytics, reporting and machine learning.",
  questions: [
    {
      prompt: "How do you design a batch ETL pipeline that is reliable and easy to rerun?",
      answerTip:
        "Cover idempotent steps, partitioned outputs, orchestration with retries, backfills, and a clear separation between raw, cleaned, and modeled data.",
      type: "TECHNICAL",
      topics: ["data-pipelines"],
    },
    {
      prompt: "Explain the difference between ETL and ELT, and when you would choose each.",
      answerTip:
        "Discuss where transformation happens, the role of modern cloud warehouses, cost and governance trade-offs, and tools like dbt.",
      type: "TECHNICAL",
      topics: ["data-pipelines", "data-warehousing"],
    },
    {
      prompt: "How do you model data in a warehouse for analytics?",
      answerTip:
        "Walk through star and snowflake schemas, fact and dimension tables, choosing the grain, and how you handle slowly changing dimensions.",
      type: "TECHNICAL",
      topics: ["data-modeling", "data-warehousing"],
    },
    {
      prompt: "How do you ensure data quality in your pipelines?",
      answerTip:
        "Cover schema validation, null and uniqueness checks, row-count and freshness monitoring, data contracts, and what happens when a check fails.",
      type: "TECHNICAL",
      topics: ["data-quality", "data-pipelines"],
    },
    {
      prompt: "Describe your experience with stream processing frameworks.",
      answerTip:
        "Name the tools you have used, such as Kafka, Flink, or Spark Structured Streaming, and explain how you handled windowing, late-arriving data, and delivery guarantees.",
      type: "BEHAVIORAL",
      topics: ["streaming", "messaging"],
    },
    {
      prompt:
        "A key dashboard shows revenue numbers that do not match the finance report. How do you track down the discrepancy?",
      answerTip:
        "Walk through tracing the metric back through each transformation, comparing definitions and filters, and agreeing with finance on a single source of truth.",
      type: "SITUATIONAL",
      topics: ["data-quality", "problem-solving", "communication"],
    },
    {
      prompt: "How do you optimize a slow Spark job?",
      answerTip:
        "Discuss partitioning, data skew, shuffles, broadcast joins, caching intermediate results, and reading the execution plan before tuning anything.",
      type: "TECHNICAL",
      topics: ["performance", "data-pipelines"],
    },
    {
      prompt: "How do you choose between a data warehouse, a data lake, and a lakehouse?",
      answerTip:
        "Compare structure, cost, query performance, and governance, and tie the choice to who consumes the data and how.",
      type: "TECHNICAL",
      topics: ["data-warehousing", "cloud"],
    },
    {
      prompt: "Tell me about a time a pipeline you owned broke and affected downstream users.",
      answerTip:
        "Describe how you detected it, how quickly you told affected teams, the fix, and the monitoring you added so it would never fail silently again.",
      type: "BEHAVIORAL",
      topics: ["incident-response", "communication"],
    },
    {
      prompt: "How do you handle schema changes in upstream source systems?",
      answerTip:
        "Cover schema registries, backward-compatible evolution, agreements with source teams, and alerting when an unexpected change arrives.",
      type: "TECHNICAL",
      topics: ["data-modeling", "data-quality"],
    },
    {
      prompt: "How do you orchestrate dependencies between many pipelines?",
      answerTip:
        "Discuss DAG-based orchestrators like Airflow or Dagster, sensors versus schedules, retries, SLAs, and keeping business logic out of the orchestrator itself.",
      type: "TECHNICAL",
      topics: ["data-pipelines"],
    },
    {
      prompt:
        "How would you write a SQL query that returns the top three products by revenue in each category?",
      answerTip:
        "Explain window functions such as ROW_NUMBER or DENSE_RANK, how you handle ties, and how you would check the query's performance on large tables.",
      type: "TECHNICAL",
      topics: ["databases", "data-warehousing"],
    },
    {
      prompt: "How do you protect sensitive and personal data in a data platform?",
      answerTip:
        "Cover role-based access controls, column-level masking, encryption, retention policies, and compliance requirements such as GDPR.",
      type: "TECHNICAL",
      topics: ["security", "data-warehousing"],
    },
    {
      prompt:
        "An analyst needs a new dataset by tomorrow, but the source data is messy and undocumented. What do you do?",
      answerTip:
        "Show how you clarify the real question, deliver a scoped first version with documented caveats, and plan a proper pipeline afterward.",
      type: "SITUATIONAL",
      topics: ["communication", "data-quality", "problem-solving"],
    },
    {
      prompt: "Tell me about a time you worked with analysts or data scientists to define a metric.",
      answerTip:
        "Focus on how you pinned down the business definition, handled edge cases, and documented the metric so everyone calculated it the same way.",
      type: "BEHAVIORAL",
      topics: ["teamwork", "communication"],
    },
    {
      prompt: "How do you keep data pipelines cost-efficient in the cloud?",
      answerTip:
        "Discuss incremental processing, partition pruning, right-sizing compute, storage tiers, and tracking cost per pipeline over time.",
      type: "TECHNICAL",
      topics: ["cloud", "performance", "data-pipelines"],
    },
  ],
  guide: {
    headline: "Data Engineer Interview Questions & Answers",
    intro:
      "Prepare for your Data Engineer interview with 16 questions on pipelines, modeling, data quality and collaboration with data consumers — each with a clear tip on what to cover in your answer.",
    preparationTips: [
      {
        title: "Sharpen your SQL",
        body: "Nearly every data engineering interview includes SQL. Practice joins, aggregations, window functions and deduplication until you can write them confidently and explain their performance.",
      },
      {
        title: "Review data modeling patterns",
        body: "Be ready to model a business process on a whiteboard using fact and dimension tables, and to discuss grain, slowly changing dimensions and how analysts will query the result.",
      },
      {
        title: "Prepare a pipeline deep dive",
        body: "Pick one pipeline you built or maintained and know it end to end: sources, volumes, orchestration, failure handling, data quality checks and who depended on the output.",
      },
      {
        title: "Learn the company's data stack",
        body: "Check the job description and engineering blog for the warehouse, orchestration and streaming tools in use. Relate your experience to those tools and be honest about gaps.",
      },
    ],
    commonMistakes: [
      {
        title: "Ignoring data quality and failure modes",
        body: "Designs that only describe the happy path look fragile. Explain how your pipelines detect bad data, handle late or duplicate records and recover from failures.",
      },
      {
        title: "Talking only about tools",
        body: "Naming Spark, Airflow and Kafka is not the same as showing judgment. Explain the problem, the trade-offs you considered and why a tool fit that specific situation.",
      },
      {
        title: "Forgetting the data consumers",
        body: "Data engineering exists to serve analysts, data scientists and business users. Show that you understand how your tables are used and how you communicate changes to them.",
      },
      {
        title: "Writing SQL without checking results",
        body: "Rushing through a SQL exercise without validating row counts, duplicates or edge cases is a common stumble. Walk through a small example to prove your query is correct.",
      },
    ],
    interviewerFocus: [
      "Whether you build pipelines that are correct, observable and recoverable.",
      "How well you model data around the questions the business actually asks.",
      "Whether you communicate clearly with analysts, data scientists and source-system owners.",
    ],
    smartQuestions: [
      "Who are the main consumers of the data this team produces, and how do they report problems?",
      "How does the team currently monitor data quality and freshness?",
      "What is the biggest data reliability or scaling challenge the team expects this year?",
    ],
    faqs: [
      {
        question: "How many questions should I prepare for a Data Engineer interview?",
        answer:
          "Practice all 16 questions on this page and set aside time for hands-on SQL problems. Cover pipelines, modeling, data quality, streaming, cloud cost and a few behavioral and situational stories.",
      },
      {
        question: "What types of questions are asked in Data Engineer interviews?",
        answer:
          "Expect SQL and coding exercises, data modeling and pipeline design questions, conceptual questions about warehouses, lakes and streaming, behavioral questions about working with data consumers, and situational questions about broken or inconsistent data.",
      },
      {
        question: "How much SQL do I need to know for a Data Engineer interview?",
        answer:
          "A lot. You should be fluent with joins, aggregations, subqueries, common table expressions and window functions, and be able to reason about query performance on large tables.",
      },
      {
        question: "Do Data Engineer interviews include coding in Python or other languages?",
        answer:
          "Often, yes. Many teams ask you to write Python or Scala to parse, transform or validate data, and some include general algorithm questions. Focus on clean, readable code and handling messy input.",
      },
      {
        question: "How long should I spend preparing for a Data Engineer interview?",
        answer:
          "Plan for two to four weeks if you need to refresh SQL and modeling, or one to two weeks if you use them daily. Include time for a pipeline design practice session and rehearsing your project stories out loud.",
      },
    ],
  },
  relatedRoleSlugs: ["backend-developer", "software-engineer", "devops-engineer", "full-stack-developer"],
  careerGuide: {
    slug: "data-engineer-career-guide",
    title: "Data Engineer Career Guide",
    summary:
      "A guide to the data engineer role, the skills behind reliable data platforms, and how careers in data engineering typically progress. It also covers practical ways to move into the field.",
    sections: [
      {
        title: "What a Data Engineer Does",
        body: "Data engineers build the foundations that let organizations use their data. They ingest data from applications, third-party services and event streams, transform it into clean and well-modeled datasets, and load it into warehouses, lakes or serving systems. They orchestrate and monitor these pipelines, enforce data quality, manage access to sensitive information and work closely with analysts, data scientists and machine learning engineers to make sure the right data is available, accurate and timely.",
      },
      {
        title: "Core Skills",
        body: "SQL is the core language of the role, alongside a general-purpose language, most often Python, Scala or Java. Data engineers need a strong grasp of data modeling, distributed processing frameworks such as Spark, orchestration tools such as Airflow, and at least one cloud data warehouse or lakehouse platform. Familiarity with streaming systems, data quality testing, version control and CI/CD for data is increasingly expected. Good data engineers also understand the business questions behind the data and can explain technical limitations to non-technical stakeholders.",
      },
      {
        title: "Career Progression",
        body: "Data engineers often start by maintaining existing pipelines and building smaller ingestion or transformation jobs. With experience they design new pipelines and data models, own critical datasets and lead platform migrations. Senior and staff data engineers shape the overall data architecture, set standards for quality and governance and mentor others. Common next steps include data platform engineering, analytics engineering, machine learning engineering, data architecture and management roles leading data teams.",
      },
      {
        title: "Market Outlook and Compensation",
        body: "As organizations rely more heavily on analytics, experimentation and machine learning, the need for dependable data infrastructure continues to grow, and data engineers are hired across technology, finance, healthcare, retail, media and the public sector. Compensation generally increases with experience and with the scale and importance of the data platforms involved, and varies by location, industry and company size. Experience with cloud platforms, streaming and data governance is especially valued.",
      },
      {
        title: "How to Break In",
        body: "Many data engineers come from software engineering, analytics or database administration. To build relevant experience, create an end-to-end project that ingests public data, transforms it with SQL or Python, loads it into a warehouse, schedules it with an orchestrator and includes data quality checks. Publish the code and explain your modeling decisions. If you work as an analyst or developer today, volunteer to automate reports, clean up data sources or help maintain existing pipelines to gain hands-on experience.",
      },
    ],
  },
};
