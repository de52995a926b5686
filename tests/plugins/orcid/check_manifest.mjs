#!/usr/bin/env node
// Validates manifest.json files against docs/schema/orcid-manifest-2.schema.json with ajv 8 +
// ajv-formats (draft-07, strict mode, all errors), for the ORCID consumer tests.
//
// Usage: node check_manifest.mjs NODE_MODULES SCHEMA FILE.json...
// Prints "PASS <file>" or "FAIL <file>: <instance path> <message>" per error; exits 1 on any.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const [modulesArgument, schemaFile, ...files] = process.argv.slice(2);
if (!modulesArgument || !schemaFile || files.length === 0) {
  console.error('usage: check_manifest.mjs NODE_MODULES SCHEMA FILE.json...');
  process.exit(2);
}
const require = createRequire(join(resolve(modulesArgument), 'noop.js'));
const Ajv = require('ajv');
const addFormats = require('ajv-formats');
const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
let failed = false;
for (const file of files) {
  if (validate(JSON.parse(readFileSync(file, 'utf8')))) {
    console.log(`PASS ${file}`);
    continue;
  }
  failed = true;
  for (const error of validate.errors)
    console.log(`FAIL ${file}: ${error.instancePath || '/'} ${error.message}`);
}
process.exit(failed ? 1 : 0);
