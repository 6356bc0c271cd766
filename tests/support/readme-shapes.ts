import fc from "fast-check";

/**
 * Whole READMEs of the shapes real ones take, generated: the project's own
 * fixtures, so that no third-party README needs to be copied in. Each shape
 * mixes in tokens, markers, code that shows tokens, HTML and links, where
 * the real ones put them.
 */

const word = fc.constantFrom("alpha", "beta", "Gamma", "delta", "epsilon", "zeta", "ÄÖÜ", "日本語", "naïve", "x");
const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((list) => list.join(" "));
const token = fc.constantFrom(
  "{{DATE}}",
  "{{DATE_PRETTY}}",
  "{{DAYS_SINCE_REPO_START}}",
  "{{DAY_SINCE_2025_08_18}}",
  "{{DURATION_SINCE_2024_02_29}}",
  "{{ DATE }}",
  "<!--{{DATE}}-->2020-01-01<!--/-->",
);
const maybeToken = fc.oneof(
  { weight: 3, arbitrary: fc.constant("") },
  { weight: 1, arbitrary: token.map((t) => ` ${t}`) },
);
const url = fc.constantFrom("https://example.org/a", "https://x.test/b?c=1&d=2", "./docs/guide.md", "#section");

const link = fc.tuple(words, url).map(([text, target]) => `[${text}](${target})`);
const badge = fc
  .tuple(word, url)
  .map(([text, target]) => `[![${text}](https://img.shields.io/badge/${text}-blue)](${target})`);

/** An awesome list: headings, a table of contents, long bullet lists of links, a few badges. */
export const awesomeList = fc
  .tuple(
    fc.array(badge, { maxLength: 4 }),
    fc.array(fc.tuple(words, fc.array(fc.tuple(link, words, maybeToken), { minLength: 1, maxLength: 30 })), {
      minLength: 1,
      maxLength: 8,
    }),
  )
  .map(([badges, sections]) =>
    [
      "# Awesome things",
      "",
      badges.join(" "),
      "",
      "## Contents",
      "",
      ...sections.map(([title]) => `- [${title}](#${title.toLowerCase().replaceAll(" ", "-")})`),
      "",
      ...sections.flatMap(([title, items]) => [
        `## ${title}`,
        "",
        ...items.map(([entry, description, extra]) => `- ${entry} - ${description}.${extra}`),
        "",
      ]),
    ].join("\n"),
  );

/** A long table, as API catalogues keep them: many rows, links and code in the cells. */
export const longTable = fc
  .tuple(
    fc.array(fc.tuple(link, words, fc.constantFrom("`apiKey`", "No", "`OAuth`", "Yes"), maybeToken), {
      minLength: 1,
      maxLength: 120,
    }),
    maybeToken,
  )
  .map(([rows, after]) =>
    [
      "### Index",
      "",
      "| API | Description | Auth | HTTPS |",
      "|:---|:---|:---|:---|",
      ...rows.map(([api, description, auth, extra]) => `| ${api} | ${description}${extra} | ${auth} | Yes |`),
      "",
      `Last updated${after || " today"}.`,
      "",
    ].join("\n"),
  );

/** A profile page built of HTML: centred blocks, images with attributes, comments, details, a table of HTML. */
export const profilePage = fc
  .tuple(fc.array(fc.tuple(words, url, maybeToken), { minLength: 1, maxLength: 10 }), token, fc.boolean())
  .map(([items, shown, blankInside]) =>
    [
      '<p align="center">',
      '  <a href="https://example.org/me">',
      '    <img src="https://example.org/me.png" alt="Me" /></a>',
      "</p>",
      "",
      "<!-- Social icons section -->",
      '<p align="center">',
      ...items.map(
        ([text, target, extra]) =>
          `  <a href="${target}"><img width="32px" alt="${text}" title="${text}" src="${target}.png"/></a>${extra}\n  &#8287;&#8287;`,
      ),
      "</p>",
      "",
      `<h3 align="center">Day ${shown} of this page</h3>`,
      "",
      "<details open>",
      "  <summary><h2>Projects</h2></summary>",
      blankInside ? "" : "  <!-- no blank line -->",
      "  <table>",
      ...items.map(
        ([text, target, extra]) => `    <tr><td><a href="${target}">${text}</a></td><td>${text}${extra}</td></tr>`,
      ),
      "  </table>",
      "</details>",
      "",
    ].join("\n"),
  );

/** A guide heavy with code: fenced blocks (some showing tokens), indented code, inline code, nested lists. */
export const codeGuide = fc
  .array(
    fc.oneof(
      fc.tuple(words, maybeToken).map(([text, extra]) => `## ${text}\n\nRun \`npm ${text}\` now${extra}.\n`),
      fc
        .tuple(fc.constantFrom("```sh", "```js", "~~~", "````md"), token, words)
        .map(([fence, shown, text]) => `${fence}\n# ${text}\necho "${shown}"\n${fence.replace(/[a-z]+$/, "")}\n`),
      fc.tuple(token, words).map(([shown, text]) => `Example:\n\n    ${text} ${shown}\n    more code\n`),
      fc
        .tuple(words, maybeToken, token)
        .map(
          ([text, extra, shown]) =>
            `1. ${text}${extra}\n   - nested \`${shown}\`\n\n     \`\`\`\n     ${shown}\n     \`\`\`\n2. ${text}\n`,
        ),
      fc.tuple(words, maybeToken).map(([text, extra]) => `> **Note**\n> ${text}${extra}\n`),
    ),
    { minLength: 1, maxLength: 20 },
  )
  .map((sections) => `# Guide\n\n${sections.join("\n")}`);

/** Any of the shapes, with LF or CRLF line endings. */
export const readme = fc
  .tuple(fc.oneof(awesomeList, longTable, profilePage, codeGuide), fc.boolean())
  .map(([text, crlf]) => (crlf ? text.replaceAll("\n", "\r\n") : text));
