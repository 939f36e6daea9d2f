// .NET regular expressions as Entra's Replace uses them, on JavaScript's engine: named groups (?<name>…) and
// (?'name'…), leading inline options such as (?i), and .NET's substitution syntax (${name}, $1, $$, $&, $`, $', $+, $_).
export function compileDotNetRegex(pattern: string): RegExp {
  let body = pattern;
  let flags = "gd";
  const inline = /^\(\?([imsx]+)\)/.exec(body);
  if (inline) {
    if (inline[1]!.includes("x")) throw new SyntaxError("the (?x) option is not supported");
    for (const f of new Set(inline[1]!)) flags += f;
    body = body.slice(inline[0].length);
  }
  body = body.replace(/\(\?'([A-Za-z_][A-Za-z0-9_]*)'/g, "(?<$1>");
  if (/\\[pP]\{/.test(body)) flags += "u";
  return new RegExp(body, flags);
}

/** The replacement text for one match, expanding .NET substitutions; unknown references stay literal. */
export function substitute(replacement: string, match: RegExpMatchArray, input: string): string {
  let out = "";
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i]!;
    if (c !== "$" || i === replacement.length - 1) {
      out += c;
      continue;
    }
    const next = replacement[i + 1]!;
    const start = match.index!;
    if (next === "$") out += "$";
    else if (next === "&") out += match[0];
    else if (next === "`") out += input.slice(0, start);
    else if (next === "'") out += input.slice(start + match[0].length);
    else if (next === "_") out += input;
    else if (next === "+") out += match.length > 1 ? (match[match.length - 1] ?? "") : "";
    else if (next === "{") {
      const close = replacement.indexOf("}", i + 2);
      const name = close === -1 ? "" : replacement.slice(i + 2, close);
      const value = groupValue(match, name);
      if (value === undefined) {
        out += c;
        continue;
      }
      out += value;
      i = close;
      continue;
    } else if (/[0-9]/.test(next)) {
      // The longest run of digits that names an existing group.
      let digits = /^[0-9]+/.exec(replacement.slice(i + 1))![0];
      while (digits.length > 0 && Number(digits) >= match.length) digits = digits.slice(0, -1);
      if (digits === "") {
        out += c;
        continue;
      }
      out += match[Number(digits)] ?? "";
      i += digits.length;
      continue;
    } else {
      out += c;
      continue;
    }
    i++;
  }
  return out;
}

function groupValue(match: RegExpMatchArray, name: string): string | undefined {
  if (/^[0-9]+$/.test(name)) return Number(name) < match.length ? (match[Number(name)] ?? "") : undefined;
  if (match.groups && name in match.groups) return match.groups[name] ?? "";
  return undefined;
}
