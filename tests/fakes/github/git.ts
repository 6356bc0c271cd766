import { createHash } from "node:crypto";

/** A commit of the fake's repository: its whole file tree, as git keeps it. */
export interface Commit {
  readonly oid: string;
  /** The first parent first; a merge commit has two. */
  readonly parents: readonly string[];
  readonly files: ReadonlyMap<string, Buffer>;
  readonly message: string;
  /** When it was committed, an ISO instant. */
  readonly date: string;
}

/** One entry of a tree, as GitHub's APIs list them. */
export interface TreeEntry {
  readonly path: string;
  readonly name: string;
  readonly type: "blob" | "tree";
  readonly oid: string;
  /** A blob's size in bytes. */
  readonly size?: number;
}

/** An annotated tag: a git object of its own, with the tagger's date. */
export interface AnnotatedTag {
  readonly oid: string;
  readonly target: string;
  readonly date: string;
}

/**
 * The git side of the fake: commits, branches and tags, and the blobs and
 * trees of every commit with git's own object ids for blobs, so that a blob
 * read by its oid is the one a tree names.
 */
export class Git {
  readonly commits = new Map<string, Commit>();
  /** Branches by name (no refs/heads/). */
  readonly refs = new Map<string, string>();
  /** Tags by name: a commit's oid (lightweight) or an annotated tag. */
  readonly tags = new Map<string, string | AnnotatedTag>();
  private readonly blobs = new Map<string, Buffer>();
  private readonly trees = new Map<string, { files: ReadonlyMap<string, Buffer>; folder: string }>();
  private readonly treeOids = new WeakMap<ReadonlyMap<string, Buffer>, Map<string, string>>();

  addCommit(parents: readonly string[], files: ReadonlyMap<string, Buffer>, message: string, date: string): string {
    for (const bytes of files.values()) this.blobs.set(blobOid(bytes), bytes);
    const oid = sha1(`commit ${this.commits.size}:${parents.join(",")}:${message}:${date}:${this.treeOid(files, "")}`);
    this.commits.set(oid, { oid, parents, files, message, date });
    return oid;
  }

  commit(oid: string): Commit {
    const commit = this.commits.get(oid);
    if (!commit) throw new Error(`no commit ${oid}`);
    return commit;
  }

  blob(oid: string): Buffer | undefined {
    return this.blobs.get(oid);
  }

  /** Every commit reachable from `oid`. */
  ancestry(oid: string | undefined): Set<string> {
    const seen = new Set<string>();
    const stack = oid === undefined ? [] : [oid];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(this.commits.get(next)?.parents ?? []));
    }
    return seen;
  }

  /** Commits on branch `head` that branch `base` does not have, oldest first (for a history without merges). */
  aheadBy(base: string, head: string): string[] {
    const baseCommits = this.ancestry(this.refs.get(base));
    return [...this.ancestry(this.refs.get(head))].filter((oid) => !baseCommits.has(oid)).reverse();
  }

  /** The entries of the folder `folder` ("" for the root) of a commit's tree; undefined when it holds no such folder. */
  entries(files: ReadonlyMap<string, Buffer>, folder: string): TreeEntry[] | undefined {
    const prefix = folder === "" ? "" : `${folder}/`;
    const entries = new Map<string, TreeEntry>();
    for (const [path, bytes] of files) {
      if (!path.startsWith(prefix)) continue;
      const [name = "", ...deeper] = path.slice(prefix.length).split("/");
      const entryPath = prefix + name;
      entries.set(
        name,
        deeper.length === 0
          ? { path: entryPath, name, type: "blob", oid: blobOid(bytes), size: bytes.length }
          : { path: entryPath, name, type: "tree", oid: this.treeOid(files, entryPath) },
      );
    }
    if (entries.size === 0 && folder !== "") return undefined;
    return [...entries.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  /** Every entry below `folder`, folders before what they hold, as the recursive trees API lists them. */
  allEntries(files: ReadonlyMap<string, Buffer>, folder: string): TreeEntry[] {
    return (this.entries(files, folder) ?? []).flatMap((entry) =>
      entry.type === "tree" ? [entry, ...this.allEntries(files, entry.path)] : [entry],
    );
  }

  /** The commit's files and the folder that a tree oid handed out names. */
  tree(treeOid: string): { files: ReadonlyMap<string, Buffer>; folder: string } | undefined {
    return this.trees.get(treeOid);
  }

  /** A folder's oid, from the oids of what it holds; each one handed out is remembered, to be read by it. */
  treeOid(files: ReadonlyMap<string, Buffer>, folder: string): string {
    let oids = this.treeOids.get(files);
    if (!oids) {
      oids = new Map();
      this.treeOids.set(files, oids);
    }
    let oid = oids.get(folder);
    if (oid === undefined) {
      const prefix = folder === "" ? "" : `${folder}/`;
      const listed = [...files]
        .filter(([path]) => path.startsWith(prefix))
        .map(([path, bytes]) => `${path.slice(prefix.length)}:${blobOid(bytes)}`)
        .sort();
      oid = sha1(`tree ${listed.join("\n")}`);
      oids.set(folder, oid);
      this.trees.set(oid, { files, folder });
    }
    return oid;
  }
}

/** The oid git gives a blob: the SHA-1 of its header and bytes. */
export function blobOid(bytes: Buffer): string {
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

function sha1(text: string): string {
  return createHash("sha1").update(text).digest("hex");
}
