// String functions: Append, Join, Left, Mid, StripSpaces, ToLower, ToUpper, PCase, Word, InStr,
// NormalizeDiacritics, CStr, ConvertToBase64, ConvertToUTF8Hex.
import { requiredInteger, type FunctionArgs, type FunctionSpec } from "../runtime/function-spec";
import { scalarToText } from "../runtime/values";
import { normalizeDiacritics } from "./normalize-diacritics";
import { properCase } from "./proper-case";

function mapText(args: FunctionArgs, transform: (text: string) => string): string | null {
  const text = args.text(0);
  return text === null ? null : transform(text);
}

/** ToLower and ToUpper: the same function but for the direction. */
function caseFunction(direction: "lower" | "upper"): FunctionSpec {
  return {
    name: direction === "lower" ? "ToLower" : "ToUpper",
    params: ["source", "[culture]"],
    description: `source in ${direction} case, by the rules of culture (e.g. "tr-TR") or the invariant culture.`,
    minArgs: 1,
    maxArgs: 2,
    evaluate(args) {
      const culture = args.text(1);
      return mapText(args, (text) => {
        if (!culture) return direction === "lower" ? text.toLowerCase() : text.toUpperCase();
        try {
          return direction === "lower" ? text.toLocaleLowerCase(culture) : text.toLocaleUpperCase(culture);
        } catch {
          return args.fail(`"${culture}" is not a culture name such as "en-US" or "tr-TR"`, 1);
        }
      });
    },
  };
}

/** Case folding that keeps every character's length, so positions in the folded text match the original. */
function foldCase(text: string): string {
  return Array.from(text, (ch) => {
    const lower = ch.toLowerCase();
    return lower.length === ch.length ? lower : ch;
  }).join("");
}

function compareType(args: FunctionArgs): "binary" | "text" {
  if (!args.isWritten(3)) return "binary";
  const name = (args.constantName(3) ?? args.text(3) ?? "").toLowerCase();
  if (name === "vbbinarycompare" || name === "0") return "binary";
  if (name === "vbtextcompare" || name === "1") return "text";
  return args.fail("compareType must be vbBinaryCompare (case-sensitive) or vbTextCompare (case-insensitive)", 3);
}

// Written without Buffer so the language also runs in the browser (the expression builder).
function toUtf16Base64(text: string): string {
  let bytes = "";
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes += String.fromCharCode(unit & 0xff, unit >> 8);
  }
  return btoa(bytes);
}

function toUtf8Hex(text: string): string {
  return Array.from(new TextEncoder().encode(text), (b) => b.toString(16).padStart(2, "0").toUpperCase()).join("");
}

