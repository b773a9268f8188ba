#!/usr/bin/env node
// The support floor, checked on what browsers actually run: builds the app unminified (our code and
// everything the bundle takes from dependencies, syntax already lowered for the floor), then
//  - ESLint with eslint-plugin-compat (web and ES APIs, MDN's compat data) and eslint-plugin-es-x
//    (every ECMAScript feature newer than ES2021, prototype methods included) on the JavaScript;
//  - doiuse (caniuse data) on the CSS, plus the selectors it does not detect (:is, :where).
// The browsers are package.json's browserslist (Chromium 86, the floor, and everything newer).
// Each finding names the source file it came from (the build keeps `//#region <file>` markers).
// Exit 1 on any finding not in ALLOWED below.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import bcd from '@mdn/browser-compat-data' with { type: 'json' };
import DoIUse from 'doiuse/lib/DoIUse.js';
import { ESLint } from 'eslint';
import compat from 'eslint-plugin-compat';
import esx from 'eslint-plugin-es-x';
import postcss from 'postcss';

const root = new URL('..', import.meta.url).pathname;
const browsers = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).browserslist;

/**
 * CSS features the floor lacks that the code uses on purpose, each with the fallback that makes
 * the page read well without it. A new use of one of them still passes here: review it by hand.
 */
const ALLOWED_CSS = {
  'css-has':
    'styles.css: the dashboard row alignment, `@supports not selector(:has(+ *))` puts the spare height above the source line instead; present.css: room for the countdown beside the source line, without :has() the room is always kept',
  'extended-system-fonts':
    'styles.css: ui-sans-serif heads the font stack; a browser without it takes the next font named',
  'css-container-queries':
    'governance.css, projects.css: the wide layout; `@supports not (container-type: inline-size)` gives it on slides and wide embeds, elsewhere it stays stacked',
};

// Syntax Chromium 86 has natively (class fields 72, private fields 74, private methods 84): the
// build keeps it as it is, and it is fine.
const NATIVE_ON_FLOOR = new Set([
  'es-x/no-class-instance-fields',
  'es-x/no-class-private-fields',
  'es-x/no-class-private-methods',
  'es-x/no-class-static-fields',
]);

// Array has methods of these names since ES5: without types (the bundle has none) a call cannot be
// told from an iterator helper's, so these rules would flag every array.map(). Iterator helpers
// are kept out by review instead (none is used: Chromium 86 and 109 lack them).
const SAME_NAME_AS_ARRAY =
  /^es-x\/no-iterator-prototype-(map|filter|foreach|some|every|find|flatmap|reduce)$/;

/** The Chromium version an MDN compat entry was added in (Infinity: not at all). */
function chromeAdded(entry) {
  let support = entry?.__compat?.support?.chrome;
  if (Array.isArray(support))
    support = support.find((s) => !s.flags && !s.prefix && !s.alternative_name) ?? support[0];
  const added = support?.version_added;
  if (added === true) return 0;
  if (typeof added !== 'string') return Number.POSITIVE_INFINITY;
  const n = Number.parseFloat(added.replace('≤', ''));
  return Number.isNaN(n) ? Number.POSITIVE_INFINITY : n;
}

const FLOOR_CHROME = Number(browsers[0].match(/chrome >= (\d+)/)?.[1]);
if (!FLOOR_CHROME)
  throw new Error(`package.json browserslist should start with "chrome >= N", not ${browsers[0]}`);

/**
 * eslint-plugin-compat does not know the static methods of web interfaces (it let
 * `AbortSignal.any`, Chromium 116, through): this rule reads them from MDN's compat data, for
 * `Interface.member` where Interface is the global.
 */
const staticWebApis = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    return {
      MemberExpression(node) {
        if (
          node.computed ||
          node.object.type !== 'Identifier' ||
          node.property.type !== 'Identifier'
        )
          return;
        const name = node.object.name;
        const entry = bcd.api[name]?.[`${node.property.name}_static`];
        if (!entry) return;
        const scope = context.sourceCode.getScope(node);
        let s = scope;
        while (s) {
          if (s.set.get(name)?.defs.length) return; // a local binding of that name, not the global
          s = s.upper;
        }
        const added = chromeAdded(entry);
        if (added > FLOOR_CHROME)
          context.report({
            node,
            message: `${name}.${node.property.name}() is not supported in Chrome ${FLOOR_CHROME} (${Number.isFinite(added) ? `added in ${added}` : 'not in Chrome'})`,
          });
      },
    };
  },
};

/** Uses that test for the feature first, by source file and rule. */
const ALLOWED_JS = {
  'node_modules/tslib/tslib.es6.mjs es-x/no-iterator':
    'tslib: `typeof Iterator === "function" ? Iterator : Object`, tested before use',
  'src/data/next-task.ts compat/compat':
    'nextTask: `scheduler.yield` where it is a function (Chromium 129 and later), a 0 ms timeout otherwise',
};

