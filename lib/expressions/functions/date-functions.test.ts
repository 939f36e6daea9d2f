import { describe, expect, it } from "vitest";
import { evaluateAt, evaluationErrorAt } from "@/tests/fixtures/expressions";

type Case = [expression: string, source: Record<string, unknown>, expected: unknown];

const hire = { StatusHireDate: "2012-03-16-07:00" };

// Vectors from Microsoft's "Reference for writing expressions for attribute mappings" (Now() is the documented
// "7/2/2021 3:33:38 PM" here), then the other intervals, formats and edges.
const cases: Record<string, Case[]> = {
  Now: [["Now()", {}, "7/2/2021 3:33:38 PM"]],
  CDate: [
    ["CDate([StatusHireDate])", { StatusHireDate: "2020-03-16-07:00" }, "3/16/2020 7:00:00 AM"],
    ['CDate("2021-06-30+08:00")', {}, "6/29/2021 4:00:00 PM"],
    ['CDate("2009-06-15T01:45:30-07:00")', {}, "6/15/2009 8:45:30 AM"],
    ['CDate("2009-06-15T01:45:30.123Z")', {}, "6/15/2009 1:45:30 AM"],
    ['CDate("2021-08-24")', {}, "8/24/2021 12:00:00 AM"],
    ['CDate("8/25/2021 5:41:18 PM")', {}, "8/25/2021 5:41:18 PM"],
    ['CDate("12/31/2020 12:05:00 AM")', {}, "12/31/2020 12:05:00 AM"],
    ['CDate("20150123105347.1Z")', {}, "1/23/2015 10:53:47 AM"],
    ["CDate([missing])", {}, null],
  ],
  DateAdd: [
    ['DateAdd("d", 7, CDate([StatusHireDate]))', hire, "3/23/2012 7:00:00 AM"],
    ['DateAdd("d", -10, CDate([StatusHireDate]))', hire, "3/6/2012 7:00:00 AM"],
    ['DateAdd("ww", 2, CDate([StatusHireDate]))', hire, "3/30/2012 7:00:00 AM"],
    ['DateAdd("m", 10, CDate([StatusHireDate]))', hire, "1/16/2013 7:00:00 AM"],
    ['DateAdd("yyyy", 2, CDate([StatusHireDate]))', hire, "3/16/2014 7:00:00 AM"],
    ['DateAdd("q", 1, CDate([StatusHireDate]))', hire, "6/16/2012 7:00:00 AM"],
    ['DateAdd("y", 1, CDate([StatusHireDate]))', hire, "3/17/2012 7:00:00 AM"],
    ['DateAdd("w", 1, CDate([StatusHireDate]))', hire, "3/17/2012 7:00:00 AM"],
    ['DateAdd("h", 18, CDate([StatusHireDate]))', hire, "3/17/2012 1:00:00 AM"],
    ['DateAdd("n", -90, CDate([StatusHireDate]))', hire, "3/16/2012 5:30:00 AM"],
    ['DateAdd("s", 3661, CDate([StatusHireDate]))', hire, "3/16/2012 8:01:01 AM"],
    ['DateAdd("d", "7", [StatusHireDate])', hire, "3/23/2012 7:00:00 AM"],
    ['DateAdd("d", 1.9, "2021-01-01")', {}, "1/2/2021 12:00:00 AM"],
    ['DateAdd("m", 1, "2021-01-31")', {}, "2/28/2021 12:00:00 AM"],
    ['DateAdd("yyyy", 1, "2020-02-29")', {}, "2/28/2021 12:00:00 AM"],
    ['DateAdd("d", 30, Now())', {}, "8/1/2021 3:33:38 PM"],
    ['DateAdd("d", 1, [missing])', {}, null],
  ],
  DateDiff: [
    ['DateDiff("d", "2021-08-18+08:00", "2021-08-31+08:00")', {}, 13],
    ['DateDiff("d", "8/25/2021 5:41:18 PM", "2012-03-16-07:00")', {}, -3449],
    ['DateDiff("ww", "8/25/2021 5:41:18 PM", "2012-03-16-07:00")', {}, -493],
    ['DateDiff("m", "8/25/2021 5:41:18 PM", "2012-03-16-07:00")', {}, -113],
    ['DateDiff("yyyy", "8/25/2021 5:41:18 PM", "2012-03-16-07:00")', {}, -9],
    ['DateDiff("d", "2021-08-31+08:00", "2021-08-31+08:00")', {}, 0],
    ['DateDiff("h", "2021-08-24", "2021-08-25")', {}, 24],
    ['DateDiff("n", "2021-08-24", "2021-08-25")', {}, 1440],
    ['DateDiff("s", "2021-08-24", "2021-08-25")', {}, 86400],
    ['DateDiff("q", "2021-03-31", "2021-04-01")', {}, 1],
    ['DateDiff("w", "2021-08-01", "2021-08-14")', {}, 1],
    ['DateDiff("d", Now(), CDate([StatusHireDate]))', { StatusHireDate: "2021-07-09-07:00" }, 6],
    ['DateDiff("d", [missing], Now())', {}, null],
  ],
  FormatDateTime: [
    [
      'FormatDateTime([extensionAttribute1], , "yyyyMMddHHmmss.fZ", "yyyy-MM-dd")',
      { extensionAttribute1: "20150123105347.1Z" },
      "2015-01-23",
    ],
    [
      'FormatDateTime([ContractEndDate], ,"yyyy-MM-ddzzz", "yyyy-MM-dd")',
      { ContractEndDate: "2020-12-31-08:00" },
      "2020-12-31",
    ],
    [
      'FormatDateTime([endDate], ,"M/d/yyyy hh:mm:ss tt","yyyy-MM-dd")',
      { endDate: "1/5/2021 11:59:59 PM" },
      "2021-01-05",
    ],
    ['FormatDateTime([d], "M/d/yyyy", "dddd, MMMM d, yyyy")', { d: "7/4/2021" }, "Sunday, July 4, 2021"],
    [
      'FormatDateTime([d], , "yyyy-MM-ddTHH:mm:sszzz", "yyyy-MM-ddTHH:mm:ssK")',
      { d: "2021-06-30T10:20:30+02:00" },
      "2021-06-30T08:20:30+00:00",
    ],
    [
      'FormatDateTime([d], "AdjustToUniversal", "yyyy-MM-ddTHH:mm:sszzz", "o")',
      { d: "2021-06-30T10:20:30+02:00" },
      "2021-06-30T08:20:30.0000000Z",
    ],
    ['FormatDateTime([d], , "yyyyMMddHHmmss.fZ", "o")', { d: "20150123105347.1Z" }, "2015-01-23T10:53:47.1000000Z"],
    ['FormatDateTime([d], , "yyyy-MM-dd", "o")', { d: "2015-01-23" }, "2015-01-23T00:00:00.0000000"],
    ['FormatDateTime([d], , "HH:mm", "M/d/yyyy HH:mm")', { d: "09:30" }, "7/2/2021 09:30"],
    ['FormatDateTime([d], "NoCurrentDateDefault", "HH:mm", "yyyy-MM-dd HH:mm")', { d: "09:30" }, "0001-01-01 09:30"],
    ['FormatDateTime([d], , "yyyy-MM-dd", "yyyy-MM-dd")', { d: "  2015-01-23  " }, "2015-01-23"],
    ['FormatDateTime([d], , "yyyy-MM-dd", "yyyy-MM-dd")', {}, null],
  ],
  DateFromNum: [
    ["DateFromNum(129699324000000000)", {}, "1/1/2012 11:00:00 PM"],
    ["DateFromNum([lastLogonTimestamp])", { lastLogonTimestamp: "129699324000000000" }, "1/1/2012 11:00:00 PM"],
  ],
  NumFromDate: [
    [
      'NumFromDate(Join("", FormatDateTime([ContractEndDate], ,"yyyy-MM-ddzzz", "yyyy-MM-dd"), " 23:59:59-08:00"))',
      { ContractEndDate: "2020-12-31-08:00" },
      "132539615990000000",
    ],
    [
      'NumFromDate(Join("",FormatDateTime([endDate], ,"M/d/yyyy hh:mm:ss tt","yyyy-MM-dd")," 23:59:59-08:00"))',
      { endDate: "12/31/2020 10:00:00 AM" },
      "132539615990000000",
    ],
    ['DateFromNum(NumFromDate("2012-01-01T23:00:00Z"))', {}, "1/1/2012 11:00:00 PM"],
  ],
};

