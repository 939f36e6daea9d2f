import { describe, expect, it } from "vitest";
import { evaluateAt, evaluationErrorAt } from "@/tests/fixtures/expressions";

type Case = [expression: string, source: Record<string, unknown>, expected: unknown];

const names = { givenName: "John", surname: "Doe", PreferredFirstName: "John", PreferredLastName: "Smith" };

// Vectors from Microsoft's "Reference for writing expressions for attribute mappings", then edge cases.
const cases: Record<string, Case[]> = {
  Append: [
    [
      'Append([userPrincipalName], ".test")',
      { userPrincipalName: "John.Doe@contoso.com" },
      "John.Doe@contoso.com.test",
    ],
    ["Append(Mid([givenName], 1, 3), Mid([surname], 1, 5))", names, "JohDoe"],
    ['Append([missing], ".test")', {}, ".test"],
    ["Append([givenName], [missing])", names, "John"],
    ["Append([a], [b])", {}, null],
  ],
  Join: [
    ['Join(", ", [surname], [givenName])', names, "Doe, John"],
    ['Join(", ", "", [surname], [givenName])', names, "Doe, John"],
    ['Join(";", [proxyAddresses], "x")', { proxyAddresses: ["a", "b"] }, "a;b;x"],
    ['Join(", ", [missing], [givenName], "")', names, "John"],
    ['Join("", 1000, "7")', {}, "10007"],
    ["Join(, [givenName], [surname])", names, "JohnDoe"],
    ['Join(",", [missing])', {}, ""],
  ],
  Left: [
    ['Left("John Doe", 3)', {}, "Joh"],
    ['Left("John Doe", 0)', {}, ""],
    ['Left("John Doe", -1)', {}, "John Doe"],
    ["Left([missing], 2)", {}, ""],
    ['Left("Jo", 5)', {}, "Jo"],
    ['Left("John", "2")', {}, "Jo"],
  ],
  Mid: [
    ["Mid([givenName], 1, 3)", names, "Joh"],
    ["Mid([givenName], 2, 10)", names, "ohn"],
    ["Mid([givenName], 9, 2)", names, ""],
    ["Mid([givenName], 2, 0)", names, ""],
    ["Mid([missing], 1, 1)", {}, null],
  ],
  StripSpaces: [
    ['StripSpaces(" Mary  Ann ")', {}, "MaryAnn"],
    ['StripSpaces("tab\tstays")', {}, "tab\tstays"],
    ["StripSpaces([missing])", {}, null],
  ],
  ToLower: [
    [
      'ToLower(Join("@", NormalizeDiacritics(StripSpaces(Join(".",  [PreferredFirstName], [PreferredLastName]))), "contoso.com"))',
      names,
      "john.smith@contoso.com",
    ],
    ['ToLower("TITLE", "tr-TR")', {}, "tıtle"],
    ['ToLower("TITLE", "en-US")', {}, "title"],
    ['ToLower("ÀÉÎ")', {}, "àéî"],
  ],
  ToUpper: [
    ['ToUpper("istanbul")', {}, "ISTANBUL"],
    ['ToUpper("istanbul", "tr-TR")', {}, "İSTANBUL"],
    ["ToUpper([missing])", {}, null],
  ],
  PCase: [
    ["PCase([firstName])", { firstName: "PABLO GONSALVES (SECOND)" }, "Pablo Gonsalves (Second)"],
    ['PCase([lastName]," \'-")', { lastName: "PINTO-DE'SILVA" }, "Pinto-De'Silva"],
    ['PCase(Join(" ",[firstName],[lastName]))', { firstName: "GREGORY", lastName: "JAMES" }, "Gregory James"],
    ['PCase("jean-luc o\'neil_smith")', {}, "Jean-Luc O'neil_Smith"],
    ['PCase("mary ann", "-")', {}, "Mary ann"],
    ['PCase("élodie DURAND")', {}, "Élodie Durand"],
    ['PCase("3RD floor")', {}, "3rd Floor"],
  ],
  Word: [
    ['Word("The quick brown fox",3," ")', {}, "brown"],
    ['Word("This,string!has&many separators",3,",!&#")', {}, "has"],
    ['Word("This,string!has&many separators",5,",!&# ")', {}, "separators"],
    ['Word("a  b", 2, " ")', {}, "b"],
    ['Word("a b", 0, " ")', {}, ""],
    ['Word("a b", 3, " ")', {}, ""],
    ['Word([missing], 1, " ")', {}, ""],
  ],
  InStr: [
    ['InStr("The quick brown fox","quick")', {}, 5],
    ['InStr("repEated","e",3,vbBinaryCompare)', {}, 7],
    ['InStr("repEated","e",3,vbTextCompare)', {}, 4],
    ['InStr("repEated","E",,vbTextCompare)', {}, 2],
    ['InStr("repEated","e",3,"vbTextCompare")', {}, 4],
    ['InStr("abc","z")', {}, 0],
    ['InStr("abc","")', {}, 1],
    ['InStr("","a")', {}, 0],
    ['InStr([missing],"a")', {}, 0],
    ['InStr("abc","c",4)', {}, 0],
  ],
  NormalizeDiacritics: [
    ["NormalizeDiacritics([givenName])", { givenName: "Zoë" }, "Zoe"],
    ['NormalizeDiacritics("äàâãåáąăā ÄÀÂÃÅÁĄĂĀ")', {}, "aaaaaaaaa AAAAAAAAA"],
    ['NormalizeDiacritics("æ ǣ Æ Ǣ ø Ø ß")', {}, "ae ae AE AE oe OE ss"],
    [
      'NormalizeDiacritics("çčć ďḏ ëèéêęěėē ğ ïîìíıī İ łľ ñńň öòőõôóō řṟ šśșş ťț üùûúůűū ÿýȳ źžż")',
      {},
      "ccc dd eeeeeeee g iiiiii I ll nnn ooooooo rr ssss tt uuuuuuu yyy zzz",
    ],
    ['NormalizeDiacritics("Ł Ř Ș Ț Ÿ Ž")', {}, "L R S T Y Z"],
    ['NormalizeDiacritics("Йошкар-Ола 한글 ガ")', {}, "Йошкар-Ола 한글 ガ"],
    ["NormalizeDiacritics([missing])", {}, null],
  ],
  CStr: [
    ["CStr(IsNull([x]))", {}, "True"],
    ["CStr(5)", {}, "5"],
    ["CStr([dn])", { dn: "cn=Joe,dc=contoso,dc=com" }, "cn=Joe,dc=contoso,dc=com"],
  ],
  ConvertToBase64: [
    ['ConvertToBase64("Hello world!")', {}, "SABlAGwAbABvACAAdwBvAHIAbABkACEA"],
    ['ConvertToBase64("é")', {}, "6QA="],
  ],
  ConvertToUTF8Hex: [
    ['ConvertToUTF8Hex("Hello world!")', {}, "48656C6C6F20776F726C6421"],
    ['ConvertToUTF8Hex("é€")', {}, "C3A9E282AC"],
  ],
};

