// PCase: the first letter of each word upper case, every other letter lower case. Without explicit separators,
// words are separated as by .NET's TextInfo.ToTitleCase: anything but a letter, mark, digit or apostrophe.
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}']/u;

export function properCase(text: string, wordSeparators?: string): string {
  const isSeparator =
    wordSeparators === undefined
      ? (ch: string) => !WORD_CHARACTER.test(ch)
      : (ch: string) => wordSeparators.includes(ch);
  let out = "";
  let atWordStart = true;
  for (const ch of text) {
    if (isSeparator(ch)) {
      out += ch;
      atWordStart = true;
      continue;
    }
    const upper = ch.toUpperCase();
    // A letter whose upper case is longer (ß → SS) keeps its lower case form at a word start.
    out += atWordStart && /\p{L}/u.test(ch) && upper.length === ch.length ? upper : ch.toLowerCase();
    atWordStart = false;
  }
  return out;
}
