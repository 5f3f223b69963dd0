import type { ReactNode } from 'react';
import type { Block, Inline } from '@/lib/cms/blocks';

function renderInline(nodes: Inline[], keyPrefix: string): ReactNode[] {
  return nodes.map((node, i) => {
    const key = `${keyPrefix}-${i}`;
    if (node.type === 'link') {
      const external = /^https?:/i.test(node.url);
      return (
        <a key={key} href={node.url} {...(external ? { rel: 'noopener noreferrer' } : {})}>
          {renderInline(node.children, key)}
        </a>
      );
    }
    let content: ReactNode = node.text;
    if (node.code) content = <code>{content}</code>;
    if (node.bold) content = <strong>{content}</strong>;
    if (node.italic) content = <em>{content}</em>;
    if (node.underline) content = <u>{content}</u>;
    if (node.strikethrough) content = <s>{content}</s>;
    return <span key={key}>{content}</span>;
  });
}

/** Renders an article body: headings, paragraphs, lists, links, images, quotes and code. */
export function ArticleBody({ blocks }: { blocks: Block[] }) {
  return (
    <div className="article-body">
      {blocks.map((block, i) => {
        const key = `b${i}`;
        switch (block.type) {
          case 'paragraph':
            return <p key={key}>{renderInline(block.children, key)}</p>;
          case 'heading': {
            // The page title is the only h1: body headings start at h2.
            const Tag = `h${Math.min(6, Math.max(2, block.level))}` as 'h2';
            return <Tag key={key}>{renderInline(block.children, key)}</Tag>;
          }
          case 'quote':
            return <blockquote key={key}>{renderInline(block.children, key)}</blockquote>;
          case 'code':
            return (
              <pre key={key}>
                <code>{renderInline(block.children, key)}</code>
              </pre>
            );
          case 'list': {
            const Tag = block.format === 'ordered' ? 'ol' : 'ul';
            return (
              <Tag key={key}>
                {block.children.map((item, j) => (
                  <li key={`${key}-${j}`}>{renderInline(item.children, `${key}-${j}`)}</li>
                ))}
              </Tag>
            );
          }
          case 'image':
            return (
              <figure key={key}>
                <img
                  src={block.image.url}
                  alt={block.image.alternativeText ?? ''}
                  width={block.image.width ?? undefined}
                  height={block.image.height ?? undefined}
                  loading="lazy"
                />
                {block.image.caption ? <figcaption>{block.image.caption}</figcaption> : null}
              </figure>
            );
        }
      })}
    </div>
  );
}
