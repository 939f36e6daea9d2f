import { describe, expect, it } from "vitest";
import { isExpressionError } from "./expression-error";
import { tokenize } from "./tokenize";

const kinds = (text: string) => tokenize(text).map((t) => [t.kind, t.value]);

describe("tokenize", () => {
  const cases: [string, (string | number)[][]][] = [
    [
      "ToLower([mail])",
      [
        ["identifier", "ToLower"],
        ["(", "("],
        ["attribute", "mail"],
        [")", ")"],
        ["end", ""],
      ],
    ],
    [
      '"Company name: \\"Contoso\\""',
      [
        ["string", 'Company name: "Contoso"'],
        ["end", ""],
      ],
    ],
    [
      '"a\\\\b"',
      [
        ["string", "a\\b"],
        ["end", ""],
      ],
    ],
    [
      '"\\\\+(?<isdCode>\\\\d* )"',
      [
        ["string", "\\+(?<isdCode>\\d* )"],
        ["end", ""],
      ],
    ],
    [
      '"\\d+"',
      [
        ["string", "\\d+"],
        ["end", ""],
      ],
    ],
    [
      '""',
      [
        ["string", ""],
        ["end", ""],
      ],
    ],
    [
      "[extension_9f2c0e5b_employeeType]",
      [
        ["attribute", "extension_9f2c0e5b_employeeType"],
        ["end", ""],
      ],
    ],
    [
      "[urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department]",
      [
        ["attribute", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department"],
        ["end", ""],
      ],
    ],
    [
      "[ name.givenName ]",
      [
        ["attribute", "name.givenName"],
        ["end", ""],
      ],
    ],
    [
      "7, -10, 1.5",
      [
        ["number", 7],
        [",", ","],
        ["number", -10],
        [",", ","],
        ["number", 1.5],
        ["end", ""],
      ],
    ],
    [
      "&HF7 &hff",
      [
        ["number", 247],
        ["number", 255],
        ["end", ""],
      ],
    ],
    [
      "= <> < <= > >=",
      [
        ["operator", "="],
        ["operator", "<>"],
        ["operator", "<"],
        ["operator", "<="],
        ["operator", ">"],
        ["operator", ">="],
        ["end", ""],
      ],
    ],
    [
      "vbTextCompare",
      [
        ["identifier", "vbTextCompare"],
        ["end", ""],
      ],
    ],
    [
      "Now(\n)\t",
      [
        ["identifier", "Now"],
        ["(", "("],
        [")", ")"],
        ["end", ""],
      ],
    ],
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it("records each token's span", () => {
    expect(tokenize('Append([a], "x")').map((t) => [t.start, t.end])).toEqual([
      [0, 6],
      [6, 7],
      [7, 10],
      [10, 11],
      [12, 15],
      [15, 16],
      [16, 16],
    ]);
  });

  const errors: [string, RegExp, number][] = [
    ['ToLower("abc', /Unterminated string/, 8],
    ['"ends with a backslash\\"', /Unterminated string/, 0],
    ["ToLower([mail", /Unterminated attribute reference/, 8],
    ["[mail\n]", /Unterminated attribute reference/, 0],
    ['Join(",", [])', /Empty attribute reference/, 10],
    ["ToLower(\u201Cmail\u201D)", /straight double quotes/, 8],
    ["ToLower('mail')", /double quotes/, 8],
    ["ToLower([a]])", /"]" without a matching "\["/, 11],
    ["Left([a], 3) + 1", /Unexpected character "\+"/, 13],
    ["&Hxyz", /hexadecimal digits/, 2],
  ];
  it.each(errors)("rejects %j", (text, message, position) => {
    try {
      tokenize(text);
      expect.unreachable();
    } catch (error) {
      expect(isExpressionError(error) && error.code).toBe("syntax");
      if (!isExpressionError(error)) throw error;
      expect(error.detail).toMatch(message);
      expect(error.position).toBe(position);
    }
  });
});
