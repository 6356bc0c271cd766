import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
const t = process.argv[2].replaceAll("\\n", "\n");
const tree = fromMarkdown(t, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
const strip = (n) => ({ type: n.type, ...(n.value !== undefined && { value: n.value }), ...(n.children && { children: n.children.map(strip) }) });
console.log(JSON.stringify(strip(tree)));
