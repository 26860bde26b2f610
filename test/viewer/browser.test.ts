// Drives the viewer page in headless chromium, served by `parley view` on the graph built from the sample corpus.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { getViewerData, type ViewerData } from '../../src/query/viewer-data.js';
import { readGraphFile } from '../../src/rdf/graph-file.js';
import { claimIri, CLASS_OF, entityKey, RDF_TERMS } from '../../src/rdf/namespaces.js';
import { startViewerServer, type ViewerServer } from '../../src/view/start-viewer-server.js';
import type { ParleyDebugHandle } from '../../viewer/src/mount-viewer.js';
import { HOSTILE_HTML_LABEL, writeSampleGraph } from '../fixtures/knowledge-graph.js';
import { requireTool } from '../support/require-tool.js';
import { launchChromium } from './chromium.js';

declare global {
  interface Window {
    __parley?: ParleyDebugHandle;
  }
}

const REPO = resolve(import.meta.dirname, '../..');
const CORPUS = resolve(REPO, '../shared/corpus/seeds');
const OUTPUT = join(REPO, 'test-output');
/** Runs Parley's CLI from source in a child process, as `parley <args…>` would. */
const CLI_RUNNER = `import(${JSON.stringify(join(REPO, 'src/cli/main.ts'))}).then(async (cli) => { process.exitCode = await cli.main(process.argv.slice(1)); });`;

/** Article text as the pipeline normalises it, so that quotes can be found in the source files. */
function normalise(text: string): string {
  return text.normalize('NFC').replace(/[\u2018\u2019\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u2033]/g, '"').replace(/\s+/g, ' ').trim();
}

/** Entity and topic nodes in a Turtle file: subjects typed with one of Parley's entity classes. */
async function countEntities(path: string): Promise<number> {
  const store = await readGraphFile(path);
  const classes = new Set(Object.values(CLASS_OF));
  return new Set(store.getQuads(null, RDF_TERMS.type, null, null).filter((q) => classes.has(q.object.value)).map((q) => q.subject.value)).size;
}

/** Starts `parley view <graph> --port 0` and resolves with the child and the URL it prints. */
async function startCliViewer(graph: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', CLI_RUNNER, 'view', graph, '--port', '0'], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  const url = await new Promise<string>((done, fail) => {
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.match(/^(http:\/\/127\.0\.0\.1:\d+\/)\n/m);
      if (line) done(line[1]!);
    });
    child.on('exit', (code) => fail(new Error(`parley view exited with ${code}: ${stderr}`)));
  });
  return { child, url };
}

/** Page problems every test checks: alerts (script run from data), CSP violations, uncaught errors. */
const problems = { dialogs: [] as string[], csp: [] as string[], errors: [] as string[] };

/** The window the README's picture and the label checks are made at. */
const DESKTOP = { width: 1400, height: 900 };

async function openViewer(context: BrowserContext, url: string, viewport = DESKTOP): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  page.on('dialog', (dialog) => {
    problems.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) problems.csp.push(message.text());
  });
  page.on('pageerror', (error) => problems.errors.push(error.message));
  await page.goto(url);
  // The opening layout runs a fixed number of iterations in the worker, then stops.
  await page.waitForFunction(() => window.__parley !== undefined && window.__parley.layout.iterations() > 0 && !window.__parley.layout.running());
  return page;
}

/** Reads the page's debug handle; `read` runs in the page, so it may use only its arguments. */
function parley<T, A = undefined>(page: Page, read: (handle: ParleyDebugHandle, arg: A) => T, arg?: A): Promise<T> {
  // An expression string is evaluated through the DevTools protocol, which the page's CSP (no eval) does not restrict.
  return page.evaluate(`(${read.toString()})(window.__parley, ${JSON.stringify(arg) ?? 'undefined'})`) as Promise<T>;
}

/**
 * Clicks node `id` where it is drawn until it is selected: on a loaded machine the camera or the last frames of the
 * layout may still move it between reading its place and the click, which then lands beside it.
 */
async function clickNode(page: Page, id: string): Promise<void> {
  await expect
    .poll(async () => {
      if ((await parley(page, (handle) => handle.state().selectedNode)) === id) return id;
      const at = await parley(page, (handle, node) => handle.nodeOnPage(node), id);
      if (at !== null) await page.mouse.click(at.x, at.y);
      return parley(page, (handle) => handle.state().selectedNode);
    })
    .toBe(id);
}