const esxRules = {};
for (const name of Object.keys(esx.configs)) {
  const m = name.match(/^flat\/no-new-in-(es\d{4}|esnext)(-intl-api)?$/);
  if (!m || !(m[1] === 'esnext' || Number(m[1].slice(2)) >= 2022)) continue;
  for (const rule of Object.keys(esx.configs[name].rules))
    if (!NATIVE_ON_FLOOR.has(rule) && !SAME_NAME_AS_ARRAY.test(rule)) esxRules[rule] = 'error';
}

function build(outDir) {
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--minify',
      'false',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

/** The source file a line of the unminified bundle came from: the nearest `//#region` above it. */
function sourceAt(text, line) {
  const lines = text.split('\n');
  for (let i = line - 1; i >= 0; i--) {
    const m = lines[i].match(/^\/\/(?:#region)? ((?:src|node_modules)\/\S+)$/);
    if (m) return m[1];
  }
  return '(bundle)';
}

/** The chunks of both builds: what current browsers run (assets/) and what the floor runs (floor/assets/). */
function chunks(dir, ending) {
  return ['assets', 'floor/assets'].flatMap((sub) =>
    readdirSync(join(dir, sub))
      .filter((f) => f.endsWith(ending))
      .map((f) => join(dir, sub, f)),
  );
}

async function checkScripts(dir) {
  const files = chunks(dir, '.js');
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.js'],
        languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
        plugins: { compat, 'es-x': esx, floor: { rules: { 'static-web-apis': staticWebApis } } },
        settings: { browsers, lintAllEsApis: true },
        rules: { 'compat/compat': 'error', 'floor/static-web-apis': 'error', ...esxRules },
      },
    ],
    ignore: false,
  });
  const results = await eslint.lintFiles(files);
  const findings = [];
  const allowed = new Set();
  for (const r of results) {
    const text = readFileSync(r.filePath, 'utf8');
    for (const m of r.messages) {
      const source = sourceAt(text, m.line);
      const key = `${source} ${m.ruleId}`;
      if (ALLOWED_JS[key]) {
        allowed.add(key);
        continue;
      }
      findings.push(
        `${source} (${relative(dir, r.filePath)}:${m.line}): ${m.message} [${m.ruleId ?? 'parse'}]`,
      );
    }
  }
  return { files: files.length, findings, allowed: [...allowed] };
}

async function checkStyles(dir) {
  const files = chunks(dir, '.css');
  const findings = [];
  const allowed = new Set();
  for (const file of files) {
    const css = readFileSync(file, 'utf8');
    const usages = [];
    await postcss([new DoIUse({ browsers, onFeatureUsage: (u) => usages.push(u) })]).process(css, {
      from: file,
    });
    for (const u of usages) {
      // "only partially supported" is not a missing feature; report what the floor does not have.
      if (!/not supported by/.test(u.message)) continue;
      if (ALLOWED_CSS[u.feature]) {
        allowed.add(u.feature);
        continue;
      }
      findings.push(`${relative(dir, file)}: ${u.message}`);
    }
    // Selectors doiuse does not know: Chromium 86 drops a whole rule that uses one.
    const code = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
    code.split('\n').forEach((line, i) => {
      const m = line.match(/:(is|where)\(/);
      if (m)
        findings.push(
          `${relative(dir, file)}:${i + 1}: :${m[1]}() is not supported by Chrome 86–87 (the rule is dropped)`,
        );
    });
  }
  return { files: files.length, findings, allowed: [...allowed] };
}

// Inside the project (ESLint lints only below its cwd, and not in node_modules), in tmp/, which git ignores.
mkdirSync(join(root, 'tmp'), { recursive: true });
const out = mkdtempSync(join(root, 'tmp/compat-'));
try {
  build(out);
  const scripts = await checkScripts(out);
  const styles = await checkStyles(out);
  const findings = [...scripts.findings, ...styles.findings];
  console.log(
    `check-compat: ${scripts.files} scripts and ${styles.files} stylesheets against ${browsers.join(', ')}`,
  );
  for (const key of scripts.allowed) console.log(`  allowed: ${key}: ${ALLOWED_JS[key]}`);
  for (const feature of styles.allowed)
    console.log(`  allowed: ${feature}: ${ALLOWED_CSS[feature]}`);
  if (findings.length > 0) {
    for (const f of findings) console.log(`  ✗ ${f}`);
    console.error(`check-compat: ${findings.length} use(s) of features the floor lacks`);
    process.exitCode = 1;
  } else {
    console.log('check-compat: nothing newer than the floor');
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
