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
  let settled = false;
  run(process.argv.slice(2)).then(
    (code) => {
      settled = true;
      process.exitCode = code;
    },
    (error) => {
      settled = true;
      fail(error);
    },
  );
  // Nothing left to wait for, yet no result: a library's promise that never settles. Say so and end
  // with 2 instead of quietly exiting 0.
  process.on('beforeExit', () => {
    if (settled) return;
    settled = true;
    process.stderr.write('kaoping: 内部错误：命令未完成就停止了 / internal error: the command stopped before it finished\n');
    process.exitCode = 2;
  });
}
