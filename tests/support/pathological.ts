/**
 * Structures a parser can take a long time over, at the sizes the bench
 * measures: each with a token inside it when rendered in the bench and the
 * determinism test.
 */
function backtickRuns(bytes: number): string {
  let text = "";
  for (let length = 1; text.length < bytes; length++) text += `${"`".repeat(length % 64 || 64)}a`;
  return text;
}

export const PATHOLOGICAL: ReadonlyArray<{ readonly name: string; readonly text: string }> = [
  { name: "30 000 nested [", text: "[".repeat(30_000) },
  { name: "10 000 nested >", text: `${"> ".repeat(10_000)}deep` },
  { name: "10 000 unclosed links", text: "[a](".repeat(10_000) },
  { name: "60 KiB of *_ emphasis openers", text: "*_".repeat(30_000) },
  { name: "60 KiB of ~a strikethrough openers", text: "~a".repeat(30_000) },
  { name: "64 KiB of backtick runs", text: backtickRuns(64 * 1024) },
  { name: "64 KiB of unclosed `` a", text: "`` a".repeat(16 * 1024) },
  { name: "20 000 HTML openers", text: "<a ".repeat(20_000) },
  { name: "64 KiB of unclosed <!--", text: ":<!--".repeat(13_107) },
  { name: "10 000 [x] labels", text: "[x]".repeat(10_000) },
  { name: "10 000 footnote calls [^a", text: "[^a".repeat(10_000) },
  { name: "a table row of 4 000 cells", text: `${"| a ".repeat(4000)}|\n${"| - ".repeat(4000)}|` },
  {
    name: "250 nested list levels, each with a token",
    text: Array.from({ length: 250 }, (_, level) => `${"  ".repeat(level)}- level ${level} {{DATE}}`).join("\n"),
  },
  { name: "1 MiB of {{{{", text: "{{".repeat(512 * 1024) },
  { name: "1 MiB of {{A: and spaces", text: `{{A:${" ".repeat(1024 * 1024)}` },
];