describe.each(Object.entries(cases))("%s", (_name, table) => {
  it.each(table)("%s with %o → %o", (expression, source, expected) => {
    expect(evaluateAt(expression, source)).toEqual(expected);
  });
});

describe("date function errors point at the argument", () => {
  const errors: [string, Record<string, unknown>, string, number][] = [
    ['DateAdd("x", 1, Now())', {}, 'DateAdd: interval must be one of yyyy, q, m, y, d, w, ww, h, n, s (got "x")', 9],
    ['DateAdd("d", "soon", Now())', {}, 'DateAdd: value must be a number, not "soon"', 14],
    [
      'DateAdd("d", 1, "next tuesday")',
      {},
      'DateAdd: "next tuesday" is not a date and time this function reads (e.g. "2012-03-16-07:00", "3/16/2012 7:00:00 AM")',
      17,
    ],
    ['DateAdd("yyyy", 9000, Now())', {}, "DateAdd: the result is outside the years 1 to 9999", 17],
    [
      'CDate("2021-02-30")',
      {},
      'CDate: "2021-02-30" is not a date and time this function reads (e.g. "2012-03-16-07:00", "3/16/2012 7:00:00 AM")',
      7,
    ],
    [
      'DateDiff("d", Now(), "13/13/2021")',
      {},
      'DateDiff: "13/13/2021" is not a date and time this function reads (e.g. "2012-03-16-07:00", "3/16/2012 7:00:00 AM")',
      22,
    ],
    [
      'FormatDateTime([d], , "yyyy-MM-dd", "yyyy")',
      { d: "23/01/2015" },
      'FormatDateTime: "23/01/2015" does not match the format "yyyy-MM-dd"',
      16,
    ],
    [
      'FormatDateTime("2015-02-30", , "yyyy-MM-dd", "yyyy")',
      {},
      'FormatDateTime: "2015-02-30" does not match the format "yyyy-MM-dd"',
      16,
    ],
    [
      'FormatDateTime([d], "Sometimes", "yyyy", "yyyy")',
      { d: "2015" },
      'FormatDateTime: "Sometimes" is not a DateTimeStyles value (10 are known, e.g. AdjustToUniversal, AssumeUniversal, RoundtripKind)',
      21,
    ],
    [
      'FormatDateTime([d], , "yyyy-\'MM", "yyyy")',
      { d: "2015" },
      "FormatDateTime: the quoted text starting at character 6 of the format has no closing '",
      23,
    ],
    [
      'FormatDateTime([d], , "yyyy", "Q")',
      { d: "2015" },
      'FormatDateTime: "Q" is not a standard date and time format',
      31,
    ],
    [
      'FormatDateTime([d], , "yyyy", "h")',
      { d: "2015" },
      'FormatDateTime: "h" is not a standard date and time format; write "%h" for the single custom specifier',
      31,
    ],
    ['FormatDateTime([d], , "yyyy", )', { d: "2015" }, "FormatDateTime: outputFormat is required", 31],
    ['DateFromNum("soon")', {}, 'DateFromNum: "soon" is not an Active Directory date number', 13],
  ];
  it.each(errors)("%s", (expression, source, detail, column) => {
    expect(evaluationErrorAt(expression, source)).toEqual({ code: "evaluation", detail, column });
  });
});
