/**
 * Links to Strapi's website (pricing, documentation, blog) stay hidden in the admin: closed government networks
 * cannot reach them, and staff are not Strapi's customers. Strapi's pages render them inline, so a style rule
 * hides them wherever they appear.
 */
export function hideOutsideLinks(): void {
  if (typeof document === 'undefined' || document.getElementById('portal-hide-outside-links')) return;
  const style = document.createElement('style');
  style.id = 'portal-hide-outside-links';
  style.textContent = 'a[href*="strapi.io"] { display: none !important; }';
  document.head.appendChild(style);
}
