#!/usr/bin/env node
// The kaoping command. Runs the bundle dist/cli/kaoping.cjs (npm run build:cli, which npm pack builds
// and ships: one JavaScript file with its libraries inside) when it is there. Without it, in a
// development checkout right after `npm ci`, it runs the TypeScript sources through tsx instead (a
// development dependency). In a checkout, a bundle older than any file of the sources beside it is
// not run either: the sources are (a package has no sources, so it always runs its bundle).
// KAOPING_FROM_SOURCES=1 runs the sources even where a bundle is built; the tests of the sources set it.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const bundle = path.join(__dirname, '..', 'dist', 'cli', 'kaoping.cjs');
const sources = path.join(__dirname, '..', 'src');

/** Whether a file under `dir` was changed after `time` (ms); false when there is no such folder. */
function changedSince(dir, time) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return false; // no sources beside the command: an installed package
  }
  for (const e of entries) {
    const at = path.join(dir, e.name);
    if (e.isDirectory() ? changedSince(at, time) : e.isFile() && fs.statSync(at).mtimeMs > time) return true;
  }
  return false;
}

function bundleIsCurrent() {
  let built;
  try {
    built = fs.statSync(bundle).mtimeMs;
  } catch {
    return false; // not built
  }
  return !changedSince(sources, built);
}

const fromSources = process.env.KAOPING_FROM_SOURCES === '1' || !bundleIsCurrent();

function cannotStart(error) {
  const node = Number(process.versions.node.split('.')[0]);
  const details = '（设置 KAOPING_DEBUG=1 可查看详情） / ';
  const reason =
    node < 20
      ? `命令无法启动：需要 Node.js 20 或更高版本，当前为 ${process.version}${details}` +
        `the command could not start: it needs Node.js 20 or later, this is ${process.version} (set KAOPING_DEBUG=1 for details)`
      : !fromSources
        ? `dist/cli/kaoping.cjs 无法加载：请重新构建（npm run build:cli）或重新安装${details}` +
          'dist/cli/kaoping.cjs could not be loaded: build it again (npm run build:cli) or install the package again (set KAOPING_DEBUG=1 for details)'
        : process.env.KAOPING_FROM_SOURCES === '1'
          ? `源码无法运行（已设置 KAOPING_FROM_SOURCES=1）：请先运行 npm ci${details}` +
            'the sources cannot run (KAOPING_FROM_SOURCES=1 is set): run npm ci first (set KAOPING_DEBUG=1 for details)'
          : fs.existsSync(bundle)
            ? `dist/cli/kaoping.cjs 比源码旧，源码又无法运行：请运行 npm run build:cli${details}` +
              'dist/cli/kaoping.cjs is older than the sources, and the sources cannot run: run npm run build:cli (set KAOPING_DEBUG=1 for details)'
            : `未找到 dist/cli/kaoping.cjs，源码也无法运行：请先运行 npm run build:cli${details}` +
              'dist/cli/kaoping.cjs is missing and the sources cannot run: run npm run build:cli first (set KAOPING_DEBUG=1 for details)';
  process.stderr.write(`kaoping: ${reason}\n`);
  if (process.env.KAOPING_DEBUG === '1') process.stderr.write(`${error && error.stack ? error.stack : String(error)}\n`);
  process.exitCode = 2;
}

try {
  if (fromSources) {
    require('tsx/cjs');
    require('../src/cli/start.ts');
  } else require(bundle);
} catch (error) {
  // The command reports its own failures; reaching here means it could not start at all.
  cannotStart(error);
}
