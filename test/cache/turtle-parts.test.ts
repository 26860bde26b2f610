// KeptParts: the blocks of a graph's parts kept for the next build, copied back into a Turtle writer byte for byte.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataFactory, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { GraphChangedError, KeptParts } from '../../src/cache/turtle-parts.js';
import type { KeptTypes } from '../../src/rdf/check-graph.js';
import { PARLEY, PARLEY_ID, RDFS_TERMS } from '../../src/rdf/namespaces.js';
import { TurtleWriter } from '../../src/rdf/turtle.js';
import { useTempDir } from '../helpers/temp-dir.js';

const { namedNode, literal, quad } = DataFactory;
const dir = useTempDir('turtle-parts');

/** A part of one subject and its label. */
function labelled(iri: string, label: string): Quad[] {
  return [quad(namedNode(iri), namedNode(RDFS_TERMS.label), literal(label))];
}

/** Parts whose subjects the writer writes as `<iri>` (bare), as a prefixed name, and with a character N-Triples escapes. */
const PARTS: readonly Quad[][] = [
  [...labelled(`${PARLEY_ID}claim/00aa`, 'a claim'), ...labelled(`${PARLEY_ID}claim/00aa/quote`, 'its quote')],
  labelled(`${PARLEY}Thing`, 'a prefixed name'),
  labelled(`${PARLEY_ID}topic/Caf\u{1F375}`, 'an IRI with a character outside the basic plane'),
  labelled(`${PARLEY_ID}topic/Zebra_crossing`, 'the last subject'),
];

/** The Turtle of a writer, and the writer. */
function turtleOf(write: (writer: TurtleWriter) => void): { text: string; writer: TurtleWriter } {
  const writer = new TurtleWriter();
  write(writer);
  return { text: Buffer.concat([...writer.chunks()]).toString('utf8'), writer };
}

/** Writes the parts file of `parts` written as one graph file; returns the file, its digest and the cache folder. */
async function keep(name: string, parts: readonly Quad[][]): Promise<{ graph: string; digest: string; cache: string; text: string }> {
  const { text, writer } = turtleOf((w) => parts.forEach((part, number) => w.add(part, number)));
  const graph = join(dir.path, `${name}.ttl`);
  await writeFile(graph, text);
  const digest = createHash('sha256').update(text).digest('hex');
  const cache = join(dir.path, `${name}-cache`);
  const types: KeptTypes = [[`${PARLEY_ID}claim/00aa`, [`${PARLEY}Claim`]]];
  const kept = new Map(parts.map((_, number) => [number, { fingerprint: `part ${number}`, types: number === 0 ? types : [] }]));
  await KeptParts.write(cache, { sha256: digest, bytes: Buffer.byteLength(text) }, kept, writer.writtenBlocks(), undefined);
  return { graph, digest, cache, text };
}

describe('KeptParts', () => {
  it('copies the blocks of the parts asked for, so that with the others made again the Turtle is that of writing all', async () => {
    const { graph, digest, cache } = await keep('all', PARTS);
    const kept = await KeptParts.read(cache, graph, digest);
    expect(kept).toBeDefined();
    const changed = labelled(`${PARLEY_ID}topic/Zebra_crossing`, 'the last subject, changed');
    const added = labelled(`${PARLEY_ID}claim/00ab`, 'a new claim between the others');
    const fresh = turtleOf((writer) => [...PARTS.slice(0, 3), changed, added].forEach((part) => writer.add(part)));
    const copied = turtleOf((writer) => {
      const taken = new Map([0, 1, 2].map((number) => [`part ${number}`, number + 10]));
      const types = kept?.copyBlocks(taken, (bytes, subject, part) => writer.addWritten(bytes, subject, part));
      expect(types).toEqual(
        new Map([
          [10, [[`${PARLEY_ID}claim/00aa`, [`${PARLEY}Claim`]]]],
          [11, []],
          [12, []],
        ]),
      );
      writer.add(changed);
      writer.add(added);
    });
    expect(copied.text).toBe(fresh.text);
  });

  it('tells where each block of a part went, in the order of the Turtle, and its subject unless the text starts with it', async () => {
    const { text, writer } = turtleOf((w) => PARTS.forEach((part, number) => w.add(part, number)));
    const blocks = [...writer.writtenBlocks()];
    expect(blocks.map((block) => block.start)).toEqual([...blocks.map((block) => block.start)].sort((a, b) => a - b));
    const bytes = Buffer.from(text);
    for (const { start, length, subject } of blocks) {
      const block = bytes.subarray(start, start + length).toString('utf8');
      expect(block).toMatch(/\.\n$/u);
      if (subject === undefined) expect(block).toMatch(/^<[^>]+> /u);
    }
    expect(blocks.filter((block) => block.subject !== undefined).map((block) => block.subject?.iri)).toEqual([`${PARLEY_ID}topic/Caf\u{1F375}`, `${PARLEY}Thing`]);
  });

  it('keeps nothing for another graph, and nothing it cannot trust', async () => {
    const { graph, digest, cache } = await keep('damaged', PARTS);
    expect(await KeptParts.read(cache, graph, '0'.repeat(64))).toBeUndefined();
    const [name] = await readdir(join(cache, 'turtle-parts'));
    const file = join(cache, 'turtle-parts', name ?? '');
    const text = await readFile(file, 'utf8');
    // One digit of an offset changed: the checksum no longer matches.
    await writeFile(file, text.replace(/\[(\d)/u, (_, digit: string) => `[${(Number(digit) + 1) % 10}`));
    expect(await KeptParts.read(cache, graph, digest)).toBeUndefined();
    await writeFile(file, text.replace('"format":1', '"format":2'));
    expect(await KeptParts.read(cache, graph, digest)).toBeUndefined();
    await writeFile(file, text);
    expect(await KeptParts.read(cache, graph, digest)).toBeDefined();
  });

  it('throws GraphChangedError, once it has read the file, when the file is no longer the one whose digest was checked', async () => {
    const { graph, digest, cache, text } = await keep('changed', PARTS);
    const kept = await KeptParts.read(cache, graph, digest);
    // Another build replaced the file since: the same length, one character other.
    await writeFile(graph, text.replace('a claim', 'A claim'));
    const taken = new Map([['part 0', 0]]);
    expect(() => kept?.copyBlocks(taken, () => undefined)).toThrow(GraphChangedError);
    await writeFile(graph, text.slice(0, -10));
    expect(() => kept?.copyBlocks(taken, () => undefined)).toThrow(GraphChangedError);
    await writeFile(graph, text);
    expect(kept?.copyBlocks(taken, () => undefined).size).toBe(1);
  });

  it('removes the parts file of the graph it replaces', async () => {
    const first = await keep('replaced', PARTS);
    const second = turtleOf((w) => PARTS.slice(1).forEach((part, number) => w.add(part, number)));
    const digest = createHash('sha256').update(second.text).digest('hex');
    const written = { sha256: digest, bytes: Buffer.byteLength(second.text) };
    await KeptParts.write(first.cache, written, new Map([[0, { fingerprint: 'part 1', types: [] }]]), second.writer.writtenBlocks(), first.digest);
    expect(await readdir(join(first.cache, 'turtle-parts'))).toEqual([`${digest}.json`]);
  });
});
