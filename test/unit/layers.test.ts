/**
 * The house rules of fulfillment/, read from the imports themselves: the kit and the ports never
 * import a feature, the pipeline never imports a feature, nothing imports the core's tables but
 * the core, and no file of the core, the model or skill/ imports itself round a circle.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const FEATURES = ['accounts', 'transfers', 'cards', 'insights', 'conversation', 'discreet'];

/** What each lower layer may import; features may import every layer and each other. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  kit: ['kit'],
  banks: ['kit', 'banks', 'state'],
  state: ['kit', 'state'],
  records: ['kit', 'banks', 'records'],
  speech: ['kit', 'banks', 'speech'],
  pipeline: ['kit', 'banks', 'state', 'records', 'speech', 'pipeline'],
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') && !name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Every relative import of every file under a folder, as repository paths. */
function importGraph(folder = 'fulfillment'): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(path.join(root, folder))) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom '(\.{1,2}\/[^']+)'/gm)].map((m) => {
      const target = path.resolve(path.dirname(file), m[1] as string);
      const candidates = [`${target}.ts`, path.join(target, 'index.ts'), target.replace(/\.js$/, '.ts')];
      return path.relative(root, candidates.find((c) => statSafe(c)) ?? target);
    });
    graph.set(path.relative(root, file), targets);
  }
  return graph;
}

function statSafe(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The room of a file: its first folder under fulfillment/, or its own name at the top. */
const roomOf = (file: string) => file.split(path.sep)[1]?.replace(/\.ts$/, '') ?? '';

/** The imports that break the layering, as "from -> to". */
function layerViolations(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const out: string[] = [];
  for (const [from, targets] of graph) {
    const room = roomOf(from);
    for (const to of targets) {
      if (!to.startsWith(`fulfillment${path.sep}`)) {
        out.push(`${from} -> ${to} (outside fulfillment/)`);
        continue;
      }
      const target = roomOf(to);
      const allowed = ALLOWED[room];
      if (allowed && !allowed.includes(target)) out.push(`${from} -> ${to}`);
      if (FEATURES.includes(room) && ['core', 'handler-table', 'flow-table'].includes(target)) out.push(`${from} -> ${to} (a feature importing the core)`);
    }
  }
  return out;
}

/** A circle of imports, if there is one. */
function findCircle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): string[] | undefined => {
    if (state.get(file) === 'done') return undefined;
    if (state.get(file) === 'open') return [...stack.slice(stack.indexOf(file)), file];
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      const circle = visit(next);
      if (circle) return circle;
    }
    stack.pop();
    state.set(file, 'done');
    return undefined;
  };
  for (const file of graph.keys()) {
    const circle = visit(file);
    if (circle) return circle;
  }
  return undefined;
}

/** The platform folders under skill/: each holds one platform unit. */
const PLATFORM_FOLDERS = ['alexa', 'dialogflow', 'dialogflow-cx', 'mcp'];

describe('skill/server/', () => {
  it('knows no platform: it imports no platform folder, only the list of units', () => {
    const graph = importGraph(path.join('skill', 'server'));
    expect(graph.size).toBeGreaterThan(10);
    const intoPlatforms = [...graph].flatMap(([from, targets]) =>
      targets.filter((to) => PLATFORM_FOLDERS.some((p) => to.startsWith(path.join('skill', p) + path.sep))).map((to) => `${from} -> ${to}`),
    );
    expect(intoPlatforms).toEqual([]);
  });
});

describe('models/', () => {
  const graph = importGraph('models');
  const edges = [...graph].flatMap(([from, targets]) => targets.map((to) => ({ from, to })));

  it('is trained on nothing of the sandbox bank', () => {
    expect(graph.size).toBeGreaterThan(15);
    expect(edges.filter(({ to }) => to.includes(path.join('banks', 'sandbox'))).map(({ from, to }) => `${from} -> ${to}`)).toEqual([]);
  });

  it('has no circle of imports', () => {
    expect(findCircle(graph)).toBeUndefined();
  });
});

describe('the running skill', () => {
  it('reads nothing of the model source: the platforms take their generated intent names', () => {
    const runtime = new Map([...importGraph('skill')].filter(([file]) => !file.startsWith(path.join('skill', 'simulator') + path.sep)));
    const intoModels = [...runtime].flatMap(([from, targets]) => targets.filter((to) => to.startsWith(`models${path.sep}`)).map((to) => `${from} -> ${to}`));
    expect(runtime.size).toBeGreaterThan(40);
    expect(intoModels).toEqual([]);
  });

  it('has no circle of imports', () => {
    expect(findCircle(importGraph('skill'))).toBeUndefined();
  });
});

describe('the layering of fulfillment/', () => {
  const graph = importGraph();

  it('reads the whole core', () => {
    expect(graph.size).toBeGreaterThan(80);
  });

  it('keeps the kit, the ports, shared speech and the pipeline free of features', () => {
    expect(layerViolations(graph)).toEqual([]);
  });

  it('has no circle of imports', () => {
    expect(findCircle(graph)).toBeUndefined();
  });

  it('would notice a kit file importing a feature, or a circle', () => {
    const kit = path.join('fulfillment', 'kit', 'money.ts');
    const feature = path.join('fulfillment', 'transfers', 'draft.ts');
    expect(layerViolations(new Map([[kit, [feature]]]))).toEqual([`${kit} -> ${feature}`]);
    expect(findCircle(new Map([[kit, [feature]], [feature, [kit]]]))).toEqual([kit, feature, kit]);
  });
});
