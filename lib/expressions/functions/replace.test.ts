import { describe, expect, it } from "vitest";
import { evaluateAt, evaluationErrorAt } from "@/tests/fixtures/expressions";

type Case = [expression: string, source: Record<string, unknown>, expected: unknown];

const PHONE = '"\\\\+(?<isdCode>\\\\d* )(?<phoneNumber>\\\\d{10})"';

// Examples 1 to 6 and "Strip known domain name" of Microsoft's reference, then the other combinations.
const cases: Case[] = [
  [
    'Replace([BusinessTitle],"Product Developer", , , "Software Engineer", , )',
    { BusinessTitle: "Product Developer" },
    "Software Engineer",
  ],
  [
    'Replace([BusinessTitle],"Product Developer", , , "Software Engineer", , )',
    { BusinessTitle: "Senior Product Developer" },
    "Senior Software Engineer",
  ],
  ['Replace([UserID],"<username>", , , , , "<username>@contoso.com")', { UserID: "jsmith" }, "jsmith@contoso.com"],
  [
    `Replace([telephoneNumber], , ${PHONE}, , "\${phoneNumber}", , )`,
    { telephoneNumber: "+91 9998887777" },
    "9998887777",
  ],
  [
    'Replace([AddressLineData], ,"(?<streetNumber>^\\\\d*)","streetNumber", "888", , )',
    { AddressLineData: "545 Tremont Street" },
    "888 Tremont Street",
  ],
  [
    'Replace([userPrincipalName], , "(?<Suffix>@(.)*)", "Suffix", "", , )',
    { userPrincipalName: "jsmith@contoso.com" },
    "jsmith",
  ],
  [
    `Replace([telephoneNumber], , ${PHONE}, "phoneNumber" , , [mobile], )`,
    { telephoneNumber: "", mobile: "+91 8887779999" },
    "8887779999",
  ],
  [`Replace([telephoneNumber], , ${PHONE}, "phoneNumber" , , [mobile], )`, { mobile: "+91 8887779999" }, "8887779999"],
  [
    `Replace([telephoneNumber], , ${PHONE}, "phoneNumber" , , [mobile], )`,
    { telephoneNumber: "+1 5551234567", mobile: "+91 8887779999" },
    "+1 5551234567",
  ],
  [
    `Replace([telephoneNumber], , ${PHONE}, "phoneNumber" , , [mobile], )`,
    { telephoneNumber: "", mobile: "none" },
    null,
  ],
  ['Replace([mailNickname], , "[a-zA-Z_]*", , "", , )', { mailNickname: "john_doe72" }, "72"],
  ['Replace([mail], "@contoso.com", , ,"", ,)', { mail: "john.doe@contoso.com" }, "john.doe"],
  // The reference shows 19998887777 for this one, but its pattern does not match "+"; .NET keeps it, as here.
  ['Replace([mobile], , "[()\\\\s-]+", , "", , )', { mobile: "+1 (999) 888-7777" }, "+19998887777"],
  ['Replace([mail], "@contoso.com", , ,"", ,)', {}, null],
  ['Replace("a.b.c", ".", , , "-")', {}, "a-b-c"],
  ['Replace("Case", "case", , , "x", , )', {}, "Case"],
  ['Replace("2021-06-30", , "(\\\\d+)-(\\\\d+)-(\\\\d+)", , "$3/$2/$1", , )', {}, "30/06/2021"],
  ['Replace("price 5", , "\\\\d", , "$$$&", , )', {}, "price $5"],
  ['Replace("abc", , "b", , "[$`|$\']", , )', {}, "a[a|c]c"],
  ['Replace("abc", , "b", , "${nope}", , )', {}, "a${nope}c"],
  ['Replace("ABC", , "(?i)b", , "x", , )', {}, "AxC"],
  ['Replace("a1b22", , "(?\'digits\'\\\\d+)", , "<${digits}>", , )', {}, "a<1>b<22>"],
];

describe("Replace", () => {
  it.each(cases)("%s with %o → %o", (expression, source, expected) => {
    expect(evaluateAt(expression, source)).toEqual(expected);
  });

  const errors: [string, string, number][] = [
    [
      'Replace([a], , , , "x", , )',
      "Replace: write an oldValue (with a replacementValue or a template) or a regexPattern (with a replacementValue or a replacementAttributeName)",
      1,
    ],
    ['Replace([a], "x", , , , , )', "Replace: oldValue needs a replacementValue or a template", 1],
    ['Replace([a], "x", "y", , "z", , )', "Replace: write either oldValue or regexPattern, not both", 19],
    ['Replace("a", "", , , "z", , )', "Replace: oldValue must not be empty", 14],
    [
      'Replace("a", , "(", , "z", , )',
      "Replace: regexPattern is not a valid regular expression: Unterminated group",
      16,
    ],
    ['Replace("a", , "(?<x>a)", "y", "z", , )', 'Replace: regexPattern has no group named "y"', 27],
    [
      'Replace("a", , "a", "x", , , )',
      "Replace: regexPattern needs a replacementValue, or a regexGroupName and a replacementAttributeName",
      1,
    ],
  ];
  it.each(errors)("%s fails", (expression, detail, column) => {
    expect(evaluationErrorAt(expression, { a: "text" })).toEqual({ code: "evaluation", detail, column });
  });
});
