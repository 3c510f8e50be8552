/** An address's part before its last "@", without a "+tag" ("ann+lkml@x" -> "ann"); the whole text when it has no "@". */
export function localPart(email: string): string {
  const at = email.lastIndexOf("@");
  return (at < 0 ? email : email.slice(0, at)).replace(/\+.*$/, "");
}