describe.each(Object.entries(cases))("%s", (_name, table) => {
  it.each(table)("%s with %o → %o", (expression, source, expected) => {
    expect(evaluateAt(expression, source)).toEqual(expected);
  });
});

describe("text function errors point at the argument", () => {
  const errors: [string, Record<string, unknown>, string, number][] = [
    ['Mid("abc", 0, 1)', {}, "Mid: start must be 1 or more (the first character is 1)", 12],
    ['Mid("abc", 1, -1)', {}, "Mid: length must not be negative", 15],
    ['Mid("abc", "x", 1)', {}, 'Mid: start must be a whole number, not "x"', 12],
    ['Mid("abc", 1.5, 1)', {}, 'Mid: start must be a whole number, not "1.5"', 12],
    ['Left("abc", )', {}, "Left: numChars is required", 13],
    [
      "Left([multi], 1)",
      { multi: ["a", "b"] },
      "Left: string must be a single value, but it has 2 values; pick one with Item() or combine them with Join()",
      6,
    ],
    [
      'ToLower("a", "not a culture!")',
      {},
      'ToLower: "not a culture!" is not a culture name such as "en-US" or "tr-TR"',
      14,
    ],
    [
      'InStr("a", "b", 1, "vbFooCompare")',
      {},
      "InStr: compareType must be vbBinaryCompare (case-sensitive) or vbTextCompare (case-insensitive)",
      20,
    ],
    ['InStr("a", "b", 0)', {}, "InStr: start must be 1 or more (the first character is 1)", 17],
    ['Word("a b", "two", " ")', {}, 'Word: wordNumber must be a whole number, not "two"', 13],
  ];
  it.each(errors)("%s", (expression, source, detail, column) => {
    expect(evaluationErrorAt(expression, source)).toEqual({ code: "evaluation", detail, column });
  });
});
