// Benchmark: opens a generated graph of 5,000 nodes and 20,000 claims in headless chromium and prints the time to first render, the opening layout time and frame rates while the camera moves.
import { cpus, totalmem } from 'node:os';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { writeGraphFile } from '../../src/rdf/graph-file.js';
import { entityKey } from '../../src/rdf/namespaces.js';
import { toQuads } from '../../src/rdf/to-quads.js';
import { writeTurtle } from '../../src/rdf/turtle.js';
import type { Article, Entity, EntityType, KnowledgeGraph, Predicate, ResolvedClaim } from '../../src/types.js';
import { startViewerServer } from '../../src/view/start-viewer-server.js';
import { seededRandom } from '../../viewer/src/create-graph.js';
import { DEFAULT_VIEWER_SETTINGS } from '../../viewer/src/settings.js';
import { launchChromium } from '../viewer/chromium.js';

const NODES = 5_000;
const CLAIMS = 20_000;
const ARTICLES = 50;
/** How long the camera moves while frames are counted. */
const MOTION_MS = 5_000;
const LOADS = 3;

/** Node types of the generated graph and their share of the nodes. */
const MIX: readonly [EntityType, number][] = [
  ['Party', 0.004],
  ['Person', 0.2],
  ['Delegation', 0.02],
  ['Office', 0.02],
  ['Talks', 0.01],
  ['Place', 0.01],
  ['Organization', 0.006],
  ['Topic', 0.73],
];
const STANCES: readonly Predicate[] = ['demands', 'rejects', 'proposes', 'agrees'];

/**
 * A graph of invented negotiations with the requested numbers of entities and claims, the same on every run.
 * Like real ones, it is clustered: a party's people mostly take positions on their own party's topics.
 */
