// A public-inbox v2 epoch built in a test, the way public-inbox writes one (a bare git repository whose
// commits each hold one message as file `m`), so epoch reading is tested without a real archive.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";

export const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: "T",
  GIT_AUTHOR_EMAIL: "t@example.org",
  GIT_COMMITTER_NAME: "T",
  GIT_COMMITTER_EMAIL: "t@example.org",
  GIT_AUTHOR_DATE: "1700000000 +0000",
  GIT_COMMITTER_DATE: "1700000000 +0000",
};

export function git(gitDir: string, args: string[], input?: string | Buffer): string {
  return execFileSync("git", ["--git-dir", gitDir, ...args], { env: gitEnv, input }).toString().trim();
}

/** A bare epoch built the way public-inbox writes one: each commit's tree holds the message as `m`. */
export class Epoch {
  head: string | null = null;
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    execFileSync("git", ["init", "-q", "--bare", dir], { env: gitEnv });
  }
  private commit(tree: string, subject: string): string {
    const parent = this.head ? ["-p", this.head] : [];
    this.head = git(this.dir, ["commit-tree", tree, ...parent, "-m", subject]);
    git(this.dir, ["update-ref", "HEAD", this.head]);
    return this.head;
  }
  add(message: string | Buffer): { commit: string; blob: string } {
    const blob = git(this.dir, ["hash-object", "-w", "--stdin"], message);
    const tree = git(this.dir, ["mktree"], `100644 blob ${blob}\tm\n`);
    return { commit: this.commit(tree, "add"), blob };
  }
  /** A removal: `m` is gone, `d` holds the removed message (as public-inbox does). */
  remove(blob: string): string {
    const tree = git(this.dir, ["mktree"], `100644 blob ${blob}\td\n`);
    return this.commit(tree, "remove");
  }
}

