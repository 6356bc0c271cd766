#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import{a as m,b as f,c as w,d as g,e as E,f as k,g as $}from"./chunks/chunk-TNVBCXXU.js";import{a as y,b as h,d as A,e as D,f as x,h as b}from"./chunks/chunk-4JTELWGH.js";import"./chunks/chunk-44TPIFDF.js";import"./chunks/chunk-GICZBZ6M.js";import{execFile as T}from"node:child_process";import{parseArgs as C,promisify as M}from"node:util";var P=`Usage: readme-counters [options] [files\u2026]

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

Example: readme-counters --today 2026-11-27 --timezone Europe/Berlin README.md`,R={write:{type:"boolean"},today:{type:"string"},timezone:{type:"string"},locale:{type:"string"},"date-format":{type:"string"},dates:{type:"string",multiple:!0},"repo-start":{type:"string"},template:{type:"string"},output:{type:"string"},inclusive:{type:"boolean"},"no-keep-tokens":{type:"boolean"},strict:{type:"boolean"},"no-color":{type:"boolean"},help:{type:"boolean",short:"h"}};async function I(e,o){let t;try{t=S(e)}catch(a){return o.err(`readme-counters: ${a.message.split(". ")[0]}. For example: ${O}`),1}let{values:r,positionals:l}=t;if(r.help)return o.out(P),0;try{return await N(r,l,o)}catch(a){return o.err(`readme-counters: ${z(a)}`),1}}var O="readme-counters --today 2026-11-27 README.md";function S(e){return C({args:[...e],options:R,allowPositionals:!0,strict:!0})}async function N(e,o,t){let r=h(n=>Y(e,o,n)),l=r.template?[]:await D(t.cwd,r.files),a=new Map;for(let n of m(r,l)){let i=await x(t.cwd,n);if(i===void 0&&n!==r.output)throw new A(n,"no such file");a.set(n,i)}let F=r.repoStart?void 0:await j(t.cwd),L=f(r,t.now,F),c=await w({files:a},r,L,t.parseLarge),u=g(c,r.strict);if(u)return t.err(`readme-counters: ${u}`),1;for(let{source:n,problems:i}of c)for(let s of i)t.err(`${n}:${s.line}:${s.column}: warning: ${s.text}: ${s.message}`);let d=c.filter(n=>n.changed);for(let{path:n,before:i,text:s}of d)if(e.write)await b(t.cwd,n,s);else{let p=k(n,i,s);t.out(t.colour&&!e["no-color"]?$(p):p)}return t.err(B(d.length,c.length,!!e.write)),0}function B(e,o,t){if(e===0)return`readme-counters: ${o===1?"the file is":`all ${o} files are`} up to date`;let r=e===1?"1 file":`${e} files`;return t?`readme-counters: wrote ${r}`:`readme-counters: ${r} would change; --write writes them`}function Y(e,o,t){switch(t){case"files":return o.join(`
`);case"dates":return(e.dates??[]).join(`
`);case"inclusive":case"strict":return e[t]?"true":"";case"keep-tokens":return e["no-keep-tokens"]?"false":"";case"commit":return"none";case"today":case"timezone":case"locale":case"date-format":case"repo-start":case"template":case"output":return e[t]??"";default:return""}}function z(e){return e instanceof y?e.input==="files"?`${e.reason}. For example: readme-counters ${e.example}`:`--${e.input}: ${e.reason}. For example: --${e.input} ${e.example}`:e instanceof Error?e.message:String(e)}async function j(e){try{let{stdout:o}=await M(T)("git",["log","--max-parents=0","--format=%aI","HEAD"],{cwd:e}),t=o.split(`
`).filter(Boolean).map(r=>new Date(r).getTime());return t.length>0?new Date(Math.min(...t)):void 0}catch{return}}var v=await I(process.argv.slice(2),{now:new Date,cwd:process.cwd(),colour:!!process.stdout.isTTY&&!process.env.NO_COLOR,out:e=>process.stdout.write(e.endsWith(`
`)?e:`${e}
`),err:e=>process.stderr.write(`${e}
`),parseLarge:E(new URL("./parse-worker.js",import.meta.url))});process.exitCode=v;export{I as runCli};
