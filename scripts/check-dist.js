// Fails when dist/ differs from a fresh bundle of src/ (the check-dist pattern of actions/typescript-action).
import { execFileSync } from "node:child_process";

execFileSync(process.execPath, ["scripts/bundle.js"], { stdio: "inherit" });
const changes = execFileSync("git", ["status", "--porcelain", "--", "dist"], { encoding: "utf8" });
if (changes) {
  console.error(`${changes}dist/ differs from a fresh \`npm run bundle\`: run it and commit dist/.`);
  process.exitCode = 1;
}
