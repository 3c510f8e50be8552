// Finds the "please pull" location of a git request-pull mail (`git request-pull` output).

const INTRO_RE = /are available in the git repository at:?\s*$/i;
const URL_RE = /^(?:git|ssh|git\+ssh|https?|ftp|rsync):\/\/\S+$|^[\w.-]+@[\w.-]+:\S+$/i;
/** How many lines after the intro the URL may start; request-pull puts it right after a blank line. */
const LOOKAHEAD = 4;

/**
 * The repository and ref of a pull request (`git://host/repo.git branch`, joined by one space, even
 * when wrapped onto two lines), or null when the body is not a `git request-pull` mail.
 */
export function extractPullUrl(body: string): string | null {
  const lines = body.replace(/\r\n?/g, "\n").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 200 || !INTRO_RE.test(line.trimEnd())) continue;
    for (let j = i + 1; j < lines.length && j <= i + LOOKAHEAD; j++) {
      const tokens = lines[j]!.trim().split(/\s+/).filter((t) => t.length > 0);
      if (tokens.length === 0) continue;
      if (!URL_RE.test(tokens[0]!)) break;
      const parts = tokens.slice(0, 2);
      // git 2.x wraps a long URL and puts the ref alone on the next line.
      const next = (lines[j + 1] ?? "").trim();
      if (parts.length === 1 && next && !/\s/.test(next) && !next.endsWith(":")) parts.push(next);
      return parts.join(" ");
    }
  }
  return null;
}
