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
