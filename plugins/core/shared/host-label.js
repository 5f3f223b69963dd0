'use strict';
// Host names of the portal's sites (issue 24, Decree 224/2026/NĐ-CP Art. 11(4)(c)); types: host-label.d.ts.
// Here rather than in server/src because the CMS's seed and the start script need the same labels as the
// core's host map: one rule, one place (plain JavaScript, like index.js, so they load it with no build).

/** A host label as Decree 224 writes it: lowercase ASCII letters and digits, one DNS label (≤ 63). */
const LABEL_PATTERN = /^[a-z0-9]{1,63}$/;

/**
 * A host name a site may list (primary host, alias, custom domain): dot-separated DNS labels of letters,
 * digits and inner hyphens, lowercase (IDN in its `xn--` form). `localhost` and its subdomains pass.
 */
const HOST_PATTERN = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/**
 * Kind words a unit's official name starts with, longest first so `Thành phố` wins over a shorter
 * prefix. `Đặc khu` is the island special zone of the 2025 reform.
 */
const KIND_WORDS = ['thành phố', 'thị trấn', 'thị xã', 'đặc khu', 'phường', 'huyện', 'quận', 'tỉnh', 'xã'];

/** Vietnamese text in plain Latin letters, case kept: combining marks dropped, `đ` → `d` (`Cẩm Xuyên` → `Cam Xuyen`). */
function plainLatin(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** Lowercase ASCII of Vietnamese text: combining marks dropped, `đ` → `d`. */
function withoutDiacritics(text) {
  return plainLatin(text).toLowerCase();
}

/** The Decree 224 host label of a unit's name: `Phường Thành Sen` → `thanhsen` (empty when nothing is left). */
function hostLabel(unitName) {
  let name = unitName.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  const kind = KIND_WORDS.find((word) => name.startsWith(`${word} `));
  if (kind) name = name.slice(kind.length + 1);
  return withoutDiacritics(name).replace(/[^a-z0-9]/g, '');
}

/**
 * A request's host as the host map keys it: lowercase, without port or trailing dot; an IPv6 literal
 * without its brackets (`[::1]:3000` → `::1`). Empty when nothing usable is left.
 */
function normalHost(host) {
  let value = String(host ?? '')
    .trim()
    .toLowerCase();
  if (value.startsWith('[')) {
    const end = value.indexOf(']');
    return end > 0 ? value.slice(1, end) : '';
  }
  // Two colons or more and no brackets: a bare IPv6 address, which has no port to strip.
  if ((value.match(/:/g) ?? []).length === 1) value = value.slice(0, value.indexOf(':'));
  return value.replace(/\.+$/, '');
}

module.exports = { LABEL_PATTERN, HOST_PATTERN, plainLatin, withoutDiacritics, hostLabel, normalHost };
