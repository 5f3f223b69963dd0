/**
 * Strapi "blocks" rich text, narrowed from the untyped JSON the API returns. Unknown node types are
 * dropped rather than trusted, so a malformed body renders what it can and never breaks the page.
 */
export type Inline =
  | { type: 'text'; text: string; bold?: boolean; italic?: boolean; underline?: boolean; strikethrough?: boolean; code?: boolean }
  | { type: 'link'; url: string; children: Inline[] };

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: Inline[] }
  | { type: 'quote'; children: Inline[] }
  | { type: 'code'; children: Inline[] }
  | { type: 'list'; format: 'ordered' | 'unordered'; children: ListItem[] }
  | {
      type: 'image';
      image: { url: string; alternativeText: string | null; width: number | null; height: number | null; caption: string | null };
    };

export interface ListItem {
  type: 'list-item';
  children: Inline[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/**
 * Only http(s), mailto, tel and genuinely site-relative links are kept. Browsers read a backslash as
 * a slash and drop tabs and line breaks inside URLs, so `/\evil.example/x` or `/\t/evil.example`
 * would open another site: any backslash or control character in a relative link refuses it, and
 * absolute http(s) links are re-serialised by the WHATWG URL parser the browser itself uses.
 */
export function safeUrl(url: string): string | null {
  const trimmed = url.trim();
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return null;
  if (/^https?:/i.test(trimmed)) {
    try {
      const parsed = new URL(trimmed);
      return parsed.hostname ? parsed.href : null;
    } catch {
      return null;
    }
  }
  if (/^(mailto|tel):/i.test(trimmed)) return trimmed.includes('\\') ? null : trimmed;
  if (trimmed.startsWith('/') && !/^\/[/\\]/.test(trimmed) && !trimmed.includes('\\')) return trimmed;
  return null;
}

/**
 * Images in a body may only be the portal's own uploads (`/uploads/...`, served through the portal):
 * an external address would let a body load a tracking pixel on every reader's visit.
 */
export function ownUpload(url: string): string | null {
  const safe = safeUrl(url);
  if (!safe || !safe.startsWith('/uploads/')) return null;
  return /(^|\/)\.\.?(\/|$)|%2e|%2f|%5c/i.test(safe.slice('/uploads/'.length)) ? null : safe;
}

function inlines(value: unknown): Inline[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((node): Inline[] => {
    if (!isObject(node)) return [];
    if (node.type === 'text' && typeof node.text === 'string') {
      return [
        {
          type: 'text',
          text: node.text,
          bold: node.bold === true,
          italic: node.italic === true,
          underline: node.underline === true,
          strikethrough: node.strikethrough === true,
          code: node.code === true,
        },
      ];
    }
    if (node.type === 'link') {
      const url = safeUrl(str(node.url) ?? '');
      const children = inlines(node.children);
      return url ? [{ type: 'link', url, children }] : children;
    }
    return [];
  });
}

export function parseBlocks(value: unknown): Block[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((node): Block[] => {
    if (!isObject(node)) return [];
    switch (node.type) {
      case 'paragraph':
      case 'quote':
      case 'code':
        return [{ type: node.type, children: inlines(node.children) }];
      case 'heading': {
        const level = num(node.level);
        return [
          {
            type: 'heading',
            level: (level && level >= 1 && level <= 6 ? level : 2) as 1 | 2 | 3 | 4 | 5 | 6,
            children: inlines(node.children),
          },
        ];
      }
      case 'list': {
        const items = Array.isArray(node.children) ? node.children : [];
        return [
          {
            type: 'list',
            format: node.format === 'ordered' ? 'ordered' : 'unordered',
            children: items.filter(isObject).map((item) => ({ type: 'list-item', children: inlines(item.children) })),
          },
        ];
      }
      case 'image': {
        const image = isObject(node.image) ? node.image : null;
        const url = image ? str(image.url) : null;
        if (!image || !url) return [];
        const own = ownUpload(url);
        if (!own) {
          // Not one of the portal's uploads: shown as a plain link to it (if it is a safe address), never loaded.
          const href = safeUrl(url);
          const text = str(image.caption) || str(image.alternativeText) || url;
          const label: Inline = { type: 'text', text };
          return href ? [{ type: 'paragraph', children: [{ type: 'link', url: href, children: [label] }] }] : [];
        }
        return [
          {
            type: 'image',
            image: {
              url: own,
              alternativeText: str(image.alternativeText),
              width: num(image.width),
              height: num(image.height),
              caption: str(image.caption),
            },
          },
        ];
      }
      default:
        return [];
    }
  });
}

/** Plain text of a body (for descriptions and feeds). */
export function blocksToText(blocks: Block[]): string {
  const text = (nodes: Inline[]): string => nodes.map((n) => (n.type === 'text' ? n.text : text(n.children))).join('');
  return blocks
    .map((b) => {
      if (b.type === 'list') return b.children.map((i) => text(i.children)).join(' ');
      if (b.type === 'image') return b.image.caption ?? '';
      return text(b.children);
    })
    .filter(Boolean)
    .join('\n');
}
