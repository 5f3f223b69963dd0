/**
 * Vietnamese-insensitive text folding: "Cải cách hành chính" → "cai cach hanh chinh", "Đường" → "duong".
 * NFD splits letters from their tone and vowel marks, the combining marks are dropped, and "đ"/"Đ"
 * (a letter of its own, not a d with a mark) maps to "d".
 */
const COMBINING = /[\u0300-\u036f]/g;

export function fold(text: string): string {
  return text.normalize('NFD').replace(COMBINING, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** Words of a text as the engines see them (letters and digits), folded. */
export function foldedTerms(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Folds a text one code point at a time and remembers where each folded character came from, so a
 * match found in the folded text can be marked in the original.
 */
const foldedChars = new Map<string, string>();
const foldChar = (char: string) => {
  let piece = foldedChars.get(char);
  if (piece === undefined) {
    piece = fold(char);
    if (foldedChars.size < 10_000) foldedChars.set(char, piece);
  }
  return piece;
};

export function foldWithOffsets(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let offset = 0;
  for (const char of text) {
    const piece = foldChar(char);
    for (let i = 0; i < piece.length; i += 1) origin.push(offset);
    folded += piece;
    offset += char.length;
  }
  origin.push(offset);
  return { folded, origin };
}
