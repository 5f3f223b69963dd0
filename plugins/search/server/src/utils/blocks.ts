/** Strapi "blocks" rich text (paragraphs, headings, lists, quotes, links…) flattened to plain text. */
type Node = { type?: string; text?: string; children?: unknown };

function walk(node: unknown, out: string[]): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const { type, text, children } = node as Node;
  if (typeof text === 'string') out.push(text);
  if (children !== undefined) walk(children, out);
  // Blocks (paragraph, heading, list item, quote…) end a sentence; inline nodes do not.
  if (type && type !== 'text' && type !== 'link') out.push('\n');
}

export function blocksToText(value: unknown): string {
  if (typeof value === 'string') return value;
  const out: string[] = [];
  walk(value, out);
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
