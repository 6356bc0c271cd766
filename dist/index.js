import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);

// src/main.ts
async function run() {
}

// src/index.ts
await run();
