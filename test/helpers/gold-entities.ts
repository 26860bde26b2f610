// The gold entities of the sample corpus and the label matching of the facts contract (shared/eval/README.md).
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { GOLD_DIR } from './repo-paths.js';

/** One real-world entity of the gold: its spellings, an optional pattern over normalised labels, its type. */
export interface GoldEntity {
  readonly id: string;
  readonly type: string;
  readonly names: readonly string[];
  readonly pattern?: string | undefined;
  readonly party?: string | undefined;
}

interface GoldFact {
  readonly s?: string;
  readonly o?: string;
}

/** The gold entities, in the order of entities.json. */
export async function readGoldEntities(dir = GOLD_DIR): Promise<GoldEntity[]> {
  const doc = JSON.parse(await readFile(join(dir, 'entities.json'), 'utf8')) as { entities: GoldEntity[] };
  return doc.entities;
}

/** Ids of the gold entities that some gold fact names as its subject or object. */
export async function goldEntityIdsInFacts(): Promise<Set<string>> {
  const ids = new Set<string>();
  const files = (await readdir(GOLD_DIR)).filter((file) => file.endsWith('.json') && file !== 'entities.json').sort();
  for (const file of files) {
    const doc = JSON.parse(await readFile(join(GOLD_DIR, file), 'utf8')) as { facts: GoldFact[] };
    for (const fact of doc.facts) for (const id of [fact.s, fact.o]) if (id !== undefined) ids.add(id);
  }
  return ids;
}

/** A label as the contract compares it: lower case, accents removed, possessive 's removed, punctuation to spaces, no leading "the". */
export function normalizeLabel(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ı/gu, 'i')
    .replace(/[\u2019\u2018`\u00B4]/gu, "'")
    .replace(/'s\b/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /u, '');
}

/** Whether `label` designates `entity`: it equals one of its names or matches its pattern, once normalised. */
export function labelMatches(entity: GoldEntity, label: string): boolean {
  const normalized = normalizeLabel(label);
  if (entity.names.some((name) => normalizeLabel(name) === normalized)) return true;
  return entity.pattern !== undefined && new RegExp(entity.pattern, 'u').test(normalized);
}
