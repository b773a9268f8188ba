import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

// The README and docs/ must be true of the tree: every file or folder they name exists, every link
// between them lands, and every `npm run <script>` they tell a reader to type is in package.json.
// What the build, the tests or a deployer create (dist/, reports, system paths) is not in the tree
// and is left out, as are placeholders such as `src/panels/<name>/`.

const PAGES = [
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const SCRIPTS = Object.keys(
  (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts,
);

/** Made by a build, a test run or a deployer: named in the docs, never in the repository. */
const GENERATED = [
  'dist/',
  'dist-single/',
  'bench-results/',
  'tests/artifacts/',
  'node_modules/',
  'floor/assets/',
  'assets/',
];

/** Top-level folders of the repository: a code span starting with one of these names a path. */
const TOP = readdirSync('.').filter((f) => !f.startsWith('.') && f !== 'node_modules');

function codeSpans(text: string): string[] {
  const noBlocks = text.replace(/```[\s\S]*?```/g, '');
  return [...noBlocks.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? '');
}

/** The repository paths a page names in code spans (`src/app/main.tsx`, `data/crime.json`). */
function namedPaths(text: string): string[] {
  const paths = new Set<string>();
  for (const span of codeSpans(text)) {
    for (const word of span.split(/[\s,()]+/)) {
      const path = word.replace(/[.:;]+$/, '');
      if (!/^[\w.-]+\/[\w./-]*$|^[\w-]+\.(md|json|ts|tsx|mjs|js|css|html|txt|conf)$/.test(path))
        continue;
      const top = path.split('/')[0] ?? '';
      if (!path.includes('/') && !existsSync(path)) {
        // a bare file name (`meta.ts`, `model.test.ts`) is a file of a folder the text names nearby
        continue;
      }
      if (path.includes('/') && !TOP.includes(top)) continue;
      if (GENERATED.some((g) => path.startsWith(g))) continue;
      paths.add(path);
    }
  }
  return [...paths];
}

/**
 * The paths of a code map (a fenced block whose lines start with a path and a description):
 * `src/app/   the entries…` names src/app/, and an indented `  contract.ts` under `src/panels/`
 * names src/panels/contract.ts. Placeholders (`<name>/`) and what stands under them are left out.
 */
function codeMapPaths(text: string): string[] {
  const paths: string[] = [];
  for (const block of text.matchAll(/```\n([\s\S]*?)```/g)) {
    let folder = '';
    for (const line of (block[1] ?? '').split('\n')) {
      const m = /^( *)(\S+)\s{2,}\S/.exec(line);
      if (!m) continue;
      const [, indent, word] = m as unknown as [string, string, string];
      if (indent.length === 0) {
        if (!TOP.includes(word.split('/')[0] ?? '')) break; // not a code map
        folder = word.endsWith('/') ? word : '';
        paths.push(word);
      } else if (indent.length === 2 && folder && !word.includes('<')) {
        paths.push(folder + word);
      }
    }
  }
  return paths;
}

/** The relative links of a page ([text](docs/data.md), ![…](docs/x.png)), resolved from its folder. */
function namedLinks(page: string, text: string): string[] {
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1] ?? '')
    .filter((href) => !/^[a-z]+:/i.test(href) && !href.startsWith('#'))
    .map((href) => normalize(join(dirname(page), href.split('#')[0] ?? '')));
}

function namedScripts(text: string): string[] {
  return [...text.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1] ?? '');
}

describe.each(PAGES)('%s', (page) => {
  const text = readFileSync(page, 'utf8');

  it('names only paths that exist', () => {
    expect(namedPaths(text).filter((p) => !existsSync(p))).toEqual([]);
  });

  it('names only paths that exist in its code map', () => {
    expect(codeMapPaths(text).filter((p) => !existsSync(p))).toEqual([]);
  });

  it('links only to files that exist', () => {
    expect(namedLinks(page, text).filter((p) => !existsSync(p))).toEqual([]);
  });

  it('names only npm scripts that package.json has', () => {
    expect(namedScripts(text).filter((s) => !SCRIPTS.includes(s))).toEqual([]);
  });
});

describe('the docs check itself', () => {
  it('finds a missing path, a dead link and an unknown script', () => {
    const text = 'See `src/app/nope.tsx` and [x](docs/nope.md); run `npm run nope`.';
    expect(namedPaths(text)).toContain('src/app/nope.tsx');
    expect(namedLinks('README.md', text)).toContain('docs/nope.md');
    expect(namedScripts(text)).toContain('nope');
    const map =
      '```\nsrc/panels/         panels\n  contract.ts        the contract\n  <name>/   one\n```';
    expect(codeMapPaths(map)).toEqual(['src/panels/', 'src/panels/contract.ts']);
  });

  it('reads the code map of the architecture page', () => {
    expect(codeMapPaths(readFileSync('docs/architecture.md', 'utf8'))).toContain(
      'src/panels/contract.ts',
    );
  });

  it('reads the README and every page in docs/', () => {
    expect(PAGES).toContain('README.md');
    expect(PAGES.length).toBeGreaterThan(5);
  });
});
