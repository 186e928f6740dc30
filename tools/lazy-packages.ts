/**
 * Packages the server needs only on first use, each in a file of its own beside the bundle.
 *
 * V8 reads a whole file when it is loaded, even code that never runs: the account-linking
 * server's oidc-provider, the MCP SDK, undici and the database and Redis drivers were 1.5 MiB of a
 * 2.1 MiB bundle and most of its start-up. Our code reaches them through a synchronous `require()`
 * at first use (`skill/server/compose.ts`, `skill/mcp/mcp.platform.ts`, ...), which jest and tsx
 * run as they are. esbuild splits code only for ES module output and only at `import()`, so it
 * cannot split these; this plugin does it by package: an import of a lazily used package becomes a
 * `require()` of `lazy-<package>.js`, and that file is the package bundled on its own, with every
 * entry point of it the server imports. esbuild keeps a required module's initialisation until it
 * is first required, so the file is read only when the package is first used.
 */
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { statSync } from 'node:fs';
import path from 'node:path';

/** The packages the server loads on first use only. */
export const LAZY_PACKAGES = ['oidc-provider', '@modelcontextprotocol/sdk', 'undici', 'pg', '@electric-sql/pglite', 'ioredis'] as const;

/**
 * The entry points of each lazily used package that a build reached ('.', './server/mcp.js', ...),
 * each with how: by `require()`, which resolves a package's CommonJS build, or by `import`.
 */
export type LazyImports = Map<string, Map<string, 'require' | 'import'>>;

const NAMESPACE = 'lazy-package';

/** The file a package is bundled into, beside the main bundle. */
export const lazyFileOf = (name: string) => `lazy-${name.replace(/^@/, '').replace(/\//g, '-')}.js`;

/** Turns imports of `packages` into requires of their own files; records which entry points were imported. */
export function lazyPackagesPlugin(packages: readonly string[], imported: LazyImports): Plugin {
  const escaped = packages.map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  const filter = new RegExp(`^(${escaped.join('|')})(/.+)?$`);
  return {
    name: 'lazy-packages',
    setup(build) {
      build.onResolve({ filter }, (args) => {
        if (args.namespace === NAMESPACE) return undefined;
        const [, name = '', subpath = ''] = filter.exec(args.path) ?? [];
        const entry = `.${subpath}`;
        const how = args.kind === 'require-call' ? 'require' : 'import';
        const entries = imported.get(name) ?? new Map<string, 'require' | 'import'>();
        const seen = entries.get(entry);
        if (seen && seen !== how) return { errors: [{ text: `${args.path} is both required and imported: give it one way in` }] };
        imported.set(name, entries.set(entry, how));
        return { path: `${name}\0${entry}`, namespace: NAMESPACE, pluginData: { name, entry } };
      });
      build.onResolve({ filter: /^\.\/lazy-/, namespace: NAMESPACE }, (args) => ({ path: args.path, external: true }));
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => {
        const { name, entry } = args.pluginData as { name: string; entry: string };
        return { contents: `module.exports = require(${JSON.stringify(`./${lazyFileOf(name)}`)}).entries[${JSON.stringify(entry)}];`, loader: 'js' };
      });
    },
  };
}

/** One lazily loaded file as built. */
export interface LazyFile {
  readonly file: string;
  readonly bytes: number;
  /** Its inputs, for the forbidden-input check. */
  readonly inputs: string[];
}

/**
 * The source of a package's file: each entry point reached the way the main bundle reached it, so
 * that it reads the same values it read when the package was inside it. A required entry is the
 * package's CommonJS `module.exports`; an imported one is its namespace (the ES build, tree
 * shaken as before), marked `__esModule` so that default and named imports read what they did.
 */
function lazyEntrySource(name: string, entries: ReadonlyMap<string, 'require' | 'import'>): string {
  const list = [...entries];
  const specifier = (entry: string) => JSON.stringify(entry === '.' ? name : `${name}${entry.slice(1)}`);
  const imports = list.flatMap(([entry, how], i) => (how === 'import' ? [`import * as entry${i} from ${specifier(entry)};`] : []));
  const keyed = list.map(([entry, how], i) => `${JSON.stringify(entry)}: ${how === 'import' ? `esModule(entry${i})` : `require(${specifier(entry)})`}`);
  return `${imports.join('\n')}\nconst esModule = (ns) => Object.defineProperty({ ...ns }, '__esModule', { value: true });\nexport const entries = { ${keyed.join(', ')} };\n`;
}

/** Bundles each package with `options` into its file in `outdir`, exporting the entry points `imported` names. */
export async function bundleLazyPackages(imported: LazyImports, outdir: string, root: string, options: BuildOptions): Promise<LazyFile[]> {
  return Promise.all(
    [...imported].map(async ([name, entries]) => {
      const file = path.join(outdir, lazyFileOf(name));
      const result = await build({ ...options, stdin: { contents: lazyEntrySource(name, entries), resolveDir: root, loader: 'js' }, outfile: file, metafile: true });
      return { file, bytes: statSync(file).size, inputs: Object.keys(result.metafile.inputs) };
    }),
  );
}
