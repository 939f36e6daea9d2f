// NormalizeDiacritics per Entra's table: Latin letters lose their accents (é → e, Å → A), and the letters
// that are not a base letter plus marks are spelled out (æ → ae, ø → oe, ß → ss, ł → l). Other scripts are
// left alone: Cyrillic й keeps its breve, Hangul and kana recompose unchanged.
const SPELLED_OUT: Record<string, string> = {
  æ: "ae",
  Æ: "AE",
  ø: "oe",
  Ø: "OE",
  œ: "oe",
  Œ: "OE",
  ß: "ss",
  ł: "l",
  Ł: "L",
  ı: "i",
  đ: "d",
  Đ: "D",
};

const LATIN_BASE = /[A-Za-z\u00C6\u00E6\u00D8\u00F8\u0152\u0153\u0131\u0141\u0142\u0110\u0111]/;
const COMBINING_MARK = /[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]/;

export function normalizeDiacritics(text: string): string {
  let out = "";
  let base = "";
  for (const ch of text.normalize("NFD")) {
    if (COMBINING_MARK.test(ch)) {
      if (!LATIN_BASE.test(base)) out += ch;
      continue;
    }
    base = ch;
    out += ch;
  }
  return Array.from(out.normalize("NFC"), (ch) => SPELLED_OUT[ch] ?? ch).join("");
}
