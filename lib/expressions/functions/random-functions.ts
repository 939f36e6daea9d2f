// Generated values: Guid and RandomString. Randomness comes from the evaluation environment (crypto by default).
import { requiredInteger, type FunctionArgs, type FunctionSpec } from "../runtime/function-spec";

const DIGITS = "0123456789";
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOWER = "abcdefghijklmnopqrstuvwxyz";
// Windows password complexity's "special characters".
const SPECIAL = "~!@#$%^&*_-+=`|\\(){}[]:;\"'<>,.?/";
const MAX_LENGTH = 256;

function count(args: FunctionArgs, index: number, name: string): number {
  const n = requiredInteger(args, index, name);
  if (n < 0) args.fail(`${name} must not be negative`, index);
  return n;
}

function randomString(args: FunctionArgs): string {
  const length = count(args, 0, "Length");
  if (length > MAX_LENGTH) args.fail(`Length is at most ${MAX_LENGTH}`, 0);
  const avoid = args.text(5) ?? "";
  const allowed = (set: string) => Array.from(set).filter((ch) => !avoid.includes(ch));
  const classes = [
    { name: "MinimumNumbers", chars: allowed(DIGITS), min: count(args, 1, "MinimumNumbers"), index: 1 },
    {
      name: "MinimumSpecialCharacters",
      chars: allowed(SPECIAL),
      min: count(args, 2, "MinimumSpecialCharacters"),
      index: 2,
    },
    { name: "MinimumCapital", chars: allowed(UPPER), min: count(args, 3, "MinimumCapital"), index: 3 },
    { name: "MinimumLowerCase", chars: allowed(LOWER), min: count(args, 4, "MinimumLowerCase"), index: 4 },
  ];
  const required = classes.reduce((sum, c) => sum + c.min, 0);
  if (required > length) args.fail(`Length (${length}) is less than the sum of the minimums (${required})`, 0);
  for (const c of classes) {
    if (c.min > 0 && c.chars.length === 0) args.fail(`CharactersToAvoid excludes every character ${c.name} needs`, 5);
  }
  const pick = (chars: string[]) => chars[Math.min(chars.length - 1, Math.floor(args.env.random() * chars.length))]!;
  const out: string[] = [];
  for (const c of classes) for (let i = 0; i < c.min; i++) out.push(pick(c.chars));
  const any = classes.flatMap((c) => c.chars);
  if (out.length < length && any.length === 0) args.fail("CharactersToAvoid excludes every character", 5);
  while (out.length < length) out.push(pick(any));
  // Fisher–Yates, so the required characters are not always at the front.
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(args.env.random() * (i + 1)));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out.join("");
}

export const RANDOM_FUNCTIONS: FunctionSpec[] = [
  {
    name: "Guid",
    params: [],
    description: "A new random GUID, e.g. 00aa00aa-bb11-cc22-dd33-44ee44ee44ee.",
    minArgs: 0,
    maxArgs: 0,
    evaluate: (args) => args.env.guid(),
  },
  {
    name: "RandomString",
    params: [
      "Length",
      "MinimumNumbers",
      "MinimumSpecialCharacters",
      "MinimumCapital",
      "MinimumLowerCase",
      "[CharactersToAvoid]",
    ],
    description:
      "A random string of Length characters (at most 256) with at least the given numbers of each kind of character.",
    minArgs: 5,
    maxArgs: 6,
    evaluate: randomString,
  },
];
