// Builds the add-in: the task pane, the ribbon command page, the help page, icons and the manifest.
//   npm run build        -> dist/ for publishing; URLs in dist/manifest.xml start with KAOPING_BASE_URL
//   npm run dev-server   -> the same pages over HTTPS on https://localhost:3000 (office-addin-dev-certs)
//   npm run preview      -> build/preview/: the pages plus the in-memory Excel preview and its Office shim
const fs = require('node:fs');
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

/** Where the manifest in the repository points: the dev server. */
const DEV_BASE_URL = 'https://localhost:3000';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The production origin (and path) the add-in is served from, from KAOPING_BASE_URL. */
function baseUrl(env = process.env) {
  const raw = (env.KAOPING_BASE_URL || DEV_BASE_URL).trim().replace(/\/+$/, '');
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`KAOPING_BASE_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== 'https:') throw new Error(`KAOPING_BASE_URL must be https (Office loads add-ins over HTTPS only): ${raw}`);
  return raw;
}

/** The manifest with every dev-server URL moved to the production base; the AppDomain becomes its origin. */
function rewriteManifest(xml, base) {
  const origin = new URL(base).origin;
  return xml
    .replace(/<!--[\s\S]*?-->\s*/g, '')
    .replace(/<AppDomain>https:\/\/localhost:3000<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`)
    .split(`${DEV_BASE_URL}/`)
    .join(`${base}/`);
}

/**
 * HTTPS for the dev server from office-addin-dev-certs, which also installs its development CA. Where
 * that install fails (no sudo, say) but the certificates were made, serve with them and say loudly
 * that the CA still has to be trusted by hand.
 */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const paths = require('office-addin-dev-certs/lib/defaults');
    if (!fs.existsSync(paths.localhostKeyPath) || !fs.existsSync(paths.localhostCertificatePath)) throw error;
    process.stderr.write(
      `\n!! The development CA could not be installed: ${error.message.split('\n')[0]}\n` +
        `!! Serving with ${paths.localhostCertificatePath}. Office and your browser accept https://localhost:3000\n` +
        `!! only once ${paths.caCertificatePath} is trusted (import it as a trusted root).\n\n`,
    );
    return {
      key: fs.readFileSync(paths.localhostKeyPath),
      cert: fs.readFileSync(paths.localhostCertificatePath),
      ca: fs.readFileSync(paths.caCertificatePath),
    };
  }
}

/**
 * What the add-in's pages must run in: EdgeHTML 18, the webview of retail Office 2019 and of Microsoft
 * 365 builds on Windows 10 without WebView2 (learn.microsoft.com, "Browsers and webview controls used
 * by Office Add-ins"). It parses ES2017 but not object spread, optional chaining, ?? or class fields,
 * and lacks Object.fromEntries, Array.prototype.flat, globalThis and more. So every module, the
 * packages' too, goes through Babel's preset-env for Edge 18, with core-js adding the missing
 * built-ins where they are used; webpack's own runtime is written for ES2017. test/bundle.test.ts
 * parses the result at that level. Internet Explorer 11 (Trident) is not a target: React and Fluent
 * UI no longer run there, and src/legacy/old-webview.js tells the clerk what to do instead.
 */
const LEGACY_TARGETS = { edge: '18' };

function babelLoader() {
  return {
    loader: 'babel-loader',
    options: {
      babelrc: false,
      configFile: false,
      cacheDirectory: true,
      sourceType: 'unambiguous',
      // Keep Babel's output as it lays it out (Terser minifies afterwards); on "auto" it notes on stderr
      // every package file over 500 KB (react-dom, Fluent's icons) it prints compactly instead.
      compact: false,
      presets: [['@babel/preset-env', { targets: LEGACY_TARGETS, bugfixes: true, modules: false, useBuiltIns: 'usage', corejs: '3.51' }]],
    },
  };
}

function page(name, template, chunks) {
  return new HtmlWebpackPlugin({ filename: `${name}.html`, template, chunks, templateParameters: { officeJs: OFFICE_JS } });
}

