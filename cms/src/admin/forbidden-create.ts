/**
 * Strapi 5.54's relation picker always lists "Create a relation" and only greys it out for someone who
 * may not create the target (a reporter picking a category or a unit). The desk does not offer what a
 * role cannot do: the disabled create entry of a picker is hidden. Options a role may use are untouched.
 */
const STYLE_ID = 'portal-forbidden-create';

export function hideForbiddenCreateOptions(): void {
  if (typeof document === 'undefined' || document.getElementById(STYLE_ID)) return;
  const style = document.createElement('style');
  style.id = STYLE_ID;
  // The picker's create entry is the only combobox option drawn with an icon before its text.
  style.textContent = '[role="option"][aria-disabled="true"]:has(> div > span[aria-hidden="true"] > svg) { display: none !important; }';
  document.head.appendChild(style);
}
