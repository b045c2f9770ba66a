// Builds the kaoping command into one JavaScript file for Node 20, its libraries inside:
//   npm run build:cli   -> dist/cli/kaoping.cjs and its source map (npm pack builds and ships it)
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

function config(env = {}, argv = {}) {
  return {
    mode: argv.mode || 'production',
    target: 'node20',
    entry: { kaoping: './src/cli/start.ts' },
    output: { path: env.out ? path.resolve(env.out) : OUT, filename: '[name].cjs', chunkFormat: 'commonjs', clean: true },
    devtool: 'source-map',
    // Not minified: a failure's stack (KAOPING_DEBUG=1) names real functions, and an IT department can
    // read what it installs. Minifying saved little of the start-up time (docs/architecture.md).
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
    // Run as `node kaoping.cjs` or, marked executable, as `./kaoping.cjs`.
    plugins: [new webpack.BannerPlugin({ banner: '#!/usr/bin/env node', raw: true, entryOnly: true }), new WarningsFail()],
    performance: false,
    // Silent when it succeeds, so `npm pack --json` (which builds it first) prints nothing but its JSON.
    stats: 'errors-only',
  };
}

module.exports = config;
