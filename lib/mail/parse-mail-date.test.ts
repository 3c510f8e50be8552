import { describe, expect, it } from "vitest";
import { parseMailDate, parseReceivedDate } from "./parse-mail-date";

describe("parseMailDate", () => {
  it.each([
    ["Mon,  9 Feb 2026 14:08:49 -0800", "2026-02-09T22:08:49.000Z"],
    ["Tue, 10 Feb 2026 22:18:47 +0100", "2026-02-10T21:18:47.000Z"],
    ["10 Feb 2026 22:18:47 +0100", "2026-02-10T21:18:47.000Z"],
    ["Tue, 10 Feb 2026 22:18 +0100", "2026-02-10T21:18:00.000Z"],
    ["Tue, 3 Feb 26 09:15 EST", "2026-02-03T14:15:00.000Z"],
    ["Fri, 22 Oct 99 11:51:02 GMT", "1999-10-22T11:51:02.000Z"],
    ["Wed, 04 Jun 2014 17:50:46 +0000 (UTC)", "2014-06-04T17:50:46.000Z"],
    ["Wed, 04 Jun 2014 17:50:46 (GMT)", "2014-06-04T17:50:46.000Z"],
    ["Mon Feb  9 14:08:49 2026", "2026-02-09T14:08:49.000Z"],
    ["9 February 2026 14:08:49 +0000", "2026-02-09T14:08:49.000Z"],
    ["09-Feb-2026 14:08:49 +0000", "2026-02-09T14:08:49.000Z"],
    ["2026-02-09T14:08:49Z", "2026-02-09T14:08:49.000Z"],
    ["2026-02-09 14:08:49 +05:30", "2026-02-09T08:38:49.000Z"],
    ["Mon, 9 Feb 2026 14:08:49 PDT", "2026-02-09T21:08:49.000Z"],
  ])("%s", (input, iso) => {
    expect(parseMailDate(input)?.toISOString()).toBe(iso);
  });

  it.each([
    "", "Wg>", "yesterday", "Wed, 4 Jun 2014 17:50:46 0", ", 11 Sep 2016 23:22:904070804030804 +0100",
    "Wed, 4 Jun 207777777777777777777714 17:50:46 0", "Mon, 35 Foo 2026 25:61:00 +0000", "31 Feb 2026 10:00:00 +0000",
    "1 Jan 1900 00:00:00 +0000", "1 Jan 3000 00:00:00 +0000", "Wed, 4 Jun 2014 25:00:00 +0000", "x".repeat(10_000),
  ])("rejects %j", (input) => {
    expect(parseMailDate(input)).toBeNull();
  });

  it("reads the stamp after the last ; of a Received header", () => {
    const v = "from a (b [1.2.3.4]) by mx with ESMTPS id X for <l@x>; Mon, 09 Feb 2026 23:09:05 +0100";
    expect(parseReceivedDate(v)?.toISOString()).toBe("2026-02-09T22:09:05.000Z");
    expect(parseReceivedDate("from a by b")).toBeNull();
  });
});
