import type { Address } from "../mail/types";

/**
 * Local parts of notification bots that only report status: "pr-tracker-bot@kernel.org",
 * "patchwork-bot+netdevbpf@kernel.org", a CI's "bluez.test.bot@", "*-bot@", "bot+tag@". Build and fuzzing
 * robots ("lkp@intel.com", "syzbot+…@") report defects and stay reviewers.
 */
const STATUS_BOT_RE = /^(?:[\w.-]*[-_.])?bot(?:\+[^@]*)?@/i;

/** Whether a sender is a notification bot whose mails are status notes (merged, applied, CI passed), not review remarks. */
export function isNotificationBot(from: Address | null): boolean {
  return !!from && STATUS_BOT_RE.test(from.email);
}
