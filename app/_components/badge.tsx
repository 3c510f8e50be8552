import type { ReactNode } from "react";
import { TONE_CLASSES, type Tone } from "../_lib/tone-for";

/** A small pill; children are rendered as text, so mail-derived values are safe here. */
export function Badge({ tone = "gray", children, title }: { tone?: Tone; children: ReactNode; title?: string }) {
  return (
    <span
      title={title}
      className={`inline-flex items-center whitespace-nowrap rounded px-1.5 py-px text-[11px] font-medium leading-4 ring-1 ring-inset ${TONE_CLASSES[tone]}`}
    >
      {children}
    </span>
  );
}