export const TEXT_FUNCTIONS: FunctionSpec[] = [
  {
    name: "Append",
    params: ["source", "suffix"],
    description: "Appends suffix to the end of source. A null part counts as empty; null when both are null.",
    minArgs: 2,
    maxArgs: 2,
    evaluate(args) {
      const source = args.text(0);
      const suffix = args.text(1);
      return source === null && suffix === null ? null : `${source ?? ""}${suffix ?? ""}`;
    },
  },
  {
    name: "Join",
    params: ["separator", "source1", "source2..."],
    description:
      "Joins the values (every value of a multi-valued attribute) with separator, skipping null and empty values.",
    minArgs: 2,
    maxArgs: Infinity,
    evaluate(args) {
      const separator = args.text(0) ?? "";
      const parts: string[] = [];
      for (let i = 1; i < args.count; i++) {
        for (const value of args.list(i)) {
          const text = scalarToText(value);
          if (text !== "") parts.push(text);
        }
      }
      return parts.join(separator);
    },
  },
  {
    name: "Left",
    params: ["string", "numChars"],
    description:
      "The first numChars characters of string (the whole string when numChars < 0; empty when string is null).",
    minArgs: 2,
    maxArgs: 2,
    evaluate(args) {
      const text = args.text(0);
      const count = requiredInteger(args, 1, "numChars");
      if (text === null) return "";
      return count < 0 ? text : text.slice(0, count);
    },
  },
  {
    name: "Mid",
    params: ["source", "start", "length"],
    description: "The substring of source from start (the first character is 1) of at most length characters.",
    minArgs: 3,
    maxArgs: 3,
    evaluate(args) {
      const text = args.text(0);
      const start = requiredInteger(args, 1, "start");
      const length = requiredInteger(args, 2, "length");
      if (start < 1) args.fail("start must be 1 or more (the first character is 1)", 1);
      if (length < 0) args.fail("length must not be negative", 2);
      return text === null ? null : text.slice(start - 1, start - 1 + length);
    },
  },
  {
    name: "StripSpaces",
    params: ["source"],
    description: 'Removes every space (" ") from source.',
    minArgs: 1,
    maxArgs: 1,
    evaluate: (args) => mapText(args, (text) => text.replaceAll(" ", "")),
  },
  caseFunction("lower"),
  caseFunction("upper"),
  {
    name: "PCase",
    params: ["source", "[wordSeparators]"],
    description:
      "Proper case: each word's first letter upper case, the rest lower case; words split at wordSeparators if given.",
    minArgs: 1,
    maxArgs: 2,
    evaluate(args) {
      const separators = args.text(1);
      return mapText(args, (text) =>
        properCase(text, separators === null || separators === "" ? undefined : separators),
      );
    },
  },
  {
    name: "Word",
    params: ["string", "wordNumber", "delimiters"],
    description:
      "The wordNumber-th word (from 1) of string, words being separated by any of the delimiters characters; empty if none.",
    minArgs: 3,
    maxArgs: 3,
    evaluate(args) {
      const text = args.text(0);
      const number = requiredInteger(args, 1, "wordNumber");
      const delimiters = args.text(2) ?? "";
      if (text === null || number < 1) return "";
      const words: string[] = [];
      let word = "";
      for (const ch of text) {
        if (delimiters.includes(ch)) {
          if (word) words.push(word);
          word = "";
        } else word += ch;
      }
      if (word) words.push(word);
      return words[number - 1] ?? "";
    },
  },
  {
    name: "InStr",
    params: ["value1", "value2", "[start]", "[compareType]"],
    description:
      "Position (from 1) of the first value2 in value1 at or after start, 0 if absent; vbTextCompare ignores case.",
    minArgs: 2,
    maxArgs: 4,
    evaluate(args) {
      let haystack = args.text(0) ?? "";
      let needle = args.text(1) ?? "";
      const start = args.integer(2) ?? 1;
      if (start < 1) args.fail("start must be 1 or more (the first character is 1)", 2);
      if (compareType(args) === "text") {
        haystack = foldCase(haystack);
        needle = foldCase(needle);
      }
      if (haystack === "" || start > haystack.length) return 0;
      if (needle === "") return start;
      return haystack.indexOf(needle, start - 1) + 1;
    },
  },
  {
    name: "NormalizeDiacritics",
    params: ["source"],
    description: "Replaces letters with diacritics by plain ones (Zoë → Zoe, ø → oe, ß → ss).",
    minArgs: 1,
    maxArgs: 1,
    evaluate: (args) => mapText(args, normalizeDiacritics),
  },
  {
    name: "CStr",
    params: ["value"],
    description: 'The value as a string (booleans as "True"/"False").',
    minArgs: 1,
    maxArgs: 1,
    evaluate: (args) => args.text(0),
  },
  {
    name: "ConvertToBase64",
    params: ["source"],
    description: "source encoded as base64 of its UTF-16 (Unicode) bytes.",
    minArgs: 1,
    maxArgs: 1,
    evaluate: (args) => mapText(args, toUtf16Base64),
  },
  {
    name: "ConvertToUTF8Hex",
    params: ["source"],
    description: "source encoded as upper-case hexadecimal of its UTF-8 bytes.",
    minArgs: 1,
    maxArgs: 1,
    evaluate: (args) => mapText(args, toUtf8Hex),
  },
];
