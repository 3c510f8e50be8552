// Some mailers put the account name where the person's name belongs: `From: jingle.wu <jingle.wu@emc.com.tw>`
// (linux-input: 66 series listed under such names). It names the address, not the person: a real name the
// same address signs with elsewhere (a Signed-off-by, another mail's From:) is shown instead.
import { localPart } from "./local-part";

/** True when `name` is only the address's local part again ("jingle.wu", "JSmith" for jsmith@…), not a person's name. */
export function isLoginName(name: string, email: string): boolean {
  const trimmed = name.trim();
  if (trimmed === "" || /\s/.test(trimmed)) return false;
  if (!email.includes("@")) return false;
  return squash(trimmed) !== "" && squash(trimmed) === squash(localPart(email));
}

/** Lower case without the separators logins use in place of a space. */
function squash(s: string): string {
  return s.toLowerCase().replace(/[._\-]+/g, "");
}

/**
 * True when `name` is one word and the first word of `fullName`, the name the same address goes by elsewhere:
 * "Jonathan <jic23@…>" for Jonathan Cameron (linux-iio: 1 of that address's 225 mails), which left his tags an
 * identity mismatch. Shown under the full name like a login name.
 */
export function isFirstNameOf(name: string, fullName: string | undefined): boolean {
  const trimmed = name.trim();
  if (!fullName || trimmed === "" || /\s/.test(trimmed)) return false;
  const words = fullName.trim().split(/\s+/);
  return words.length >= 2 && words[0]!.toLowerCase() === trimmed.toLowerCase();
}
