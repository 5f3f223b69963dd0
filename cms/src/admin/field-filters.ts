/**
 * The list view's filter picker names fields by their internal names (`byline`, `sourceUnit`): this hook gives each
 * filter the field's label in the admin's language instead (the same translation key as the edit view's label,
 * utils/field-labels.ts). The content type comes from the list's address.
 */
type Filter = { name: string; label: unknown };
type FilterArgs = { displayedFilters: Filter[]; layout: unknown };

export function translateFilterLabels({ displayedFilters, layout }: FilterArgs): FilterArgs {
  const uid = /\/content-manager\/(?:collection|single)-types\/([^/?]+)/.exec(window.location.pathname)?.[1];
  if (!uid) return { displayedFilters, layout };
  return {
    layout,
    displayedFilters: displayedFilters.map((filter) =>
      typeof filter.label === 'string'
        ? {
            ...filter,
            label: { id: `content-manager.content-types.${decodeURIComponent(uid)}.${filter.name}`, defaultMessage: filter.label },
          }
        : filter,
    ),
  };
}