function generateGraph(): KnowledgeGraph {
  const random = seededRandom(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const sentence = 'Delegation 1 demanded topic 2 before any further round of talks in the capital.';
  const articles: Article[] = Array.from({ length: ARTICLES }, (_, i) => ({
    id: `bench${String(i).padStart(11, '0')}`,
    file: `bench-${i}.txt`,
    path: `bench-${i}.txt`,
    title: `Generated article ${i}`,
    text: sentence,
    sentences: [{ index: 0, start: 0, end: sentence.length, text: sentence, heading: false }],
  }));
  const byType = new Map<EntityType, Entity[]>();
  let made = 0;
  for (const [type, share] of MIX) {
    const count = type === 'Topic' ? NODES - made : Math.max(1, Math.round(NODES * share));
    made += count;
    byType.set(type, Array.from({ length: count }, (_, i) => ({ key: entityKey(type, `${type} ${i}`), type, label: `${type} ${i}`, aliases: [] })));
  }
  const parties = byType.get('Party')!;
  const withParty = (entities: Entity[]) => entities.map((entity) => ({ ...entity, party: pick(parties).key }));
  for (const type of ['Person', 'Delegation', 'Topic'] as const) byType.set(type, withParty(byType.get(type)!));
  const entities = [...byType.values()].flat().sort((a, b) => (a.key < b.key ? -1 : 1));
  const holders = [...parties.map((party) => ({ ...party, party: party.key })), ...byType.get('Person')!, ...byType.get('Delegation')!];
  const topics = byType.get('Topic')!;
  const topicsOf = new Map(parties.map((party) => [party.key, topics.filter((topic) => topic.party === party.key)]));
  const claims = new Map<string, ResolvedClaim>();
  while (claims.size < CLAIMS) {
    const holder = pick(holders);
    const own = topicsOf.get(holder.party!)!;
    const object = (random() < 0.85 && own.length > 0 ? pick(own) : pick(topics)).key;
    const predicate = pick(STANCES);
    const article = pick(articles);
    claims.set(`${holder.key} ${predicate} ${object}`, {
      subject: holder.key,
      predicate,
      object,
      confidence: 0.8,
      sources: [{ articleId: article.id, sentenceIndex: 0, quote: sentence, start: 0, end: sentence.length, prefix: '', suffix: '', rule: 'bench', confidence: 0.8 }],
    });
  }
  const sorted = [...claims.values()].sort((a, b) =>
    a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : a.predicate < b.predicate ? -1 : a.predicate > b.predicate ? 1 : a.object < b.object ? -1 : 1,
  );
  return { articles, entities, claims: sorted };
}

/**
 * Runs in the page: waits for the opening layout to stop, then counts sigma's renders per second
 * (1) while the camera is set on every frame around a circle, zooming in and out, with every edge drawn, and
 * (2) while the camera is animated as a user's pans and zooms are, when graphs this large hide their edges.
 * A string, because tsx would add helpers to a compiled function that the page does not have.
 */
const MEASURE = `(async () => {
  const handle = window.__parley;
  while (handle.layout.running()) await new Promise((done) => setTimeout(done, 100));
  const layoutDone = performance.now();
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  let start = performance.now();
  let before = handle.renders();
  await new Promise((done) => {
    const step = (now) => {
      const t = (now - start) / MOTION_MS;
      handle.setCamera({ x: 0.5 + 0.3 * Math.cos(2 * Math.PI * t), y: 0.5 + 0.3 * Math.sin(2 * Math.PI * t), ratio: 0.6 + 0.4 * Math.cos(4 * Math.PI * t), angle: 0 });
      if (now - start < MOTION_MS) requestAnimationFrame(step); else done();
    };
    requestAnimationFrame(step);
  });
  const drawn = (handle.renders() - before) / ((performance.now() - start) / 1000);
  handle.setCamera({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  start = performance.now();
  before = handle.renders();
  for (let i = 0; performance.now() - start < MOTION_MS; i += 1) {
    await handle.animateCamera({ x: 0.5 + 0.3 * Math.cos(i), y: 0.5 + 0.3 * Math.sin(i), ratio: 0.6 + 0.4 * Math.cos(i / 2) }, 500);
  }
  const moving = (handle.renders() - before) / ((performance.now() - start) / 1000);
  return { firstRender: handle.firstRenderAt, layout: layoutDone - handle.firstRenderAt, iterations: handle.layout.iterations(), drawn, moving, order: handle.order, size: handle.size, agent: navigator.userAgent };
})()`;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const work = await mkdtemp(join(tmpdir(), 'parley-bench-viewer-'));
try {
  await build({ configFile: new URL('../../viewer/vite.config.ts', import.meta.url).pathname, logLevel: 'silent' });
  const graphPath = join(work, 'bench.ttl');
  const graph = generateGraph();
  await writeGraphFile(graphPath, writeTurtle(toQuads(graph)));
  const server = await startViewerServer({ graphPath, port: 0 });
  const browser = await launchChromium();
  try {
    const firstRenders: number[] = [];
    type Measured = { firstRender: number; layout: number; iterations: number; drawn: number; moving: number; order: number; size: number; agent: string };
    let first: Measured | undefined;
    for (let load = 0; load < LOADS; load += 1) {
      const page = await browser.context.newPage();
      await page.goto(server.url);
      await page.waitForFunction('window.__parley !== undefined', undefined, { timeout: 120_000 });
      if (load > 0) {
        firstRenders.push((await page.evaluate('window.__parley.firstRenderAt')) as number);
      } else {
        first = (await page.evaluate(MEASURE.replaceAll('MOTION_MS', String(MOTION_MS)))) as Measured;
        firstRenders.push(first.firstRender);
      }
      await page.close();
    }
    const cpu = cpus();
    const m = first!;
    console.log(`graph: ${m.order} nodes, ${m.size} edges (${graph.entities.length} entities and ${graph.claims.length} claims generated)`);
    console.log(`time to first render (navigation start to sigma's first frame, median of ${LOADS}): ${Math.round(median(firstRenders))} ms [${firstRenders.map(Math.round).join(', ')}]`);
    console.log(`opening layout (${m.iterations} ForceAtlas2 iterations in the worker, page usable meanwhile): ${(m.layout / 1000).toFixed(1)} s`);
    console.log(`frames per second while the camera moves, every edge drawn: ${m.drawn.toFixed(1)}`);
    console.log(`frames per second while the camera is animated (pans and zooms; edges hidden while moving above ${DEFAULT_VIEWER_SETTINGS.hideEdgesOnMoveAbove} edges): ${m.moving.toFixed(1)}`);
    console.log(`machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; ${m.agent.match(/Chrome\/[\d.]+/)?.[0] ?? m.agent}, WebGL by SwiftShader (no GPU), 1280x800`);
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
