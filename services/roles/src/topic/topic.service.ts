import { CONTENT_LIMITS } from "@careergraph/content";
import { alreadyTaken, checkedText } from "@careergraph/schema";
import type { ContentOutbox, SubgraphDeps } from "@careergraph/service";
import { writeAuditEntry, type Editor, isUniqueViolation } from "@careergraph/authoring";
import { AUDIT_TABLE } from "../audit/audit-table";
import { catalogKeys } from "../cache-keys";
import { checkedSlug } from "../role/role.service";
import { Topic } from "./topic.entity";

/** Writes to topics: a topic is named once and then used by questions. */
export class TopicService {
  constructor(
    private readonly deps: SubgraphDeps,
    private readonly outbox: ContentOutbox,
  ) {}

  async create(input: { slug: string; name: string }, editor: Editor): Promise<Topic> {
    const slug = checkedSlug(input.slug);
    const name = checkedText("name", input.name, CONTENT_LIMITS.topicName);
    let topic: Topic;
    try {
      topic = await this.deps.db.dataSource.transaction(async (tx) => {
        const [created]: Topic[] = await tx.query(
          `INSERT INTO roles.topic AS t (slug, name) VALUES ($1, $2) RETURNING ${this.deps.db.columns(Topic, "t")}`,
          [slug, name],
        );
        await writeAuditEntry(tx, AUDIT_TABLE, {
          editor,
          action: "createTopic",
          entityType: "Topic",
          entityId: slug,
          before: null,
          after: { ...created },
          fields: ["slug", "name"],
        });
        await this.outbox.record(tx, { cacheKeys: [catalogKeys.topicBySlug(slug)] });
        return created;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw alreadyTaken("slug", slug);
      throw error;
    }
    await this.outbox.deliver();
    return topic;
  }
}
