/**
 * Host names of the portal's sites (issue 24, Decree 224/2026/NĐ-CP Art. 11(4)(c)): a commune's portal
 * answers on `tenphuongxa.tentinhthanh.gov.vn`, its label being the unit's name without its kind word,
 * diacritics or spaces (`Xã Cẩm Xuyên` → `camxuyen`, `Xã Sơn Kim 1` → `sonkim1`).
 *
 * The rules live in `shared/host-label.js`, which the CMS's seed and `npm start` load too, so the labels
 * they write and print are the ones the host map resolves.
 */
export { HOST_PATTERN, LABEL_PATTERN, hostLabel, normalHost, plainLatin, withoutDiacritics } from '../../../shared/index.js';
