// Compares the two NLP packages considered for Parley on the sample corpus: speed, and how many of the gold
// people and places each one's own recogniser finds (wink-nlp has no person/place entities; Parley types them itself).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cpus } from 'node:os';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import nlpCompromise from 'compromise';
import { articleFromText } from '../../src/ingest/index.js';
import { annotateArticle } from '../../src/nlp/annotate-article.js';

const shared = join(import.meta.dirname, '..', '..', '..', 'shared');
const seeds = join(shared, 'corpus', 'seeds');
const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();
const texts = files.map((f) => readFileSync(join(seeds, f), 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

interface GoldEntity { readonly type: string; readonly names?: readonly string[] }
const gold = (JSON.parse(readFileSync(join(shared, 'eval', 'gold', 'entities.json'), 'utf8')) as { entities: GoldEntity[] }).entities;
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const goldOf = (type: string) => gold.filter((e) => e.type === type && e.names?.some((n) => /^\p{Lu}/u.test(n)));
const recall = (found: readonly string[], type: string): string => {
  const wanted = goldOf(type);
  const seen = new Set(found.map(fold));
  const hit = wanted.filter((e) => e.names!.some((n) => [...seen].some((s) => s.includes(fold(n)))));
  return `${hit.length}/${wanted.length}`;
};

function time(label: string, rounds: number, run: () => void): number {
  run();
  const start = performance.now();
  for (let i = 0; i < rounds; i++) run();
  const seconds = (performance.now() - start) / 1000;
  const mbPerSecond = (bytes * rounds) / seconds / 1e6;
  console.log(`${label.padEnd(44)} ${mbPerSecond.toFixed(2)} MB/s  ${((texts.length * rounds) / seconds).toFixed(0)} articles/s`);
  return mbPerSecond;
}

console.log(`machine: ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores, Node ${process.version}`);
const wink = winkNLP(model);
time('wink-nlp tokens + POS + lemmas', 40, () => {
  for (const t of texts) {
    const doc = wink.readDoc(t);
    doc.tokens().out(wink.its.pos);
    doc.tokens().out(wink.its.lemma as unknown as typeof wink.its.value);
  }
});
time('compromise people + places + organizations', 5, () => {
  for (const t of texts) {
    const doc = nlpCompromise(t);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
  }
});
const articles = files.map((f, i) => articleFromText(texts[i]!, join(seeds, f)));
time('Parley nlp stage (wink + mentions + references)', 40, () => {
  for (const a of articles) annotateArticle(a);
});

const compromisePeople = texts.flatMap((t) => nlpCompromise(t).people().out('array') as string[]);
const compromisePlaces = texts.flatMap((t) => nlpCompromise(t).places().out('array') as string[]);
const parleyMentions = articles.flatMap((a) => annotateArticle(a).flatMap((s) => s.mentions));
const parleyPeople = parleyMentions.filter((m) => m.type === 'Person').map((m) => m.canonical);
const parleyPlaces = parleyMentions.filter((m) => m.type === 'Place').map((m) => m.canonical);
console.log(`gold people found      compromise ${recall(compromisePeople, 'Person')}   Parley on wink ${recall(parleyPeople, 'Person')}`);
console.log(`gold places found      compromise ${recall(compromisePlaces, 'Place')}   Parley on wink ${recall(parleyPlaces, 'Place')}`);
