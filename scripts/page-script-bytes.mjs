#!/usr/bin/env node
// The JavaScript a built page loads before any interaction: its <script> tags (inline and
// src=) plus every module they import statically, each file counted once, uncompressed.
// Dynamic import()s (the word diff, search) load later and are listed apart.
// Usage: node scripts/page-script-bytes.mjs [--dist dist] [page.html ...]
//        (default: the first section page). Import pageScriptBytes() from a bench script.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["']([^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["']([^"']+\.js)["']\s*\)/g;

/** { initial, files, lazy } for one built HTML file under `dist`. */
export function pageScriptBytes(dist, htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const files = new Map();
  const lazy = new Set();
  let inline = 0;
  const visit = (file) => {
    if (files.has(file)) return;
    const code = readFileSync(file, 'utf8');
    files.set(file, Buffer.byteLength(code));
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) visit(join(dirname(file), spec));
    for (const [, spec] of code.matchAll(DYNAMIC_IMPORT)) lazy.add(relative(dist, join(dirname(file), spec)));
  };
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/type="(?!module)[^"]*"/.test(attrs)) continue; // JSON data, not code
    const src = attrs.match(/\bsrc="([^"]+)"/)?.[1];
    if (!src) inline += Buffer.byteLength(body);
    else if (!/^https?:/.test(src)) {
      const base = process.env.BASE_PATH ?? '/';
      visit(join(dist, posix.normalize(src).slice(base.length - 1)));
    }
  }
  const initial = inline + [...files.values()].reduce((a, b) => a + b, 0);
  return {
    initial,
    inline,
    files: Object.fromEntries([...files].map(([f, bytes]) => [relative(dist, f), bytes])),
    lazy: [...lazy].filter((f) => !files.has(join(dist, f))),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { dist: { type: 'string', default: 'dist' } } });
  const pages = positionals.length
    ? positionals
    : [join(values.dist, 'sections', readdirSync(join(values.dist, 'sections'))[0], 'index.html')];
  for (const page of pages) {
    const { initial, inline, files, lazy } = pageScriptBytes(values.dist, page);
    console.log(`${page}: ${initial} bytes of script before interaction (${(initial / 1024).toFixed(1)} KiB)`);
    console.log(`  inline: ${inline}`);
    for (const [file, bytes] of Object.entries(files)) console.log(`  ${file}: ${bytes}`);
    if (lazy.length) console.log(`  loaded on demand: ${lazy.join(', ')}`);
  }
}