type Box = { x: number; y: number; width: number; height: number };

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

/**
 * Painted pixels of sigma's label layer that lie outside every reported label rectangle (grown by `slack` pixels for
 * the letters' halo), and painted pixels in all: the check that the reported rectangles are what is drawn.
 */
function labelPixels(page: Page, labels: readonly Box[], slack: number): Promise<{ outside: number; painted: number }> {
  const read = (boxes: readonly Box[], grow: number) => {
    const canvas = document.querySelector<HTMLCanvasElement>('.stage canvas.sigma-labels')!;
    const frame = canvas.getBoundingClientRect();
    const scale = canvas.width / frame.width;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const local = boxes.map((b) => ({ x0: b.x - frame.left - grow, y0: b.y - frame.top - grow, x1: b.x - frame.left + b.width + grow, y1: b.y - frame.top + b.height + grow }));
    let outside = 0;
    let painted = 0;
    for (let i = 3; i < pixels.length; i += 4) {
      if (pixels[i] === 0) continue;
      painted += 1;
      const x = ((i >> 2) % canvas.width) / scale;
      const y = Math.floor((i >> 2) / canvas.width) / scale;
      if (!local.some((b) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1)) outside += 1;
    }
    return { outside, painted };
  };
  return page.evaluate(`(${read.toString()})(${JSON.stringify(labels)}, ${slack})`) as Promise<{ outside: number; painted: number }>;
}

/**
 * Checks the node labels drawn now: at least `least` of them, no two overlapping, each fully on the graph's stage
 * (neither under the side panel nor past the canvas), and nothing painted on the label layer outside them.
 */
async function expectLabelsClear(page: Page, least: number): Promise<void> {
  const labels = await parley(page, (handle) => handle.labels());
  const stage = (await page.locator('.stage').boundingBox())!;
  const panel = (await page.locator('.panel').boundingBox())!;
  expect(labels.length).toBeGreaterThanOrEqual(least);
  expect(overlap(stage, panel)).toBe(false);
  for (const [i, label] of labels.entries()) {
    expect(inside(label, stage), `${label.node} lies on the stage`).toBe(true);
    for (const other of labels.slice(i + 1)) expect(overlap(label, other), `${label.node} and ${other.node} overlap`).toBe(false);
  }
  const pixels = await labelPixels(page, labels, 3);
  expect(pixels.painted).toBeGreaterThan(0);
  expect(pixels.outside).toBe(0);
}

/** Pixels of a PNG that are not (nearly) white, counted by the browser's own decoder. */
async function paintedPixels(context: BrowserContext, png: Buffer): Promise<number> {
  const page = await context.newPage();
  try {
    return await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context2d = canvas.getContext('2d')!;
      context2d.drawImage(image, 0, 0);
      const pixels = context2d.getImageData(0, 0, image.width, image.height).data;
      let painted = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 235 || pixels[i + 1]! < 235 || pixels[i + 2]! < 235) painted += 1;
      return painted;
    }, png.toString('base64'));
  } finally {
    await page.close();
  }
}

