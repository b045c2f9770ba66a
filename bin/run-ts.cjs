#!/usr/bin/env node
// Runs a TypeScript entry point through tsx's loader, so scripts work right after `npm ci`.
require('tsx/cjs');
const path = require('node:path');
const entry = process.argv[2];
if (!entry) {
  process.stderr.write('usage: run-ts <file.ts> [args...]\n');
  process.exit(2);
}
process.argv.splice(1, 2, path.resolve(entry));
require('node:module').runMain();
