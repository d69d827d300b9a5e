import type { RolePack } from "../types";

export const devopsEngineer: RolePack = {
  slug: "devops-engineer",
  title: "DevOps Engineer",
  summary:
    "DevOps engineers build and run the pipelines, infrastructure and tooling that let development teams ship software quickly, safely and reliably.",
  questions: [
    {
      prompt: "How do you design a CI/CD pipeline for a service with multiple environments?",
      answerTip:
        "Cover building once and promoting the same artifact, automated test stages, environment-specific configuration, approval gates, and fast rollback.",
      type: "TECHNICAL",
      topics: ["ci-cd", "testing"],
    },
    {
      prompt: "What is infrastructure as code, and how do you keep it maintainable?",
      answerTip:
        "Discuss tools like Terraform or Pulumi, reusable modules, remote state with locking, code review for infrastructure changes, and drift detection.",
      type: "TECHNICAL",
      topics: ["infrastructure-as-code", "devops"],
    },
    {
      prompt: "How do you run production workloads on Kubernetes?",
      answerTip:
        "Cover deployments and services, resource requests and limits, health probes, autoscaling, and how you keep cluster configuration under version control.",
      type: "TECHNICAL",
      topics: ["containers", "cloud"],
    },
    {
      prompt: "Your deploy fails at 2 a.m. and the on-call alert wakes you up. What do you do?",
      answerTip:
        "Walk through assessing user impact, rolling back or halting the rollout first, communicating status, and leaving deep root-cause work for the post-incident review.",
      type: "SITUATIONAL",
      topics: ["incident-response", "ci-cd"],
    },
    {
      prompt: "How do you define and monitor SLOs for a service?",
      answerTip:
        "Explain choosing user-facing SLIs, setting realistic targets, using error budgets, and alerting on burn rate instead of raw thresholds.",
      type: "TECHNICAL",
      topics: ["reliability", "observability"],
    },
    {
      prompt: "Tell me about a time you automated a manual process that was slowing the team down.",
      answerTip:
        "Describe the toil you found, how you measured it, the automation you built, and the time or error reduction that followed.",
      type: "BEHAVIORAL",
      topics: ["devops", "problem-solving"],
    },
    {
      prompt: "How do you manage secrets across environments?",
      answerTip:
        "Cover secret managers such as Vault or a cloud KMS, short-lived credentials, least-privilege access, rotation, and keeping secrets out of source control and logs.",
      type: "TECHNICAL",
      topics: ["security", "cloud"],
    },
    {
      prompt: "What is the difference between blue-green, canary, and rolling deployments?",
      answerTip:
        "Compare risk, cost, and rollback speed for each, and explain how you would pick one based on traffic and how easily the change can be reversed.",
      type: "TECHNICAL",
      topics: ["ci-cd", "reliability"],
    },
    {
      prompt: "How do you build an observability stack for a microservices platform?",
      answerTip:
        "Discuss metrics, logs, and traces, tools like Prometheus, Grafana, and OpenTelemetry, consistent labeling, and keeping alert noise low.",
      type: "TECHNICAL",
      topics: ["observability", "distributed-systems"],
    },
    {
      prompt: "Tell me about a time you led an incident response or wrote a post-mortem.",
      answerTip:
        "Focus on how you coordinated people, kept stakeholders informed, and turned the findings into concrete follow-up actions without assigning blame.",
      type: "BEHAVIORAL",
      topics: ["incident-response", "leadership", "communication"],
    },
    {
      prompt: "How do you design cloud infrastructure for high availability?",
      answerTip:
        "Cover multiple availability zones, load balancing, stateless services, managed databases with failover, and regularly testing that failover actually works.",
      type: "TECHNICAL",
      topics: ["cloud", "reliability", "system-design"],
    },
    {
      prompt: "Cloud costs have doubled in three months and finance wants answers. How do you respond?",
      answerTip:
        "Explain how you break down spend by service and team, find quick wins like idle or oversized resources, and put tagging and budgets in place to prevent a repeat.",
      type: "SITUATIONAL",
      topics: ["cloud", "communication"],
    },
    {
      prompt: "How do you troubleshoot a network connectivity problem between two services?",
      answerTip:
        "Walk through DNS resolution, security groups or network policies, routing, and TLS, and the tools you reach for, such as dig, curl, and packet captures.",
      type: "TECHNICAL",
      topics: ["networking", "problem-solving"],
    },
    {
      prompt: "How do you harden container images and the software supply chain?",
      answerTip:
        "Cover minimal base images, vulnerability scanning, image signing, pinned dependencies, non-root users, and generating a software bill of materials.",
      type: "TECHNICAL",
      topics: ["security", "containers", "ci-cd"],
    },
    {
      prompt:
        "A development team says the release process is too slow and wants to bypass it. How do you handle it?",
      answerTip:
        "Show that you listen to the pain points, measure where the pipeline actually loses time, and improve speed without giving up the safety checks that matter.",
      type: "SITUATIONAL",
      topics: ["teamwork", "communication", "ci-cd"],
    },
    {
      prompt: "How do you plan capacity for a service ahead of a major traffic event?",
      answerTip:
        "Discuss load testing against realistic traffic, autoscaling limits, downstream dependencies, pre-warming, and a clear plan for degrading gracefully.",
      type: "TECHNICAL",
      topics: ["performance", "reliability", "cloud"],
    },
  ],
  guide: {
    headline: "DevOps Engineer Interview Questions & Answers",
    intro:
      "Prepare for your DevOps Engineer interview with 16 questions on pipelines, infrastructure, reliability and incident handling — each with a practical tip on what a strong answer covers.",
    preparationTips: [
      {
        title: "Know the company's platform",
        body: "Find out which cloud provider, orchestration platform and CI/CD tools the team uses, from the job description or engineering blog. Prepare examples that map your experience onto their stack.",
      },
      {
        title: "Rehearse incident stories",
        body: "Prepare two or three real incidents you handled, covering detection, mitigation, communication and the follow-up work. Interviewers care as much about your calm and process as about the fix.",
      },
      {
        title: "Get hands-on again",
        body: "Spin up a small environment with infrastructure as code, a container, a pipeline and basic monitoring. Live troubleshooting exercises are common, and recent practice makes you faster and more confident.",
      },
      {
        title: "Think in trade-offs",
        body: "Be ready to explain why you would choose one deployment strategy, tool or architecture over another. Cost, risk, team skills and operational burden should all appear in your reasoning.",
      },
    ],
    commonMistakes: [
      {
        title: "Reciting tool names without depth",
        body: "Listing every tool you have touched is less convincing than explaining how one of them works and why you used it. Depth in a few tools beats breadth without understanding.",
      },
      {
        title: "Forgetting the developer experience",
        body: "DevOps exists to help teams ship. Answers that focus only on control and gates, without considering how developers use the platform, miss the point of the role.",
      },
      {
        title: "Skipping communication during incidents",
        body: "Describing a technical fix without mentioning how you kept people informed suggests you work in isolation. Status updates and coordination are part of incident response.",
      },
      {
        title: "Ignoring security and cost",
        body: "Designs that ignore secrets handling, access control or the monthly bill look naive. Mention security and cost considerations even when the question does not ask for them directly.",
      },
    ],
    interviewerFocus: [
      "Whether you can keep systems stable while helping teams ship faster.",
      "How calmly and methodically you troubleshoot and communicate under pressure.",
      "Whether you automate thoughtfully and weigh risk, cost and security in your choices.",
    ],
    smartQuestions: [
      "How are on-call duties shared between the platform team and the product teams?",
      "What does a typical deployment look like today, and what would you most like to improve about it?",
      "How does the team measure the reliability and developer experience of the platform?",
    ],
    faqs: [
      {
        question: "How many questions should I prepare for a DevOps Engineer interview?",
        answer:
          "Prepare all 16 questions on this page and expect follow-ups that go deeper into the tools you mention. Cover CI/CD, infrastructure as code, containers, cloud, observability, security and a few incident stories.",
      },
      {
        question: "What types of questions are asked in DevOps Engineer interviews?",
        answer:
          "DevOps interviews usually mix conceptual questions about pipelines and infrastructure, hands-on troubleshooting or scripting exercises, system design questions focused on reliability, behavioral questions about collaboration, and situational questions about incidents and competing priorities.",
      },
      {
        question: "Will there be a hands-on exercise in a DevOps Engineer interview?",
        answer:
          "Often, yes. Common formats include debugging a broken container or pipeline, writing a short script, or designing infrastructure on a whiteboard. Talk through your reasoning as you work, since the process matters as much as the result.",
      },
      {
        question: "Do I need cloud certifications for a DevOps Engineer role?",
        answer:
          "Certifications can help you get noticed, especially early in your career, but they rarely replace hands-on experience. Be ready to show real projects where you built, automated and operated infrastructure.",
      },
      {
        question: "How long should I spend preparing for a DevOps Engineer interview?",
        answer:
          "Plan for one to three weeks. Combine reviewing concepts, practicing in a small lab environment, rehearsing incident stories and doing at least one mock troubleshooting session out loud.",
      },
    ],
  },
  relatedRoleSlugs: ["backend-developer", "software-engineer", "data-engineer", "full-stack-developer"],
  careerGuide: {
    slug: "devops-engineer-career-guide",
    title: "DevOps Engineer Career Guide",
    summary:
      "An overview of the DevOps engineer role, the skills behind reliable delivery and infrastructure, and the ways a DevOps career can develop. It also outlines practical routes into the field.",
    sections: [
      {
        title: "What a DevOps Engineer Does",
        body: "DevOps engineers sit between software development and operations, building the systems that take code from a commit to production and keep it running there. Typical responsibilities include designing CI/CD pipelines, managing cloud infrastructure as code, running container platforms, setting up monitoring and alerting, handling secrets and access, and taking part in on-call and incident response. Just as important is the cultural side of the role: helping development teams own their services in production and removing friction from the path to release.",
      },
      {
        title: "Core Skills",
        body: "DevOps engineers need strong Linux and networking fundamentals, scripting ability in a language such as Bash, Python or Go, and practical experience with at least one major cloud provider. Key tools include infrastructure as code frameworks, containers and orchestration platforms, CI/CD systems, and observability stacks for metrics, logs and traces. Security awareness, from least-privilege access to supply chain protection, is increasingly expected. Clear communication, calm troubleshooting under pressure and a habit of documenting and automating are what turn technical skill into a reliable platform.",
      },
      {
        title: "Career Progression",
        body: "Many DevOps engineers start in system administration, support or software development before moving into the role. From a junior position focused on maintaining pipelines and environments, engineers grow into owning platform components, leading migrations and shaping reliability practices. Senior engineers often move toward platform engineering, site reliability engineering or cloud architecture, or into leadership roles running infrastructure and platform teams. Specializing in areas such as security, cost optimization or developer experience is another common path.",
      },
      {
        title: "Market Outlook and Compensation",
        body: "As more organizations run software in the cloud and release frequently, the need for engineers who can automate and operate infrastructure remains strong. Demand spans technology companies, financial services, healthcare, retail and the public sector. Compensation typically rises with experience and with the scale and criticality of the systems managed, and varies by region and industry. On-call responsibilities are common, so ask how they are shared and compensated when comparing offers.",
      },
      {
        title: "How to Break In",
        body: "Build a small but realistic platform of your own: provision cloud resources with infrastructure as code, containerize an application, deploy it through an automated pipeline and add monitoring and alerts. Document what you built and why. If you already work in development or IT operations, volunteer for build, deployment or monitoring work to gain experience inside your current team. Entry-level cloud certifications can help structure your learning, but hands-on projects and the ability to troubleshoot calmly are what interviewers value most.",
      },
    ],
  },
};
