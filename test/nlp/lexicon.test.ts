import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildLexicon, WordNet, wordnetDictPath, writeLexicon, type LexiconSeeds } from '../../scripts/build-lexicon.js';
import { LEXICON_CLASSES, lexicon, type LexiconClass, type LexiconPart } from '../../src/nlp/lexicon.js';
import { tokenize } from '../../src/nlp/tokenize.js';
import { packagePath } from '../../src/package-root.js';

describe('lexicon classes', () => {
  it.each<[LexiconClass, LexiconPart, string]>([
    ['demand', 'verbs', 'demand'],
    ['demand', 'verbs', 'insist'],
    ['demand', 'verbs', 'require'],
    ['demand', 'verbs', 'want'],
    ['demand', 'verbs', 'seek'],
    ['demand', 'nouns', 'precondition'],
    ['demand', 'nouns', 'ultimatum'],
    ['demand', 'nouns', 'red line'],
    ['reject', 'verbs', 'reject'],
    ['reject', 'verbs', 'spurn'],
    ['reject', 'verbs', 'rebuff'],
    ['reject', 'verbs', 'turn down'],
    ['reject', 'verbs', 'walk away from'],
    ['reject', 'verbs', 'balk at'],
    ['reject', 'verbs', 'decline'],
    ['reject', 'verbs', 'veto'],
    ['reject', 'verbs', 'rule out'],
    ['reject', 'verbs', 'scoff at'],
    ['reject', 'verbs', 'vote down'],
    ['reject', 'nouns', 'rejection'],
    ['reject', 'nouns', 'refusal'],
    ['reject', 'nouns', 'repudiation'],
    ['propose', 'verbs', 'propose'],
    ['propose', 'verbs', 'urge'],
    ['propose', 'verbs', 'call for'],
    ['propose', 'verbs', 'push for'],
    ['propose', 'verbs', 'advocate'],
    ['propose', 'verbs', 'put forward'],
    ['propose', 'verbs', 'table'],
    ['propose', 'verbs', 'counter'],
    ['propose', 'nouns', 'proposal'],
    ['propose', 'nouns', 'counteroffer'],
    ['propose', 'nouns', 'initiative'],
    ['propose', 'words', 'be ready to'],
    ['agree', 'verbs', 'agree'],
    ['agree', 'verbs', 'accept'],
    ['agree', 'verbs', 'endorse'],
    ['agree', 'verbs', 'ratify'],
    ['agree', 'verbs', 'sign off on'],
    ['commit', 'verbs', 'pledge'],
    ['commit', 'verbs', 'vow'],
    ['sign', 'verbs', 'initial'],
    ['sign', 'verbs', 'ink'],
    ['reach-deal', 'verbs', 'strike'],
    ['reach-deal', 'verbs', 'hammer out'],
    ['deal', 'nouns', 'truce'],
    ['deal', 'nouns', 'pact'],
    ['deal', 'nouns', 'memorandum of understanding'],
    ['lead', 'verbs', 'spearhead'],
    ['mediate', 'verbs', 'broker'],
    ['mediate', 'nouns', 'go - between'],
    ['host', 'verbs', 'host'],
    ['report', 'verbs', 'say'],
    ['report', 'verbs', 'reiterate'],
    ['report', 'words', 'according to'],
    ['hedge', 'words', 'reportedly'],
    ['hedge', 'words', 'be say to'],
    ['negation', 'words', 'not'],
    ['title', 'nouns', 'envoy'],
    ['title', 'nouns', 'colonel'],
    ['organisation', 'nouns', 'guild'],
    ['organisation', 'nouns', 'trade union'],
    ['reject', 'verbs', 'deny'],
  ])('%s %s has "%s"', (cls, part, word) => {
    expect(lexicon()[part](cls).has(word)).toBe(true);
  });

  it.each<[LexiconClass, LexiconPart, string, string]>([
    ['demand', 'verbs', 'ask', 'mostly a question'],
    ['demand', 'verbs', 'need', '"we need more time"'],
    ['demand', 'verbs', 'crave', 'a rare troponym of "want"'],
    ['demand', 'verbs', 'dun', 'a rare sense of "demand"'],
    ['reject', 'verbs', 'kill', 'a rare sense of "veto"'],
    ['propose', 'verbs', 'ask', 'mostly a question'],
    ['propose', 'verbs', 'book', 'a troponym of "request"'],
    ['propose', 'nouns', 'pension plan', 'a hyponym of "plan"'],
    ['agree', 'verbs', 'welcome', 'welcoming is not agreeing'],
    ['agree', 'verbs', 'sign', 'signing is its own class'],
    ['deal', 'nouns', 'suicide pact', 'a hyponym of "pact"'],
    ['title', 'nouns', 'major', 'an ordinary adjective'],
    ['hedge', 'words', 'would', 'reported speech'],
  ])('%s %s lacks "%s" (%s)', (cls, part, word) => {
    expect(lexicon()[part](cls).has(word)).toBe(false);
  });

  const parts: Record<LexiconClass, readonly LexiconPart[]> = {
    agree: ['verbs', 'nouns'], commit: ['verbs', 'nouns'], contain: ['verbs'], 'contain-broad': ['verbs'], deal: ['nouns'], document: ['nouns'], judge: ['verbs'], demand: ['verbs', 'nouns'], hedge: ['nouns', 'words'],
    host: ['verbs', 'nouns'], lead: ['verbs', 'nouns'], mediate: ['verbs', 'nouns'], negation: ['words'], organisation: ['nouns'],
    pressure: ['verbs'], propose: ['verbs', 'nouns'], 'reach-deal': ['verbs'], reject: ['verbs', 'nouns'], report: ['verbs', 'nouns'], sign: ['verbs', 'nouns'],
    title: ['nouns'], 'acronym-not-side': ['words'], time: ['words'], 'organisation-armed': ['nouns'], 'organisation-collective': ['nouns'], 'organisation-company': ['nouns'], 'organisation-members': ['nouns'], 'organisation-name-word': ['nouns'],
    'organisation-unnamed': ['nouns'],
    'organisation-union': ['nouns'],
    'vessel-prefix': ['words'],
    occupation: ['nouns'],
  };
  it.each(LEXICON_CLASSES)('%s has entries in each of its parts', (cls) => {
    for (const part of parts[cls]) expect(lexicon()[part](cls).size).toBeGreaterThan(0);
  });

  it('keeps the stance classes apart: no verb or noun is in two of them', () => {
    const stance: LexiconClass[] = ['reject', 'demand', 'propose', 'commit', 'sign', 'reach-deal', 'agree'];
    for (const part of ['verbs', 'nouns'] as const) {
      const seen = new Map<string, LexiconClass>();
      for (const cls of stance) {
        for (const word of lexicon()[part](cls)) {
          expect(seen.get(word), `${part} "${word}" in ${seen.get(word)} and ${cls}`).toBeUndefined();
          seen.set(word, cls);
        }
      }
    }
  });

  it('joins the offices of data/offices.json to the titles', () => {
    expect(lexicon().nouns('title').has('prime minister')).toBe(true);
  });

  it('finds multiword entries by their first lemma, longest first', () => {
    const walk = lexicon().phrasesStartingWith('walk');
    expect(walk).toContainEqual({ cls: 'reject', part: 'verbs', lemmas: ['walk', 'away', 'from'] });
    expect(lexicon().phrasesStartingWith('turn')).toContainEqual({ cls: 'reject', part: 'verbs', lemmas: ['turn', 'down'] });
    const lengths = lexicon().phrasesStartingWith('be').map((p) => p.lemmas.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    expect(lexicon().phrasesStartingWith('reject')).toEqual([]);
  });

  it('gives the English of a word of another language\'s names of bodies, and any other word as it is', () => {
    expect(lexicon().inEnglish('câmara')).toBe('council');
    expect(lexicon().inEnglish('clube')).toBe('club');
    expect(lexicon().inEnglish('harbour')).toBe('harbour');
    expect(lexicon().organisationHeads.has('clube')).toBe(true);
    // Ending a compound, as Dutch and German write them; not a short word's end, nor a word that only ends alike.
    expect(lexicon().inEnglish('volkspartij')).toBe('party');
    expect(lexicon().inEnglish('landesregierung')).toBe('government');
    expect(lexicon().inEnglish('departij')).toBe('departij');
    expect(lexicon().inEnglish('bipartisan')).toBe('bipartisan');
  });

  it('tells the classes of a lemma', () => {
    expect(lexicon().classesOfLemma('insist')).toEqual(expect.arrayContaining([{ cls: 'demand', part: 'verbs' }, { cls: 'report', part: 'verbs' }]));
    expect(lexicon().classesOfLemma('spurn')).toEqual([{ cls: 'reject', part: 'verbs' }]);
    expect(lexicon().classesOfLemma('banana')).toEqual([]);
  });
});

describe('matching by lemma: wink-nlp gives each inflected form a lemma of its class', () => {
  // [class, part, sentence, the inflected words]: the lemmas of those tokens, joined, must be an entry of the class.
  it.each<[LexiconClass, LexiconPart, string, string]>([
    ['demand', 'verbs', 'Moscow demanded a full withdrawal.', 'demanded'],
    ['demand', 'verbs', 'The union is insisting on higher pay.', 'insisting'],
    ['demand', 'verbs', 'Beijing wants Washington to lift the tariffs.', 'wants'],
    ['demand', 'verbs', 'Kyiv is seeking security guarantees.', 'seeking'],
    ['demand', 'nouns', 'Hamas listed its preconditions.', 'preconditions'],
    ['reject', 'verbs', 'Iran spurned the offer.', 'spurned'],
    ['reject', 'verbs', 'Kyiv rebuffed the plan.', 'rebuffed'],
    ['reject', 'verbs', 'The studios turned down the proposal.', 'turned down'],
    ['reject', 'verbs', 'The company walked away from the talks.', 'walked away from'],
    ['reject', 'verbs', 'The rebels balked at the terms.', 'balked at'],
    ['reject', 'verbs', 'Washington vetoed the resolution.', 'vetoed'],
    ['reject', 'verbs', 'Israel ruled out a ceasefire.', 'ruled out'],
    ['reject', 'verbs', 'Officials criticised the plan.', 'criticised'],
    ['reject', 'nouns', 'The refusals angered the mediators.', 'refusals'],
    ['propose', 'verbs', 'The guild pushed for residuals.', 'pushed for'],
    ['propose', 'verbs', 'Qatar proposed a truce.', 'proposed'],
    ['propose', 'verbs', 'Egypt is urging both sides to return.', 'urging'],
    ['propose', 'verbs', 'The union put forward a new offer.', 'put forward'],
    ['propose', 'verbs', 'Britain tabled a draft resolution.', 'tabled'],
    ['propose', 'nouns', 'Both sides exchanged proposals.', 'proposals'],
    ['agree', 'verbs', 'The parties agreed to a swap.', 'agreed'],
    ['agree', 'verbs', 'Parliament ratified the treaty.', 'ratified'],
    ['agree', 'verbs', 'The board signed off on the contract.', 'signed off on'],
    ['commit', 'verbs', 'Both sides pledged to respect the truce.', 'pledged'],
    ['commit', 'verbs', 'The company undertook to rehire the workers.', 'undertook'],
    ['sign', 'verbs', 'The ministers initialled the text.', 'initialled'],
    ['sign', 'verbs', 'They finalised the deal.', 'finalised'],
    ['reach-deal', 'verbs', 'Negotiators hammered out a compromise.', 'hammered out'],
    ['reach-deal', 'verbs', 'The two sides struck a deal.', 'struck'],
    ['deal', 'nouns', 'Both truces collapsed within days.', 'truces'],
    ['deal', 'nouns', 'The cease-fire held.', 'cease - fire'],
    ['deal', 'nouns', 'The treaties were signed.', 'treaties'],
    ['lead', 'verbs', 'She spearheaded the talks.', 'spearheaded'],
    ['lead', 'verbs', 'He heads the delegation.', 'heads'],
    ['mediate', 'verbs', 'Qatar brokered the exchange.', 'brokered'],
    ['mediate', 'verbs', 'Norway is facilitating the dialogue.', 'facilitating'],
    ['host', 'verbs', 'Oman hosted the talks.', 'hosted'],
    ['report', 'verbs', 'The minister told reporters it was over.', 'told'],
    ['report', 'verbs', 'She reiterated her position.', 'reiterated'],
    ['hedge', 'words', 'The deal is said to be close.', 'is said to'],
    ['hedge', 'words', 'Talks were expected to resume.', 'were expected to'],
    ['negation', 'words', "Iran didn't accept.", "n't"],
    ['title', 'nouns', 'Two envoys arrived.', 'envoys'],
    ['organisation', 'nouns', 'Both unions walked out.', 'unions'],
  ])('%s %s: "%s" (%s)', (cls, part, sentence, inflected) => {
    const tokens = tokenize(sentence, 0);
    const words = inflected.split(' ');
    const at = tokens.findIndex((_, i) => words.every((w, j) => tokens[i + j]?.text === w));
    expect(at, `"${inflected}" is not tokenized as ${words.length} tokens`).toBeGreaterThanOrEqual(0);
    const lemma = tokens.slice(at, at + words.length).map((t) => t.lemma).join(' ');
    expect(lexicon()[part](cls), `lemma "${lemma}"`).toContain(lemma);
  });
});

describe('build-lexicon', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-lexicon-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const wordnet = new WordNet(wordnetDictPath());

  it('writes exactly data/lexicon.json from the seeds: the file is up to date and the build deterministic', () => {
    const out = join(dir, 'lexicon.json');
    writeLexicon(packagePath('data', 'lexicon-seeds.json'), out);
    expect(readFileSync(out, 'utf8'), 'data/lexicon.json is stale: run npm run lexicon').toBe(readFileSync(packagePath('data', 'lexicon.json'), 'utf8'));
  });

  const seeds = (classes: LexiconSeeds['classes'], extra: Partial<LexiconSeeds> = {}): LexiconSeeds => ({
    about: '',
    filter: { maxSenseNumber: 2, minTagCount: 10, depth: 1 },
    exclusive: [],
    wins: {},
    classes,
    ...extra,
  });

  it('takes a seed sense with its common synonyms and troponyms, and the nouns derived from them', () => {
    const { lexicon: built, counts } = buildLexicon(seeds({ x: { deriveNouns: ['noun.act', 'noun.communication'], verbs: { senses: ['reject%2:40:00::'] } } }), wordnet);
    expect(built.classes.x!.verbs).toEqual(expect.arrayContaining(['reject', 'refuse', 'turn down', 'decline']));
    expect(built.classes.x!.nouns).toEqual(expect.arrayContaining(['rejection', 'refusal']));
    expect(counts.x!.verbs.added).toBe(0);
  });

  it.each<[string, LexiconSeeds, RegExp]>([
    ['an unknown sense', seeds({ x: { verbs: { senses: ['reject%2:99:00::'] } } }), /class "x" names the sense "reject%2:99:00::"/],
    ['a word both added and excluded', seeds({ x: { verbs: { add: ['veto'], exclude: ['veto'] } } }), /class "x" both adds and excludes the verb "veto"/],
    ['a word added to two exclusive classes', seeds({ x: { verbs: { add: ['veto'] } }, y: { verbs: { add: ['veto'] } } }, { exclusive: [['x', 'y']] }), /"veto" is added by hand to x and y/],
    ['a winner that is not a class', seeds({ x: {} }, { wins: { veto: 'z' } }), /gives "veto" to "z"/],
  ])('fails on %s', (_, bad, message) => {
    expect(() => buildLexicon(bad, wordnet)).toThrow(message);
  });

  it('puts a translated noun in every class of its English noun, and keeps the translations', () => {
    const { lexicon: built } = buildLexicon(seeds({ x: { nouns: { add: ['council'] } }, y: { nouns: { add: ['club'] } } }, { translations: { nouns: { câmara: 'council' } } }), wordnet);
    expect(built.classes.x!.nouns).toEqual(['council', 'câmara']);
    expect(built.classes.y!.nouns).toEqual(['club']);
    expect(built.translations).toEqual({ câmara: 'council' });
  });

  it('settles a word two exclusive classes share as "wins" says', () => {
    const { lexicon: built } = buildLexicon(seeds({ x: { verbs: { add: ['veto'] } }, y: { verbs: { add: ['veto'] } } }, { exclusive: [['x', 'y']], wins: { veto: 'y' } }), wordnet);
    expect(built.classes.x!.verbs).toEqual([]);
    expect(built.classes.y!.verbs).toEqual(['veto']);
  });
});
