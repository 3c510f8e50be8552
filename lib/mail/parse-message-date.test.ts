// Which date a message gets: its Date header, unless the sender's clock is plainly wrong.
import { describe, expect, it } from "vitest";
import { parseMessage } from "./parse-message";

const mail = (date: string, received: string[]) =>
  Buffer.from(
    [
      ...received.map((r) => `Received: ${r}`),
      "From: Amy Example <amy@example.org>",
      "Subject: [PATCH] hwmon: add a driver",
      `Date: ${date}`,
      "Message-ID: <clock-1@example.org>",
      "",
      "body",
      "",
    ].join("\n"),
  );

async function dateOf(bytes: Buffer) {
  const parsed = await parseMessage(bytes);
  if (!parsed.ok) throw new Error(parsed.reason);
  return { date: parsed.message.date?.toISOString() ?? null, source: parsed.message.dateSource };
}

describe("the date of a message", () => {
  const relays = [
    "from list.example.org by mx.example.org; Mon, 18 Jun 2018 16:01:02 +0000",
    "from laptop.example.org by list.example.org; Mon, 18 Jun 2018 15:58:00 +0000",
  ];

  it("is the Date header when the relays saw the mail around then", async () => {
    expect(await dateOf(mail("Mon, 18 Jun 2018 17:57:19 +0200", relays))).toEqual({ date: "2018-06-18T15:57:19.000Z", source: "header" });
  });

  it("is the last relay's date when the Date header is decades ahead of it", async () => {
    expect(await dateOf(mail("Mon, 18 Jun 2085 15:57:19 +0000", relays))).toEqual({ date: "2018-06-18T16:01:02.000Z", source: "received" });
  });

  it("keeps a Date a few hours ahead (a skewed clock, a queue) and one without relays to compare with", async () => {
    expect(await dateOf(mail("Mon, 18 Jun 2018 23:00:00 +0000", relays))).toEqual({ date: "2018-06-18T23:00:00.000Z", source: "header" });
    expect(await dateOf(mail("Mon, 18 Jun 2085 15:57:19 +0000", []))).toEqual({ date: "2085-06-18T15:57:19.000Z", source: "header" });
  });
});
