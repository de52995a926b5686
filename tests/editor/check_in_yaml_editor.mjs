// Validates CV files the way a YAML editor does: with yaml-language-server, the language server
// behind the YAML extensions of VS Code, Neovim, Emacs and others, against cvport's JSON Schema.
// It runs the server's own validation (the code that underlines a file red in the editor)
// headless, without the LSP transport, so a run takes a second and cannot hang on a handshake.
//
//   node check_in_yaml_editor.mjs NODE_MODULES SCHEMA FILE...
//
// Prints one JSON line per file: {"file", "diagnostics": [{"line", "column", "severity",
// "message"}]} with 1-based line and column, as cvport reports them. A file whose first line is a
// `# yaml-language-server: $schema=...` modeline is checked against the schema it names, as in the
// editor; every other file against SCHEMA. Exit status 0 unless the checker itself failed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const [nodeModules, schemaPath, ...files] = process.argv.slice(2);
if (!nodeModules || !schemaPath || files.length === 0) {
  console.error('usage: check_in_yaml_editor.mjs NODE_MODULES SCHEMA FILE...');
  process.exit(2);
}
const require = createRequire(join(resolve(nodeModules), 'yaml-language-server', 'package.json'));
const { getLanguageService } = require('./lib/umd/languageservice/yamlLanguageService.js');
const { TextDocument } = require('vscode-languageserver-textdocument');
// The English messages, loaded as the server does at start-up (yamlServerInit.js); without them
// a message is its bare key ("patternWarning").
await require('@vscode/l10n').config({
  uri: pathToFileURL(join(resolve(nodeModules), 'yaml-language-server', 'l10n', 'bundle.l10n.json')).toString(),
});

// The editor fetches schemas by URI; here only local files are allowed, so a test never touches
// the network.
const schemaRequestService = async (uri) => {
  if (!uri.startsWith('file://')) throw new Error(`refusing to fetch ${uri}`);
  return readFileSync(fileURLToPath(uri), 'utf8');
};
const workspaceContext = { resolveRelativePath: (relative, base) => new URL(relative, base).toString() };
const service = getLanguageService({ schemaRequestService, workspaceContext });
service.configure({
  validate: true,
  completion: false,
  hover: false,
  format: false,
  yamlVersion: '1.2',
  schemas: [{ uri: pathToFileURL(resolve(schemaPath)).toString(), fileMatch: ['*'] }],
});

const severities = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };
for (const file of files) {
  const uri = pathToFileURL(resolve(file)).toString();
  const document = TextDocument.create(uri, 'yaml', 1, readFileSync(file, 'utf8'));
  const diagnostics = await service.doValidation(document, false);
  console.log(JSON.stringify({
    file,
    diagnostics: diagnostics.map((d) => ({
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      severity: severities[d.severity] ?? String(d.severity),
      message: d.message,
    })),
  }));
}
