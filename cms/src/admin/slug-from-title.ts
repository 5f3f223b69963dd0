import * as React from 'react';
import { unstable_useContentManagerContext as useContentManagerContext, useForm } from '@strapi/strapi/admin';
import type { PanelComponent, PanelComponentProps } from '@strapi/content-manager/strapi-admin';
import { slugify } from '../utils/slug';

/**
 * Strapi 5's UID input fills a required slug once, when the form opens (with no title yet, that is the
 * type's name: "article"), and afterwards only on "Regenerate". For the desk the slug follows the title
 * as it is typed, Vietnamese-aware ("Đoàn thẩm định" → "doan-tham-dinh"), until someone edits the slug
 * by hand or the entry has been published once (its address is then public). The server still makes
 * one when the slug is empty and refuses one taken in the same locale.
 *
 * Registered as an edit-view side panel because panels render inside the edit form; it shows nothing.
 */
type Attribute = { type: string; targetField?: string };

function useSlugFollowsTitle({ document, model }: PanelComponentProps): void {
  const { contentType } = useContentManagerContext();
  const values = useForm('SlugFromTitle', (state) => state.values) as Record<string, unknown>;
  const onChange = useForm('SlugFromTitle', (state) => state.onChange);
  const attributes = (contentType?.attributes ?? {}) as Record<string, Attribute>;
  const uid = Object.entries(attributes).find(([, a]) => a.type === 'uid' && a.targetField);
  const field = uid?.[0];
  const target = uid?.[1].targetField;
  const title = target ? values[target] : undefined;
  const slug = field ? values[field] : undefined;
  const neverPublished = !document || document.status === 'draft';
  const lastAuto = React.useRef<string | null>(null);
  const modelName = model.split('.').pop() ?? '';

  React.useEffect(() => {
    if (!field || typeof title !== 'string' || !neverPublished) return;
    const current = typeof slug === 'string' ? slug : '';
    const placeholder = new RegExp(`^${modelName}(-\\d+)?$`).test(current);
    const followed =
      current === '' || placeholder || current === lastAuto.current || current === slugify(String(document?.[target!] ?? ''));
    if (!followed) return;
    const next = slugify(title);
    if (!next || next === current) return;
    lastAuto.current = next;
    onChange(field, next);
  }, [title, slug, field, target, neverPublished, modelName, document, onChange]);
}

export const SlugFromTitle: PanelComponent = (props) => {
  useSlugFollowsTitle(props);
  return null;
};
