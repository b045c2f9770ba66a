#!/usr/bin/env node
// The kaoping command. Runs the bundle dist/cli/kaoping.cjs (npm run build:cli, which npm pack builds
// and ships: one JavaScript file with its libraries inside) when it is there. Without it, in a
// development checkout right after `npm ci`, it runs the TypeScript sources through tsx instead (a
// development dependency). KAOPING_FROM_SOURCES=1 runs the sources even where a bundle is built: the
// tests of the sources set it, and so should anyone who changed the sources since the last build.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const bundle = path.join(__dirname, '..', 'dist', 'cli', 'kaoping.cjs');
const fromSources = process.env.KAOPING_FROM_SOURCES === '1' || !fs.existsSync(bundle);

function cannotStart(error) {
  const node = Number(process.versions.node.split('.')[0]);
  const reason =
    node < 20
      ? `命令无法启动：需要 Node.js 20 或更高版本，当前为 ${process.version}（设置 KAOPING_DEBUG=1 可查看详情） / ` +
        `the command could not start: it needs Node.js 20 or later, this is ${process.version} (set KAOPING_DEBUG=1 for details)`
      : fromSources
        ? '未找到 dist/cli/kaoping.cjs，源码也无法运行：请先运行 npm run build:cli（设置 KAOPING_DEBUG=1 可查看详情） / ' +
          'dist/cli/kaoping.cjs is missing and the sources cannot run: run npm run build:cli first (set KAOPING_DEBUG=1 for details)'
        : 'dist/cli/kaoping.cjs 无法加载：请重新构建（npm run build:cli）或重新安装（设置 KAOPING_DEBUG=1 可查看详情） / ' +
          'dist/cli/kaoping.cjs could not be loaded: build it again (npm run build:cli) or install the package again (set KAOPING_DEBUG=1 for details)';
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
