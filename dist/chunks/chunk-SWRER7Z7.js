#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);

// src/github/groups.ts
function groupsOf(items, count, bytes, size) {
  const groups = [];
  let group = [];
  let used = 0;
  for (const item of items) {
    const itemSize = size(item);
    if (group.length === count || group.length > 0 && used + itemSize > bytes) {
      groups.push(group);
      group = [];
      used = 0;
    }
    group.push(item);
    used += itemSize;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

export {
  groupsOf
};
