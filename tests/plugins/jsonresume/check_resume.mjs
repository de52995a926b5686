#!/usr/bin/env node
// Judges exported resume.json files with real JSON Resume consumers, for the jsonresume tests:
//   - ajv 8 + ajv-formats (draft-07, "full" formats: email, uri, date) against the vendored
//     official schema, as the consumer kit's jsonresume-validate.cjs does;
//   - the published themes jsonresume-theme-even and jsonresume-theme-elegant, each render()
//     called as resumed calls it; the visible text must show basics.name and must not show
//     "undefined", "[object Object]", "Invalid date" or "NaN" unless the input has them.
//
// Usage: node check_resume.mjs NODE_MODULES SCHEMA OUT_DIR FILE.json...
// Prints one line per check, "PASS|FAIL <file> <check>: <detail>"; exits 1 if any check fails.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [modulesArgument, schemaFile, outDir, ...files] = process.argv.slice(2);
if (!modulesArgument || !schemaFile || !outDir || files.length === 0) {
  console.error('usage: check_resume.mjs NODE_MODULES SCHEMA OUT_DIR FILE.json...');
  process.exit(2);
}
const nodeModules = resolve(modulesArgument);
const require = createRequire(join(nodeModules, 'noop.js'));
const themes = ['jsonresume-theme-even', 'jsonresume-theme-elegant'];
// Whole words only, as the consumer kit's textcheck.py matches them; "Invalid Date" is what
// Date#toLocaleDateString gives, so that one ignores case.
const escape = (word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const junk = [['undefined', ''], ['[object Object]', ''], ['Invalid date', 'i'], ['NaN', '']].map(
  ([word, flags]) => ({ word, pattern: new RegExp(`(?<![\\w\\[])${escape(word)}(?![\\w\\]])`, flags) }));
let failed = false;
const report = (ok, file, check, detail) => {
  if (!ok) failed = true;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${basename(file)} ${check}: ${String(detail).replace(/\s+/g, ' ').trim()}`);
};

// A theme's ESM entry (jsonresume-theme-even cannot be require()d on Node 20), else its main.
async function loadTheme(name) {
  const dir = join(nodeModules, name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const exported = pkg.exports?.['.']?.import;
  const entry = (typeof exported === 'string' ? exported : exported?.default) ?? pkg.main ?? 'index.js';
  const module = await import(pathToFileURL(join(dir, entry)).href);
  return module.render ?? module.default?.render;
}

// What a reader sees: no scripts, styles or tags; entities decoded; NFC; spaces collapsed.
function visibleText(html) {
  const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return html
    .replace(/<script[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(parseInt(dec, 10)))
    .replace(/&([a-z]+);/gi, (all, name) => entities[name.toLowerCase()] ?? all)
    .normalize('NFC')
    .replace(/\s+/g, ' ');
}

const Ajv = require('ajv');
const addFormats = require('ajv-formats');
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
const versions = Object.fromEntries(['ajv', 'ajv-formats', ...themes].map(
  (name) => [name, JSON.parse(readFileSync(join(nodeModules, name, 'package.json'), 'utf8')).version]));
const renderers = Object.fromEntries(await Promise.all(themes.map(async (t) => [t, await loadTheme(t)])));
mkdirSync(outDir, { recursive: true });

for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const resume = JSON.parse(text);
  const valid = validate(resume);
  report(valid, file, `ajv@${versions.ajv}+ajv-formats@${versions['ajv-formats']}`,
    valid ? 'valid against the JSON Resume schema (draft-07, formats checked)'
          : validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}`).join('; '));
  const name = (resume.basics?.name ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
  for (const theme of themes) {
    const check = `${theme}@${versions[theme]}`;
    try {
      const html = await renderers[theme](structuredClone(resume));
      writeFileSync(join(outDir, `${basename(file, '.json')}.${theme.replace('jsonresume-theme-', '')}.html`), html);
      const seen = visibleText(html);
      const shown = junk.filter(({ word, pattern }) => pattern.test(seen) && !pattern.test(text)).map(({ word }) => word);
      const problems = [];
      // A file without basics.name (a CV imported from one) has no name to show.
      if (name && !seen.includes(name)) problems.push(`the name "${name}" is not in the visible text`);
      if (shown.length) problems.push(`the visible text shows ${shown.map((w) => `"${w}"`).join(', ')}`);
      report(problems.length === 0, file, check, problems.length ? problems.join('; ') : `rendered ${html.length} bytes, name shown`);
    } catch (error) {
      report(false, file, check, `render() threw: ${error.message}`);
    }
  }
}
process.exit(failed ? 1 : 0);
