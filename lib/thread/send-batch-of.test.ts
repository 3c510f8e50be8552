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

describe("sendBatchOf: patman", () => {
  // linux-iio sx9310: patman ids carry the run's time (and version), the patch's place and its Change-Id.
  test("patman ids of one run share a stem whatever their Change-Ids", () => {
    const a = sendBatchOf("20200323124310.1.I6ed779cd21abf3e70f21c1562bbda81f590976ab@changeid");
    const b = sendBatchOf("20200323124310.2.I1f56fe698017f22d6e825c913c256d5afc2ad69f@changeid");
    expect(a).toEqual({ stem: "20200323124310|changeid", seq: 1 });
    expect(b).toEqual({ stem: "20200323124310|changeid", seq: 2 });
    expect(sendBatchOf("20200413164402.v9.2.I1f56fe698017f22d6e825c913c256d5afc2ad69f@changeid")).toEqual({ stem: "20200413164402.v9|changeid", seq: 2 });
    expect(sendBatchOf("20200323124310.1.Inothex@changeid")).toBeNull();
  });
});
