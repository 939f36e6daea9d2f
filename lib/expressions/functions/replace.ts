// Replace(source, oldValue, regexPattern, regexGroupName, replacementValue, replacementAttributeName, template):
// which arguments are written selects one of the five behaviours Entra documents.
import type { FunctionArgs, FunctionSpec } from "../runtime/function-spec";
import { compileDotNetRegex, substitute } from "./dotnet-regex";

const SOURCE = 0,
  OLD_VALUE = 1,
  PATTERN = 2,
  GROUP = 3,
  REPLACEMENT = 4,
  REPLACEMENT_ATTRIBUTE = 5,
  TEMPLATE = 6;

function regex(args: FunctionArgs): RegExp {
  const pattern = args.text(PATTERN);
  if (pattern === null) args.fail("regexPattern is null", PATTERN);
  try {
    return compileDotNetRegex(pattern);
  } catch (error) {
    const reason = (error as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, "");
    return args.fail(`regexPattern is not a valid regular expression: ${reason}`, PATTERN);
  }
}

function groupName(args: FunctionArgs, re: RegExp): string {
  const name = args.text(GROUP) ?? "";
  // Matching "" against (?:pattern)| always succeeds and lists every named group of the pattern.
  const names = Object.keys(new RegExp(`(?:${re.source})|`, re.flags).exec("")?.groups ?? {});
  if (!names.includes(name)) args.fail(`regexPattern has no group named "${name}"`, GROUP);
  return name;
}

/** Rebuilds source, replacing each match's text (or the part `spanOf` picks) with `replace(match)`. */
function replaceMatches(
  source: string,
  re: RegExp,
  replace: (match: RegExpExecArray) => string,
  spanOf?: (match: RegExpExecArray) => [number, number] | undefined,
): string {
  let out = "";
  let last = 0;
  for (const match of source.matchAll(re)) {
    const span: [number, number] | undefined = spanOf ? spanOf(match) : [match.index, match.index + match[0].length];
    if (!span) continue;
    out += source.slice(last, span[0]) + replace(match);
    last = span[1];
  }
  return out + source.slice(last);
}

function replaceWithValue(args: FunctionArgs): string | null {
  const source = args.text(SOURCE);
  const oldValue = args.text(OLD_VALUE) ?? "";
  if (oldValue === "") args.fail("oldValue must not be empty", OLD_VALUE);
  if (args.isWritten(REPLACEMENT))
    return source === null ? null : source.replaceAll(oldValue, args.text(REPLACEMENT) ?? "");
  const template = args.text(TEMPLATE);
  return source === null || template === null ? null : template.replaceAll(oldValue, source);
}

function replaceWithRegex(args: FunctionArgs): string | null {
  const re = regex(args);
  const source = args.text(SOURCE);
  if (args.isWritten(GROUP) && args.isWritten(REPLACEMENT_ATTRIBUTE) && !args.isWritten(REPLACEMENT)) {
    const name = groupName(args, re);
    if (source !== null && source !== "") return source;
    const other = args.text(REPLACEMENT_ATTRIBUTE);
    if (other === null) return null;
    re.lastIndex = 0;
    return re.exec(other)?.groups?.[name] ?? null;
  }
  if (source === null) return null;
  const replacement = args.text(REPLACEMENT) ?? "";
  if (args.isWritten(GROUP)) {
    const name = groupName(args, re);
    return replaceMatches(
      source,
      re,
      () => replacement,
      (match) => match.indices?.groups?.[name],
    );
  }
  return replaceMatches(source, re, (match) => substitute(replacement, match, source));
}

export const REPLACE_FUNCTION: FunctionSpec = {
  name: "Replace",
  params: [
    "source",
    "oldValue",
    "regexPattern",
    "regexGroupName",
    "replacementValue",
    "replacementAttributeName",
    "template",
  ],
  description:
    "Case-sensitive replacement: oldValue → replacementValue, oldValue in template → source, or by regexPattern (.NET syntax).",
  minArgs: 3,
  maxArgs: 7,
  evaluate(args) {
    const written = (i: number) => args.isWritten(i);
    if (written(OLD_VALUE)) {
      if (written(PATTERN)) args.fail("write either oldValue or regexPattern, not both", PATTERN);
      if (!written(REPLACEMENT) && !written(TEMPLATE)) args.fail("oldValue needs a replacementValue or a template");
      return replaceWithValue(args);
    }
    if (written(PATTERN)) {
      const byAttribute = written(GROUP) && written(REPLACEMENT_ATTRIBUTE);
      if (!written(REPLACEMENT) && !byAttribute)
        args.fail("regexPattern needs a replacementValue, or a regexGroupName and a replacementAttributeName");
      return replaceWithRegex(args);
    }
    return args.fail(
      "write an oldValue (with a replacementValue or a template) or a regexPattern (with a replacementValue or a replacementAttributeName)",
    );
  },
};
