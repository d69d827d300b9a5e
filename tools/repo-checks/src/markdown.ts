import MarkdownIt from "markdown-it";

const parser = new MarkdownIt();

/** A link or image in a markdown text: its target as written, and the line it is on (from 1). */
export interface MarkdownLink {
  target: string;
  line: number;
}

/** Every link and image target of a markdown text; code blocks and code spans hold none. */
export function markdownLinks(markdown: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  let blockStart = 0;
  for (const block of parser.parse(markdown, {})) {
    // a table cell's text has no line of its own: its row's is the one before it
    if (block.map) blockStart = block.map[0];
    if (block.type !== "inline" || !block.children) continue;
    let line = blockStart + 1;
    for (const token of block.children) {
      if (token.type === "softbreak" || token.type === "hardbreak") line++;
      const target =
        token.type === "link_open"
          ? token.attrGet("href")
          : token.type === "image"
            ? token.attrGet("src")
            : null;
      if (target !== null) links.push({ target: String(target), line });
    }
  }
  return links;
}

/**
 * The anchors of a markdown file's headings, as GitHub makes them: the heading's text in lower case,
 * without punctuation or symbols, spaces turned into hyphens; a repeated anchor gets `-1`, `-2`, ….
 */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const tokens = parser.parse(markdown, {});
  tokens.forEach((token, i) => {
    if (token.type !== "heading_open") return;
    const base = slug(plainText(tokens[i + 1]));
    let anchor = base;
    for (let n = 1; anchors.has(anchor); n++) anchor = `${base}-${n}`;
    anchors.add(anchor);
  });
  return anchors;
}

/**
 * The cells of the first table in the section under `heading` (any level, up to the next heading of
 * that level or higher), body rows only; each cell as its markdown source.
 */
export function tableUnderHeading(markdown: string, heading: string): string[][] | undefined {
  const tokens = parser.parse(markdown, {});
  const start = tokens.findIndex(
    (token, i) => token.type === "heading_open" && plainText(tokens[i + 1]) === heading,
  );
  if (start === -1) return undefined;
  const level = tokens[start].tag;
  const rows: string[][] = [];
  let inBody = false;
  for (const token of tokens.slice(start + 1)) {
    if (token.type === "heading_open" && token.tag <= level) break;
    if (token.type === "tbody_open") inBody = true;
    else if (token.type === "tbody_close") return rows;
    else if (inBody && token.type === "tr_open") rows.push([]);
    else if (inBody && token.type === "inline") rows[rows.length - 1].push(token.content);
  }
  return inBody ? rows : undefined;
}

function plainText(inline: MarkdownIt.Token | undefined): string {
  return (inline?.children ?? [])
    .filter((child) => child.type === "text" || child.type === "code_inline")
    .map((child) => child.content)
    .join("");
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}
