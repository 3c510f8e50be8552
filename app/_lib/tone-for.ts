/** Colour families for badges; the class strings are literal so Tailwind finds them. */
export type Tone = "gray" | "green" | "blue" | "amber" | "red" | "violet";

export const TONE_CLASSES: Record<Tone, string> = {
  gray: "bg-zinc-100 text-zinc-700 ring-zinc-300",
  green: "bg-emerald-50 text-emerald-800 ring-emerald-300",
  blue: "bg-sky-50 text-sky-800 ring-sky-300",
  amber: "bg-amber-50 text-amber-900 ring-amber-300",
  red: "bg-rose-50 text-rose-800 ring-rose-300",
  violet: "bg-violet-50 text-violet-800 ring-violet-300",
};

const TABLES: Record<string, Record<string, Tone>> = {
  state: {
    new: "blue",
    "under-review": "violet",
    "changes-requested": "amber",
    accepted: "green",
    "partially-accepted": "green",
    applied: "green",
    merged: "green",
    superseded: "gray",
    rejected: "red",
    "not-applicable": "gray",
  },
  trailer: { present: "gray", collected: "green", dropped: "red", "identity-mismatch": "amber" },
  comment: { nit: "gray", question: "blue", objection: "red", ack: "green", praise: "green", other: "gray" },
  response: { "will-fix": "green", explained: "blue", disagreed: "amber", thanks: "gray", none: "gray" },
  resolution: { open: "amber", addressed: "green", unaddressed: "red", explained: "blue", obsolete: "gray" },
};

/** The tone for a value of a given kind ("state", "trailer", "comment", "response", "resolution"); gray if unknown. */
export function toneFor(kind: keyof typeof TABLES | string, value: string): Tone {
  // Own properties only: a state read from mail could be "__proto__" or "constructor".
  const table = Object.hasOwn(TABLES, kind) ? TABLES[kind] : undefined;
  return table && Object.hasOwn(table, value) ? (table[value] ?? "gray") : "gray";
}
