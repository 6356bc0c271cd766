import type { Repository } from "../settings.js";
import { type Answer, GitHubError, type GraphqlError, type MutationAnswer } from "./client.js";

/* How GitHub's refusals are told apart and said in one line, with what to do. */

/** The data of a query's answer; its errors said in one line. */
export function dataOf<T>(answer: Answer<T>, repository: Repository): T {
  if (answer.kind === "data") return answer.data;
  const { owner, repo } = repository;
  if (hasType(answer.errors, "NOT_FOUND")) {
    throw new GitHubError(
      `GitHub found no repository ${owner}/${repo} that this token can see (${firstLine(text(answer.errors))}): check the repository input and the token`,
    );
  }
  throw refusal(answer.errors, `read ${owner}/${repo}`, "contents: read");
}

/** A mutation's data, undefined when its answer was lost; GitHub's refusal said in one line. */
export function dataOrLost<T>(answer: MutationAnswer<T>, action: string, permission: string): T | undefined {
  if (answer.kind === "errors") throw refusal(answer.errors, action, permission);
  return answer.kind === "data" ? answer.data : undefined;
}

export function isGuarded(errors: readonly GraphqlError[]): boolean {
  return /Repository rule violations found|protected branch/i.test(text(errors));
}

/**
 * A refusal of `action`, with the permission it needs when that is what is
 * missing, and where else that permission can come from (`or`).
 */
export function refusal(
  errors: readonly GraphqlError[],
  action: string,
  permission: string,
  or = "or for another repository a token that may",
): GitHubError {
  const said = firstLine(text(errors));
  if (hasType(errors, "FORBIDDEN") || /Resource not accessible by integration/.test(said)) {
    return new GitHubError(`GitHub refused to ${action} (${said}): give the job \`permissions: ${permission}\`, ${or}`);
  }
  return new GitHubError(`GitHub refused to ${action}: ${said}`);
}

export function hasType(errors: readonly GraphqlError[], type: string): boolean {
  return errors.some((error) => error.type === type);
}

export function text(errors: readonly GraphqlError[]): string {
  return errors.map((error) => error.message).join("\n");
}

export function firstLine(message: string): string {
  return message.trim().split("\n")[0] ?? "";
}
