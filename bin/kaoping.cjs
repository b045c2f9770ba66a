#!/usr/bin/env node
// The kaoping command. Runs the TypeScript sources through tsx, so it works right after `npm ci`.
'use strict';

function fail(error) {
  // run() reports its own failures; reaching here means the command could not start at all.
  process.stderr.write(`kaoping: ${error && error.message ? error.message : String(error)}\n`);
  if (process.env.KAOPING_DEBUG === '1' && error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exitCode = 2;
}

let run;
try {
  require('tsx/cjs');
  ({ run } = require('../src/cli/main.ts'));
} catch (error) {
  fail(error);
}
if (run) {
  run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  }, fail);
}
