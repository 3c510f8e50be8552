// linux-rtc: "Reviewed-by: Nobu Iwata <nobu1.iwata@corp.example>" sent from "<nobu.iwata.x90@corp.example>", no name:
// one person's two mailboxes at his employer, each spelling his name with a number added.
import { describe, expect, it } from "vitest";
import { isSameIdentity } from "./attribute-trailers";

describe("isSameIdentity: a nameless sender whose mailbox at the tag's domain holds the tag's full name", () => {
  it.each([
    [{ name: "Nobu Iwata", email: "nobu1.iwata@corp.example" }, { name: "", email: "nobu.iwata.x90@corp.example" }],
    [{ name: "Ann Roe", email: "ann.roe@corp.example" }, { name: "", email: "roe_ann2@corp.example" }],
    // Either side may be the nameless one.
    [{ name: "", email: "ann.roe.x1@corp.example" }, { name: "Ann Roe", email: "aroe@corp.example" }],
  ])("same person %#", (person, from) => expect(isSameIdentity(person, from)).toBe(true));
  it.each([
    // Another domain, a free-mail domain, a first name alone, or a name given by the sender.
    [{ name: "Nobu Iwata", email: "nobu1.iwata@corp.example" }, { name: "", email: "nobu.iwata.x90@other.example" }],
    [{ name: "Ann Roe", email: "ann.roe@gmail.com" }, { name: "", email: "ann.roe.7@gmail.com" }],
    [{ name: "Ann Roe", email: "ann.roe@corp.example" }, { name: "", email: "ann.bee@corp.example" }],
    [{ name: "Ann Roe", email: "ann.roe@corp.example" }, { name: "Bob Li", email: "ann.roe.lab@corp.example" }],
  ])("someone else %#", (person, from) => expect(isSameIdentity(person, from)).toBe(false));
});

