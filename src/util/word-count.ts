// The word count stored with each article (runs of non-space characters), computed without building an array of words.

/** Whether a UTF-16 unit is white space as JavaScript's \s has it. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** How many runs of non-space characters `text` has: `text.split(/\s+/).filter(Boolean).length`, faster. */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const word = !isSpace(text.charCodeAt(i));
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}
