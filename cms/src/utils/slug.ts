/** Remove Vietnamese diacritics: "Cải cách hành chính" → "Cai cach hanh chinh", "đ" → "d". */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** URL slug in the style Vietnamese portals use: ASCII, lower case, words joined by hyphens. */
export function slugify(text: string, maxLength = 96): string {
  const slug = foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}
