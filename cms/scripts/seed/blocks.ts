/**
 * A small text notation for demo article bodies, turned into Strapi "blocks":
 *   "## Title"       → heading level 2
 *   "- item"         → unordered list (consecutive lines form one list)
 *   "1. item"        → ordered list
 *   "> text"         → quote
 *   "[label](url)"   → link inside a paragraph
 *   anything else    → paragraph
 */
type Inline = { type: 'text'; text: string; bold?: boolean } | { type: 'link'; url: string; children: Inline[] };
export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; level: 2 | 3; children: Inline[] }
  | { type: 'quote'; children: Inline[] }
  | { type: 'list'; format: 'ordered' | 'unordered'; children: Array<{ type: 'list-item'; children: Inline[] }> };

function inline(text: string): Inline[] {
  const out: Inline[] = [];
  const link = /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g;
  let last = 0;
  for (const match of text.matchAll(link)) {
    if (match.index! > last) out.push({ type: 'text', text: text.slice(last, match.index) });
    out.push({ type: 'link', url: match[2]!, children: [{ type: 'text', text: match[1]! }] });
    last = match.index! + match[0].length;
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) });
  return out.length ? out : [{ type: 'text', text: '' }];
}

export function toBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  for (const line of lines) {
    const previous = blocks[blocks.length - 1];
    const bullet = /^- (.*)$/.exec(line);
    const numbered = /^\d+\. (.*)$/.exec(line);
    if (bullet || numbered) {
      const format = bullet ? 'unordered' : 'ordered';
      const item = { type: 'list-item' as const, children: inline((bullet ?? numbered)![1]!) };
      if (previous?.type === 'list' && previous.format === format) previous.children.push(item);
      else blocks.push({ type: 'list', format, children: [item] });
    } else if (line.startsWith('### ')) blocks.push({ type: 'heading', level: 3, children: inline(line.slice(4)) });
    else if (line.startsWith('## ')) blocks.push({ type: 'heading', level: 2, children: inline(line.slice(3)) });
    else if (line.startsWith('> ')) blocks.push({ type: 'quote', children: inline(line.slice(2)) });
    else blocks.push({ type: 'paragraph', children: inline(line) });
  }
  return blocks;
}

/** Plain text of blocks (for summaries, search and tests). */
export function blocksText(blocks: Block[]): string {
  const text = (nodes: Inline[]): string => nodes.map((n) => (n.type === 'text' ? n.text : text(n.children))).join('');
  return blocks.map((b) => (b.type === 'list' ? b.children.map((i) => text(i.children)).join('\n') : text(b.children))).join('\n');
}
