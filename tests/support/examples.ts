import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The bundled example that `npm start` runs, the README most tests run on. */
export const DIARY = readFileSync(new URL("../../examples/diary/README.md", import.meta.url), "utf8");

/** The environment of git commands made on 1 September 2025 at 22:30 UTC, when the diary began. */
export const DIARY_START_GIT = {
  ...process.env,
  GIT_AUTHOR_NAME: "t",
  GIT_AUTHOR_EMAIL: "t@example.com",
  GIT_COMMITTER_NAME: "t",
  GIT_COMMITTER_EMAIL: "t@example.com",
  GIT_AUTHOR_DATE: "2025-09-01T22:30:00Z",
  GIT_COMMITTER_DATE: "2025-09-01T22:30:00Z",
};

/** Makes `folder` a git repository whose one commit, made when the diary began, holds the diary README. */
export function diaryRepository(folder: string): void {
  writeFileSync(join(folder, "README.md"), DIARY);
  for (const args of [
    ["init", "-q"],
    ["add", "."],
    ["commit", "-qm", "first"],
  ]) {
    execFileSync("git", args, { cwd: folder, env: DIARY_START_GIT });
  }
}
