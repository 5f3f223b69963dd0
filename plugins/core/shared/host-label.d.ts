/** Host names of the portal's sites (issue 24, Decree 224/2026/NĐ-CP Art. 11(4)(c)): see host-label.js. */

/** A host label as Decree 224 writes it: lowercase ASCII letters and digits, one DNS label (≤ 63). */
export declare const LABEL_PATTERN: RegExp;
/** A host name a site may list (primary host, alias, custom domain), lowercase; `localhost` and its subdomains pass. */
export declare const HOST_PATTERN: RegExp;
/** Vietnamese text in plain Latin letters, case kept (`Cẩm Xuyên` → `Cam Xuyen`). */
export declare function plainLatin(text: string): string;
/** Lowercase ASCII of Vietnamese text: combining marks dropped, `đ` → `d`. */
export declare function withoutDiacritics(text: string): string;
/** The Decree 224 host label of a unit's name: `Phường Thành Sen` → `thanhsen` (empty when nothing is left). */
export declare function hostLabel(unitName: string): string;
/** A request's host as the host map keys it: lowercase, without port or trailing dot, IPv6 without brackets. */
export declare function normalHost(host: string | null | undefined): string;
