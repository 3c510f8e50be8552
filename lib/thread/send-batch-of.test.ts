import { describe, expect, test } from "vitest";
import { sendBatchOf } from "./send-batch-of";

describe("sendBatchOf", () => {
  test("git-send-email, old and new, b4 and format-patch ids name their run", () => {
    expect(sendBatchOf("20210729072308.1908904-2-art@khadas.com")).toEqual({ stem: "20210729072308.1908904|art@khadas.com", seq: 2 });
    expect(sendBatchOf("1650956588-795-5-git-send-email-liuxp11@chinatelecom.cn")).toEqual({
      stem: "1650956588-795|git-send-email-liuxp11@chinatelecom.cn",
      seq: 5,
    });
    expect(sendBatchOf("20240315-gizmo-fix-v2-3-0123456789ab@kernel.org")).toEqual({ stem: "20240315-gizmo-fix-v2|0123456789ab@kernel.org", seq: 3 });
    const cover = sendBatchOf("cover.1712058690.git.mazziesaccount@gmail.com");
    expect(cover).toEqual({ stem: "1712058690.git.mazziesaccount@gmail.com", seq: null });
    expect(sendBatchOf("0123456789abcdef0123456789abcdef01234567.1712058690.git.mazziesaccount@gmail.com")).toEqual(cover);
  });

  test("other ids, and hostile input, name none", () => {
    for (const id of ["CAKaHn9+EE+ZLeL1fmhU7j9AKsZ63H7MaJokhT_jnVGAvsLr9gw@mail.gmail.com", "20190429125222.GA27773@amd", "", "x".repeat(5000)]) {
      expect(sendBatchOf(id)).toBeNull();
    }
    expect(sendBatchOf(undefined as unknown as string)).toBeNull();
  });
});
