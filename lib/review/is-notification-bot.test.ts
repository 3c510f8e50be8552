import { describe, expect, test } from "vitest";
import { isNotificationBot } from "./is-notification-bot";

describe("isNotificationBot", () => {
  test("status and CI bots are; build and fuzzing robots and people are not", () => {
    const yes = ["pr-tracker-bot@kernel.org", "patchwork-bot+f2fs@kernel.org", "bot@kernelci.org", "foo.test.bot@example.com"];
    const no = ["lkp@intel.com", "syzbot+7bc4@syzkaller.appspotmail.com", "alex@shazbot.org", "james.bottomley@example.com", "abbot@example.org"];
    expect(yes.map((email) => isNotificationBot({ name: "", email }))).toEqual(yes.map(() => true));
    expect(no.map((email) => isNotificationBot({ name: "", email }))).toEqual(no.map(() => false));
    expect(isNotificationBot(null)).toBe(false);
  });
});
