#!/usr/bin/env node
// Checks that every line of the given files (the standard error of cvport --diagnostics json) is
// one JSON object valid against docs/schema/diagnostics-event.schema.json, with ajv 8 (draft-07,
// strict mode, all errors).
//
// Usage: node check_events.mjs NODE_MODULES SCHEMA FILE...
// Prints "PASS <file>:<line>" or "FAIL <file>:<line>: <reason>" per line; exits 1 on any failure.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const [modulesArgument, schemaFile, ...files] = process.argv.slice(2);
if (!modulesArgument || !schemaFile || files.length === 0) {
  console.error('usage: check_events.mjs NODE_MODULES SCHEMA FILE...');
  process.exit(2);
}
const require = createRequire(join(resolve(modulesArgument), 'noop.js'));
const Ajv = require('ajv');
const ajv = new Ajv({ allErrors: true, strict: true });
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
let failed = false;
for (const file of files) {
  const lines = readFileSync(file, 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop(); // the newline that ends the last line
  lines.forEach((line, index) => {
    const where = `${file}:${index + 1}`;
    let event;
    try {
      event = JSON.parse(line);
    } catch (error) {
      failed = true;
      console.log(`FAIL ${where}: not JSON: ${line}`);
      return;
    }
    if (validate(event)) {
      console.log(`PASS ${where} ${event.event}`);
      return;
    }
    failed = true;
    const reasons = validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
    console.log(`FAIL ${where}: ${reasons}: ${line}`);
  });
}
process.exit(failed ? 1 : 0);
