// Benchmark baseline only: mailparser ALONE on a share of the messages, with the same options our adapter
// uses, so `npm run bench` can print "our ingest vs mailparser alone". This is the one place besides
// lib/mail/parse-message.ts that imports mailparser, on purpose: it measures the library, not our code.
import { parentPort } from "node:worker_threads";
import { simpleParser } from "mailparser";

parentPort!.on("message", async (batch: Uint8Array[]) => {
  for (const bytes of batch) {
    try {
      await simpleParser(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
        skipHtmlToText: true,
        skipTextToHtml: true,
        skipImageLinks: true,
        skipTextLinks: true,
      });
    } catch {
      // a malformed message costs what it costs; the baseline only times the library
    }
  }
  parentPort!.postMessage(batch.length);
});