requireTool('chromium').describe('the viewer in chromium', () => {
  let work: string;
  let graphPath: string;
  let data: ViewerData;
  let cli: { child: ChildProcess; url: string };
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'parley-viewer-'));
    graphPath = join(work, 'graph.ttl');
    const quiet = { stdout: () => {}, stderr: () => {}, interactive: false, cwd: REPO };
    const [built] = await Promise.all([
      main(['build', CORPUS, '--out', graphPath], quiet),
      build({ configFile: join(REPO, 'viewer/vite.config.ts'), logLevel: 'silent' }),
    ]);
    expect(built).toBe(0);
    data = getViewerData(await readGraphFile(graphPath));
    [cli, browser] = await Promise.all([startCliViewer(graphPath), launchChromium()]);
    page = await openViewer(browser.context, cli.url);
  });

  afterAll(async () => {
    cli?.child.kill('SIGINT');
    await browser?.close();
    await rm(work, { recursive: true, force: true });
  });

  it('renders the graph on the sigma canvas and saves a screenshot', async () => {
    const stage = await page.locator('.stage').screenshot();
    const painted = await paintedPixels(browser.context, stage);
    const box = (await page.locator('.stage').boundingBox())!;
    expect(painted).toBeGreaterThan(box.width * box.height * 0.01);
    await mkdir(OUTPUT, { recursive: true });
    await writeFile(join(OUTPUT, 'viewer.png'), await page.screenshot());
  });

  it('draws node labels that never overlap and are never cut by the panel, at 1400×900', async () => {
    expect(page.viewportSize()).toEqual(DESKTOP);
    // Most of the sample's 76 nodes get a label.
    await expectLabelsClear(page, 40);
  });

  it('shows the whole search placeholder', async () => {
    const fit = await page.locator('.search-input').evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = style.font;
      return { text: context.measureText(input.placeholder).width, room: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
    });
    expect(fit.text).toBeLessThanOrEqual(fit.room);
  });

  it('shows as many nodes as the Turtle holds entities and topics', async () => {
    const entities = await countEntities(graphPath);
    expect(entities).toBeGreaterThan(5);
    expect(Number(await page.locator('#app').getAttribute('data-node-count'))).toBe(entities);
    expect(await parley(page, (handle) => handle.order)).toBe(entities);
    expect(await parley(page, (handle) => handle.size)).toBe(data.edges.length);
  });

  it('selects a person found by surname and moves the camera to them', async () => {
    const person = data.nodes.find((node) => node.type === 'Person' && node.label.includes(' '))!;
    const surname = person.label.split(' ').at(-1)!;
    await page.locator('.search-input').fill(surname);
    const suggestion = page.locator(`.suggestion[data-node="${person.id}"]`);
    await expect.poll(() => suggestion.count()).toBe(1);
    await suggestion.dispatchEvent('mousedown');
    expect(await parley(page, (handle) => handle.state().selectedNode)).toBe(person.id);
    expect(await page.locator('.details h2').textContent()).toBe(person.label);
    await expect.poll(() => parley(page, (handle) => handle.camera().ratio)).toBeLessThan(1);
  });

  it('opens the quotes of a topic when its node is clicked, and they occur in the source articles', async () => {
    const topic = [...data.nodes].filter((node) => node.type === 'Topic').sort((a, b) => b.claimCount - a.claimCount)[0]!;
    await page.locator('.reset-view').click();
    await page.waitForTimeout(400);
    await clickNode(page, topic.id);
    const quotes = await page.locator('.details .quote').evaluateAll((items) =>
      items.map((item) => ({ article: item.getAttribute('data-article')!, text: item.querySelector('.quote-text')!.textContent! })),
    );
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      const article = normalise(await readFile(join(CORPUS, quote.article), 'utf8'));
      expect(article).toContain(normalise(quote.text));
    }
    // The selected topic's whole label, in its box, keeps clear of the others too.
    await page.mouse.move(0, 0);
    await page.waitForTimeout(400);
    await expectLabelsClear(page, 20);
    const shot = await page.screenshot();
    await writeFile(join(OUTPUT, 'viewer-topic.png'), shot);
  });

  it('opens a claim with its quotes and distinct article count when its edge is clicked', async () => {
    await page.locator('.reset-view').click();
    await page.waitForTimeout(400);
    const onPage = await parley(page, (handle) => handle.visibleEdges().map((id) => [id, handle.edgeOnPage(id)] as const));
    const nodes = await parley(page, (handle) => handle.visibleNodes().map((id) => handle.nodeOnPage(id)!));
    // A claim drawn straight whose middle is clear of every node, so that the click cannot land on a node;
    // the thickest such claim (read in the most outlets), as sigma picks edges on a half-resolution layer.
    const clear = (point: { x: number; y: number }) => Math.min(...nodes.map((node) => Math.hypot(node.x - point.x, node.y - point.y)));
    const articles = (id: string) => data.edges.find((edge) => edge.id === id)!.outletCount;
    const [edgeId, middle] = onPage
      .filter((entry): entry is readonly [string, { x: number; y: number }] => entry[1] !== null && clear(entry[1]) > 25)
      .filter(([id]) => articles(id) > 0)
      .sort((a, b) => articles(b[0]) - articles(a[0]) || clear(b[1]) - clear(a[1]))[0]!;
    await page.mouse.click(middle.x, middle.y);
    expect(await parley(page, (handle) => handle.state().selectedEdge)).toBe(edgeId);
    const edge = data.edges.find((candidate) => candidate.id === edgeId)!;
    expect(await page.locator('.details').getAttribute('data-article-count')).toBe(String(new Set(edge.quotes.map((q) => q.article)).size));
    expect(await page.locator('.details .quote-text').allTextContents()).toEqual(edge.quotes.map((quote) => quote.quote));
  });

  it("keeps only one party's side when filtering by party, and reloads to the same view from the URL", async () => {
    const party = data.parties.find((candidate) => data.nodes.some((node) => node.party !== null && node.party !== candidate.id))!;
    await page.locator('.party-filter').selectOption(party.id);
    const visible = await parley(page, (handle) => handle.visibleNodes());
    const partyOf = new Map(data.nodes.map((node) => [node.id, node.party]));
    expect(visible).toContain(party.id);
    expect(visible.every((id) => partyOf.get(id) === null || partyOf.get(id) === party.id)).toBe(true);
    expect(data.nodes.some((node) => node.party !== null && node.party !== party.id && !visible.includes(node.id))).toBe(true);
    const visibleEdges = await parley(page, (handle) => handle.visibleEdges());
    expect(visibleEdges.every((id) => partyOf.get(data.edges.find((edge) => edge.id === id)!.source) === party.id)).toBe(true);

    await page.waitForTimeout(400);
    const url = page.url();
    expect(new URL(url).hash).toContain('party=');
    const before = await parley(page, (handle) => ({ state: handle.state(), visible: handle.visibleNodes(), camera: handle.camera(), positions: handle.positions() }));
    const reloaded = await openViewer(browser.context, url);
    const after = await parley(reloaded, (handle) => ({ state: handle.state(), visible: handle.visibleNodes(), camera: handle.camera(), positions: handle.positions() }));
    expect(after.state).toEqual({ ...before.state, hoveredNode: null });
    expect(after.visible).toEqual(before.visible);
    expect(after.camera.ratio).toBeCloseTo(before.camera.ratio, 3);
    // The seeded layout makes the same picture on every opening.
    expect(after.positions).toEqual(before.positions);
    await reloaded.close();
  });

  it("keeps only one round's claims when filtering by round, and shows a side's stances round by round in its panel", async () => {
    await page.locator('.party-filter').selectOption('');
    const round = data.rounds[0]!;
    await page.locator('.round-filter').selectOption(round.id);
    const visibleEdges = await parley(page, (handle) => handle.visibleEdges());
    expect(visibleEdges.length).toBeGreaterThan(0);
    expect(visibleEdges.every((id) => data.edges.find((edge) => edge.id === id)!.rounds.includes(round.id))).toBe(true);
    await page.waitForTimeout(400);
    expect(new URL(page.url()).hash).toContain('round=');
    await page.locator('.round-filter').selectOption('');

    const party = data.parties.find((candidate) => data.edges.some((edge) => edge.source === candidate.id && edge.rounds.length > 0))!;
    await page.locator('.search-input').fill(party.label);
    const suggestion = page.locator(`.suggestion[data-node="${party.id}"]`);
    await expect.poll(() => suggestion.count()).toBe(1);
    await suggestion.dispatchEvent('mousedown');
    const atRounds = data.rounds.filter((r) => data.edges.some((edge) => edge.source === party.id && edge.stance !== null && edge.rounds.includes(r.id)));
    expect(await page.locator('.details .timeline-round h4').allTextContents()).toEqual(atRounds.map((r) => r.label));
  });

  it('exports the view as a PNG file', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.export-png').click()]);
    expect(download.suggestedFilename()).toBe('parley-graph.png');
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  });

  it('collapses the side panel on a narrow window and opens it on a selection', async () => {
    const narrow = await openViewer(browser.context, cli.url, { width: 390, height: 800 });
    expect(await narrow.locator('.parley-viewer').getAttribute('class')).toContain('panel-collapsed');
    const stage = (await narrow.locator('.stage').boundingBox())!;
    expect(stage.width).toBeGreaterThan(300);
    expect(stage.height).toBeGreaterThan(300);
    await narrow.locator('.search-input').fill(data.parties[0]!.label);
    await narrow.locator('.search-input').press('Enter');
    expect(await narrow.locator('.parley-viewer').getAttribute('class')).not.toContain('panel-collapsed');
    const panel = (await narrow.locator('.panel').boundingBox())!;
    expect(panel.height).toBeLessThanOrEqual(800 * 0.45 + 1);
    await narrow.close();
  });

  it('never runs script from a label: markup in the data stays text', async () => {
    const server: ViewerServer = await startViewerServer({ graphPath: await writeSampleGraph(work), port: 0 });
    try {
      const hostile = await openViewer(browser.context, server.url);
      await hostile.locator('.search-input').fill('onerror');
      await hostile.locator('.search-input').press('Enter');
      expect(await hostile.locator('.details h2').textContent()).toBe(HOSTILE_HTML_LABEL);
      await hostile.waitForTimeout(300);
      expect(await hostile.locator('img').count()).toBe(0);
      await hostile.close();
    } finally {
      await server.close();
    }
    expect(problems.dialogs).toEqual([]);
  });

  it('tells an inferred claim from a stated one: its legend line and its panel', async () => {
    const server: ViewerServer = await startViewerServer({ graphPath: await writeSampleGraph(work), port: 0 });
    try {
      const inferred = claimIri(entityKey('Person', 'Nadia Farahani'), 'memberOf', entityKey('Party', 'Iran'));
      const view = await openViewer(browser.context, `${server.url}#${new URLSearchParams({ edge: inferred })}`);
      expect(await view.locator('.legend li span').allTextContents()).toContain('inferred: no article states it');
      expect(await view.locator('.details').getAttribute('data-id')).toBe(inferred);
      expect(await view.locator('.details dd').allTextContents()).toContain('inferred by memberOf.resolved-side: no article states it');
      expect(await view.locator('.details .quote-source').textContent()).toContain('names the subject only');
      await view.close();
    } finally {
      await server.close();
    }
  });

  it('shows the positions matrix beside the graph, whose cells open their quotes, and highlights the sticking points', async () => {
    await page.locator('.reset-view').click();
    const matrix = page.locator('.matrix-view');
    expect(await matrix.locator('.matrix-table thead th').allTextContents()).toEqual(['Issue', ...data.matrix.negotiations[0]!.sides.map((s) => s.label)]);
    const cell = matrix.locator('.matrix-cell[data-side="Russia"][data-issue="Territory and withdrawal"]');
    expect(await cell.textContent()).toMatch(/^D\d+$/u);
    await cell.click();
    expect(await matrix.locator('.matrix-details h4').textContent()).toBe('Russia on Territory and withdrawal');
    const quotes = await matrix.locator('.matrix-details .matrix-quote').evaluateAll((items) =>
      items.map((item) => ({ text: item.querySelector('q')!.textContent!, article: item.getAttribute('data-article')! })),
    );
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(normalise(await readFile(join(CORPUS, quote.article), 'utf8'))).toContain(normalise(quote.text));
    // Quotes are text: no element inside a quote.
    expect(await matrix.locator('.matrix-details .matrix-quote q *').count()).toBe(0);
    const sticking = data.nodes.filter((node) => data.matrix.negotiations.some((n) => n.stickingPoints.some((s) => s.about.iri === node.id)));
    expect(sticking.length).toBeGreaterThan(0);
    // A tall window gives the matrix room for its table and the quotes of the cell at once.
    await page.setViewportSize({ width: DESKTOP.width, height: 1700 });
    const shot = await matrix.screenshot();
    await page.setViewportSize(DESKTOP);
    expect(await paintedPixels(browser.context, shot)).toBeGreaterThan(1000);
    await mkdir(OUTPUT, { recursive: true });
    await writeFile(join(OUTPUT, 'matrix.png'), shot);
  });

  // The README's pictures show articles written for the tests, never the user's corpus. They are refreshed on demand
  // (PARLEY_DOCS_SCREENSHOT=1), so that a test run leaves the work tree unchanged.
  it("takes the README's pictures from the fixture articles: a topic both sides agreed to, and a sticking point's cell with its quotes", async () => {
    const folders = ['rounds', 'contested'].map((name) => join(REPO, 'test/fixtures', name));
    const fixturePath = join(work, 'fixtures.ttl');
    const quiet = { stdout: () => {}, stderr: () => {}, interactive: false, cwd: REPO };
    expect(await main(['build', ...folders, '--out', fixturePath, '--no-cache'], quiet)).toBe(0);
    const fixtures = getViewerData(await readGraphFile(fixturePath));
    const articleText = async (name: string) => {
      for (const folder of folders) {
        const text = await readFile(join(folder, name), 'utf8').catch(() => undefined);
        if (text !== undefined) return normalise(text);
      }
      throw new Error(`no fixture article named ${name}`);
    };
    const negotiation = fixtures.matrix.negotiations.find((n) => n.commonGround.length > 0 && n.stickingPoints.some((s) => s.about.kind === 'topic'))!;
    expect(negotiation).toBeDefined();
    const server: ViewerServer = await startViewerServer({ graphPath: fixturePath, port: 0 });
    try {
      const view = await openViewer(browser.context, server.url);
      const agreed = negotiation.commonGround.find((c) => c.about.kind === 'topic')!;
      await clickNode(view, agreed.about.iri);
      const topicQuotes = await view.locator('.details .quote').evaluateAll((items) =>
        items.map((item) => ({ article: item.getAttribute('data-article')!, text: item.querySelector('.quote-text')!.textContent! })),
      );
      expect(topicQuotes.length).toBeGreaterThan(0);
      for (const quote of topicQuotes) expect(await articleText(quote.article)).toContain(normalise(quote.text));
      await view.mouse.move(0, 0);
      await view.waitForTimeout(400);
      const graphShot = await view.screenshot();
      expect(await paintedPixels(browser.context, graphShot)).toBeGreaterThan(10000);

      // The cell of a sticking point's side that holds the most claims, so that the picture shows several quotes.
      const cells = negotiation.stickingPoints.flatMap((s) => s.claims.map((c) => negotiation.cells.find((cell) => cell.side.iri === c.side.iri && cell.issue.iri === s.issue.iri)!));
      const cell = cells.sort((a, b) => b.claims.length - a.claims.length)[0]!;
      const matrix = view.locator('.matrix-view');
      const table = matrix.locator('.matrix-negotiation').nth(fixtures.matrix.negotiations.indexOf(negotiation));
      expect(await table.locator('.matrix-sticking').textContent()).toContain('Sticking points: ');
      await table.locator(`.matrix-cell[data-side="${cell.side.label}"][data-issue="${cell.issue.label}"]`).click();
      expect(await matrix.locator('.matrix-details h4').textContent()).toBe(`${cell.side.label} on ${cell.issue.label}`);
      const cellQuotes = await matrix.locator('.matrix-details .matrix-quote').evaluateAll((items) =>
        items.map((item) => ({ text: item.querySelector('q')!.textContent!, article: item.getAttribute('data-article')! })),
      );
      expect(cellQuotes.length).toBe(cell.claims.flatMap((c) => c.quotes).length);
      for (const quote of cellQuotes) expect(await articleText(quote.article)).toContain(normalise(quote.text));
      await view.setViewportSize({ width: DESKTOP.width, height: 1700 });
      const matrixShot = await matrix.screenshot();
      expect(await paintedPixels(browser.context, matrixShot)).toBeGreaterThan(1000);
      await mkdir(OUTPUT, { recursive: true });
      await writeFile(join(OUTPUT, 'docs-viewer.png'), graphShot);
      await writeFile(join(OUTPUT, 'docs-matrix.png'), matrixShot);
      if (process.env.PARLEY_DOCS_SCREENSHOT === '1') {
        await writeFile(join(REPO, 'docs/viewer.png'), graphShot);
        await writeFile(join(REPO, 'docs/matrix.png'), matrixShot);
      }
      await view.close();
    } finally {
      await server.close();
    }
  });

  it('ran every page without script errors or Content-Security-Policy violations', () => {
    expect(problems.errors).toEqual([]);
    expect(problems.csp).toEqual([]);
  });

  it('stops `parley view` cleanly on SIGINT', async () => {
    const exited = new Promise<number | null>((done) => cli.child.once('exit', (code) => done(code)));
    cli.child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});
