// Builds the kaoping command into one JavaScript file for Node 20, its libraries inside:
//   npm run build:cli   -> dist/cli/kaoping.cjs and its source map (npm pack builds and ships it)
//   --env bench         -> also build/bench/: the benchmarks bundled the same way, so that they time
//                          the engine as the command runs it (npm run bench, bench:engine, bench:xlsx)
// The same webpack and ts-loader as the add-in's build (webpack.config.js), for Node instead of a
// webview: no Babel, no polyfills, Node's own modules left to Node. docs/architecture.md says why.
const path = require('node:path');
const webpack = require('webpack');

const OUT = path.resolve(__dirname, 'dist/cli');

/**
 * A warning here is a library the bundle could not take in whole (a require it cannot follow, a file
 * read at run time): the command would fail on the server it was copied to. So warnings fail the build.
 * They are moved before webpack reports, so the build prints them as errors and exits 1.
 */
class WarningsFail {
  apply(compiler) {
    compiler.hooks.afterCompile.tap('WarningsFail', (compilation) => {
      compilation.errors.push(...compilation.warnings.splice(0));
    });
  }
}

/** One Node 20 bundle per entry into `out`, the TypeScript through ts-loader as in the add-in's build. */
function nodeBundle(mode, entry, out, extra = {}) {
  return {
    mode,
    target: 'node20',
    entry,
    output: { path: out, filename: '[name].cjs', chunkFormat: 'commonjs', clean: true },
    devtool: 'source-map',
    // Not minified: a failure's stack (KAOPING_DEBUG=1) names real functions, and an IT department can
    // read what it installs.
    optimization: { minimize: false },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              compilerOptions: { module: 'esnext', moduleResolution: 'bundler', noEmit: false, sourceMap: true, rootDir: __dirname },
            },
          },
        },
      ],
    },
    plugins: [new WarningsFail()],
    performance: false,
    // Silent when it succeeds, so `npm pack --json` (which builds it first) prints nothing but its JSON.
    stats: 'errors-only',
    ...extra,
  };
}

function config(env = {}, argv = {}) {
  const mode = argv.mode || 'production';
  const cli = nodeBundle(mode, { kaoping: './src/cli/start.ts' }, OUT);
  // Run as `node kaoping.cjs` or, marked executable, as `./kaoping.cjs`.
  cli.plugins.push(new webpack.BannerPlugin({ banner: '#!/usr/bin/env node', raw: true, entryOnly: true }));
  if (!env.bench) return cli;
  // The benchmarks find the repository (and bin/kaoping.cjs, which runs dist/cli) from their own
  // folder: __dirname stays the source file's, relative to the repository, where npm runs them.
  const bench = nodeBundle(
    mode,
    { bench: './scripts/bench.ts', 'bench-engine': './scripts/bench-engine.ts', 'bench-xlsx': './scripts/bench-xlsx.ts', 'bench-libreoffice': './scripts/bench-libreoffice.ts' },
    path.resolve(__dirname, 'build/bench'),
    { context: __dirname, node: { __dirname: true } },
  );
  return [cli, bench];
}

module.exports = config;
