/**
 * Bad-word matching for Vietnamese and English comments.
 *
 * Vietnamese is often typed without diacritics ("dit me" for "địt mẹ"), so every entry is matched on
 * the accented text and on the text with its diacritics removed. Stripping makes some words collide
 * with ordinary ones ("cặc" → "cac" = "các", "lồn" → "lon" = "lon" (a can)), so an entry lists the
 * plain forms that are safe to match separately from its accented forms.
 */
export interface BadWordEntry {
  /** Matched against the lower-cased text as typed (with diacritics). */
  exact: string[];
  /** Matched against the text with diacritics removed; only forms that are not ordinary words. */
  plain?: string[];
}

export const DEFAULT_BAD_WORDS: BadWordEntry[] = [
  // Vietnamese
  {
    exact: ['địt', 'đụ má', 'đụ mẹ', 'đù má'],
    plain: ['dit me', 'dit con', 'dit cu', 'du ma', 'du me', 'djt', 'dmm', 'dcm', 'dkm', 'dm may'],
  },
  { exact: ['lồn', 'loz'], plain: ['lon me', 'lon ma', 'cai lon', 'an lon'] },
  { exact: ['cặc', 'buồi', 'cứt'], plain: ['con cac', 'cai cac', 'an cut', 'an buoi'] },
  { exact: ['đéo', 'đếch', 'vãi lồn', 'vcl', 'vkl', 'clgt'], plain: ['deo me', 'vai lon', 'vai loz'] },
  {
    exact: ['đĩ', 'con đĩ', 'đồ chó', 'chó má', 'đồ khốn', 'khốn nạn', 'mẹ mày', 'óc chó', 'thằng ngu', 'con ngu'],
    plain: ['con di', 'do cho', 'do khon', 'khon nan', 'me may', 'oc cho', 'thang ngu'],
  },
  // English
  {
    exact: [
      'fuck',
      'fucking',
      'fucker',
      'motherfucker',
      'shit',
      'bullshit',
      'bitch',
      'bastard',
      'asshole',
      'dickhead',
      'cunt',
      'wanker',
      'whore',
      'slut',
      'retard',
    ],
  },
];

/** Lower-case, remove Vietnamese diacritics (đ → d), keep letters and digits, single spaces. */
export function stripDiacritics(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');
}

/** Words of a text, lower-cased and NFC-normalised, joined by single spaces with spaces at both ends. */
function words(text: string): string {
  const tokens =
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return ` ${tokens.join(' ')} `;
}

export interface BadWordMatcher {
  /** The first listed word or phrase found in the text, or null. */
  find(text: string): string | null;
}

export function createBadWordMatcher(entries: BadWordEntry[] = DEFAULT_BAD_WORDS, extra: string[] = []): BadWordMatcher {
  const exact = new Set<string>();
  const plain = new Set<string>();
  for (const entry of entries) {
    for (const w of entry.exact) exact.add(words(w).trim());
    for (const w of entry.plain ?? []) plain.add(words(w).trim());
  }
  // Words added by configuration are matched both ways when they carry no diacritics of their own.
  for (const w of extra) {
    const normal = words(w).trim();
    if (!normal) continue;
    exact.add(normal);
    if (stripDiacritics(normal) === normal) plain.add(normal);
  }
  return {
    find(text: string) {
      const typed = words(text);
      for (const w of exact) if (typed.includes(` ${w} `)) return w;
      const stripped = stripDiacritics(typed);
      for (const w of plain) if (stripped.includes(` ${w} `)) return w;
      return null;
    },
  };
}