async function config(env = {}, argv = {}) {
  const mode = argv.mode || 'production';
  const preview = Boolean(env.preview);
  // The pages Office loads are built for EdgeHTML 18; the preview runs in today's Chromium only
  // (and is built on every browser test run), unless --env legacy asks for the same build.
  const legacy = !preview || Boolean(env.legacy);
  const serving = Boolean(env.WEBPACK_SERVE);
  const out = preview ? path.resolve(__dirname, 'build/preview') : path.resolve(__dirname, 'dist');
  const base = baseUrl();
  // Web APIs EdgeHTML 18 lacks go in first (src/legacy/polyfills.ts).
  const first = (file) => (legacy ? ['./src/legacy/polyfills.ts', file] : file);
  const entry = {
    taskpane: first('./src/taskpane/index.tsx'),
    commands: first('./src/commands/index.ts'),
  };
  const pages = [
    page('taskpane', './src/taskpane/taskpane.html', ['taskpane']),
    page('commands', './src/commands/commands.html', ['commands']),
  ];
  if (preview) {
    entry.preview = './src/preview/index.tsx';
    entry['office-shim'] = './src/preview/office-shim.ts';
    pages.push(page('preview', './src/preview/preview.html', ['preview']));
  }
  // The preview opens its samples from .xlsx bytes in the page, where Node's Buffer is not a global.
  const provide = preview ? [new webpack.ProvidePlugin({ Buffer: ['buffer', 'Buffer'] })] : [];
  const tsLoader = {
    loader: 'ts-loader',
    options: {
      transpileOnly: true,
      compilerOptions: { module: 'esnext', moduleResolution: 'bundler', noEmit: false, sourceMap: true, rootDir: __dirname },
    },
  };
  const rules = legacy
    ? [
        { test: /\.tsx?$/, exclude: /node_modules/, use: [babelLoader(), tsLoader] },
        // The packages' own code, except core-js (the polyfills themselves) and webpack's runtime.
        { test: /\.[cm]?js$/, include: /node_modules/, exclude: /node_modules[\\/](core-js|webpack)[\\/]/, use: [babelLoader()] },
      ]
    : [{ test: /\.tsx?$/, exclude: /node_modules/, use: tsLoader }];
  const result = {
    mode,
    target: legacy ? ['web', 'es2017'] : 'web',
    devtool: mode === 'development' ? 'eval-source-map' : preview ? false : 'source-map',
    // The preview is built on every browser test run: tree-shaken as in production, not minified.
    optimization: preview ? { minimize: false } : {},
    entry,
    output: {
      path: out,
      // The shim keeps a fixed name: the preview serves it where office.js would be.
      filename: (data) => (data.chunk.name === 'office-shim' || mode === 'development' ? '[name].js' : '[name].[contenthash:8].js'),
      // dist/cli/ is the command's bundle (webpack.cli.config.js): building the add-in leaves it alone.
      clean: preview ? true : { keep: /^cli[\\/]/ },
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: { rules },
    plugins: [
      ...provide,
      ...pages,
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          { from: 'src/commands/dialog.html', to: 'dialog.html' },
          { from: 'src/legacy/old-webview.js', to: 'old-webview.js' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => rewriteManifest(content.toString(), base) },
        ],
      }),
    ],
    performance: preview ? false : { maxAssetSize: 3_000_000, maxEntrypointSize: 3_000_000 },
  };
  if (serving) {
    result.devServer = {
      port: Number(process.env.KAOPING_DEV_PORT || 3000),
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: await httpsOptions() },
      static: false,
      hot: false,
      client: { overlay: { warnings: false } },
    };
  }
  return result;
}

module.exports = config;
module.exports.rewriteManifest = rewriteManifest;
module.exports.baseUrl = baseUrl;
module.exports.DEV_BASE_URL = DEV_BASE_URL;
module.exports.OFFICE_JS = OFFICE_JS;
module.exports.LEGACY_TARGETS = LEGACY_TARGETS;
