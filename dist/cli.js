#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import{a as h,b as E,c as k}from"./chunks/chunk-HIK4YFKK.js";import{b as m,c as f,d as y,e as g,f as w,i as $,k as A}from"./chunks/chunk-HDQJBJKV.js";import"./chunks/chunk-44TPIFDF.js";import"./chunks/chunk-GICZBZ6M.js";import{execFile as b}from"node:child_process";import{parseArgs as x,promisify as F}from"node:util";var L=`Usage: readme-counters [options] [files\u2026]

Shows, as a unified diff, what readme-counters would change in the files today
(README.md when none are given). Files and globs are taken from the current folder.

Options:
  --write               write the changes instead of showing them
  --today DATE          take DATE (YYYY-MM-DD) as today
  --timezone ZONE       IANA zone that decides today (default UTC)
  --locale LOCALE       BCP 47 locale for dates and durations (default en-US)
  --date-format FORMAT  luxon format for DATE_PRETTY (e.g. "cccc, d LLLL yyyy")
  --dates NAME=DATE     a named date for tokens such as DAYS_SINCE_NAME (repeatable)
  --repo-start DATE     the repository's start date (default: the first commit's date)
  --template FILE       render FILE into --output (template-file mode)
  --output FILE         where the template is rendered (default README.md)
  --inclusive           count the start date as day 1
  --no-keep-tokens      write plain values instead of markers
  --strict              fail on any token or marker that cannot be evaluated
  --no-color            plain output even on a terminal
  -h, --help            show this help

Example: readme-counters --today 2026-11-27 --timezone Europe/Berlin README.md`,T={write:{type:"boolean"},today:{type:"string"},timezone:{type:"string"},locale:{type:"string"},"date-format":{type:"string"},dates:{type:"string",multiple:!0},"repo-start":{type:"string"},template:{type:"string"},output:{type:"string"},inclusive:{type:"boolean"},"no-keep-tokens":{type:"boolean"},strict:{type:"boolean"},"no-color":{type:"boolean"},help:{type:"boolean",short:"h"}};async function C(e,r){let t;try{t=M(e)}catch(a){return r.err(`readme-counters: ${a.message.split(". ")[0]}. For example: ${P}`),1}let{values:o,positionals:c}=t;if(o.help)return r.out(L),0;try{return await I(o,c,r)}catch(a){return r.err(`readme-counters: ${S(a)}`),1}}var P="readme-counters --today 2026-11-27 README.md";function M(e){return x({args:[...e],options:T,allowPositionals:!0,strict:!0})}async function I(e,r,t){let o=w(n=>O(e,r,n)),c=await $(t.cwd,o),a=o.repoStart?void 0:await N(t.cwd),D=m(o,t.now,a),i=await f({files:c},o,D,t.parseLarge),u=y(i,o.strict);if(u)return t.err(`readme-counters: ${u}`),1;for(let{source:n,problems:l}of i)for(let s of l)t.err(`${n}:${s.line}:${s.column}: warning: ${s.text}: ${s.message}`);let p=i.filter(n=>n.changed);for(let{path:n,before:l,text:s}of p)if(e.write)await A(t.cwd,n,s);else{let d=E(n,l,s);t.out(t.colour&&!e["no-color"]?k(d):d)}return t.err(R(p.length,i.length,!!e.write)),0}function R(e,r,t){if(e===0)return`readme-counters: ${r===1?"the file is":`all ${r} files are`} up to date`;let o=e===1?"1 file":`${e} files`;return t?`readme-counters: wrote ${o}`:`readme-counters: ${o} would change; --write writes them`}function O(e,r,t){switch(t){case"files":return r.join(`
`);case"dates":return(e.dates??[]).join(`
`);case"inclusive":case"strict":return e[t]?"true":"";case"keep-tokens":return e["no-keep-tokens"]?"false":"";case"commit":return"none";case"today":case"timezone":case"locale":case"date-format":case"repo-start":case"template":case"output":return e[t]??"";default:return""}}function S(e){return e instanceof g?e.input==="files"?`${e.reason}. For example: readme-counters ${e.example}`:`--${e.input}: ${e.reason}. For example: --${e.input} ${e.example}`:e instanceof Error?e.message:String(e)}async function N(e){try{let{stdout:r}=await F(b)("git",["log","--max-parents=0","--format=%aI","HEAD"],{cwd:e}),t=r.split(`
`).filter(Boolean).map(o=>new Date(o).getTime());return t.length>0?new Date(Math.min(...t)):void 0}catch{return}}var B=await C(process.argv.slice(2),{now:new Date,cwd:process.cwd(),colour:!!process.stdout.isTTY&&!process.env.NO_COLOR,out:e=>process.stdout.write(e.endsWith(`
`)?e:`${e}
`),err:e=>process.stderr.write(`${e}
`),parseLarge:h(new URL("./parse-worker.js",import.meta.url))});process.exitCode=B;export{C as runCli};
