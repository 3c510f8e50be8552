// One normalisation for every address patchdeck reads, whether mailparser or our own list reader parsed it.

/** Bounds on header fields; real mail stays far below, fuzz (email-len, name-len) does not. */
export const MAX_EMAIL = 320;
export const MAX_NAME = 200;

/** The address as stored: email trimmed and lower-cased, name with whitespace collapsed; both bounded. */
export function boundedAddress(name: string, email: string): { name: string; email: string } {
  return { name: name.replace(/\s+/g, " ").trim().slice(0, MAX_NAME), email: email.trim().toLowerCase().slice(0, MAX_EMAIL) };
}
