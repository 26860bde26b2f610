// Reading aids over an annotated sentence: who acts before a verb, what follows it, clause edges, negation.
import type { AnnotatedSentence, Mention, Token } from '../types.js';
import type { PatternIndex } from './rule.js';
import { isBodyNoun, isNegation, isReportingVerb, lexicon, type LexiconClass, type LexiconEntry, type LexiconPart } from '../nlp/lexicon.js';
import { worldKnowledge } from '../nlp/world-knowledge.js';
import { datelineEnd } from '../nlp/dateline.js';
import { DELEGATION_NOUNS, glued, isAge, isPastParticiple, isPossessive, speakerLabelEnd } from '../nlp/find-mentions.js';

/** Nouns of a stretch or a part of time: "last week", "six weeks after", "this morning". */
export const TIME_NOUNS = /^(day|days|week|weeks|month|months|year|years|weekend|morning|afternoon|evening|night|hour|hours)$/;
/** Conjunctions that open a clause with a subject of its own: "after ministers dismissed …", "because the union rejected …". */
/** The bodies that govern a side and act for it: "the co-op's board". */
const GOVERNING_BODIES = /^(board|leadership|management)$/;
const CLAUSE_OPENERS_BEFORE_SUBJECT = /^(after|before|because|although|though|since|when|whereas|unless|until|once)$/;
/** Adverbs that may stand inside a phrasal verb of the lexicon, between the verb and its particle. */
const PHRASAL_ADVERBS = /^(again|repeatedly|also|firmly|flatly|strongly|hard|openly|publicly|immediately|quickly|previously|already|still|consistently)$/;
/** Tokens that end a clause when scanning for a verb's subject or object. */
const HARD_BOUNDARIES = new Set([';', ':', '—', '–', '(', ')']);
/** Words before a gerund that open a clause ahead of its subject: "After rejecting the plan, Chile …". */
const FRONTED_GERUND_OPENERS = /^(after|before|while|since|upon|on|by|despite|besides|instead|without)$/;
/** Words that open a sentence with a clause of its own, before the main one: "When …, ", "Although …, ". */
const OPENING_SUBORDINATORS = /^(when|after|once|since|because|although|though|while|whereas|if|before|until|as)$/;
/** Marks that open or close a quotation. */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”']);
const BY: ReadonlySet<string> = new Set(['by']);
/** The comma, for `find`: one set for every search. */
export const COMMA: ReadonlySet<string> = new Set([',']);
const ACTOR_TYPES = new Set<Mention['type']>(['Party', 'Person', 'Delegation']);
const PREPOSITIONS = new Set(['with', 'to', 'from', 'against', 'on', 'of', 'for', 'by', 'in', 'between', 'toward', 'towards', 'at', 'over']);
/** Words that open a subordinate clause inside an object ("guarantees that Washington will …"). */
const SUBORDINATORS = /^(that|which|who|whom|if|whether|unless|until|once|before|after|when|how|where|so|while|whereby|provided|providing)$/;
/** Two words of sequence that may stand between a clause's subject and its verb: "Peru in turn insisted". */
const SEQUENCE_PHRASES = /^(in turn|in response|in return)$/;
/** Finite auxiliaries: after a noun, outside a subordinate clause, they start a new predicate ("the proposal … was presented"). */
const FINITE_AUXILIARIES = /^(is|are|was|were|has|have|had|did|does|will|would|could|should|can|may|might|must|remains|remain)$/;
/** Modal verbs: "and would require" opens a second predicate. */
export const MODALS = /^(will|would|could|should|can|may|might|must|shall)$/;

/** One sentence prepared for rules: token lookups and the mentions that can act. */
export class SentenceView {
  readonly tokens: readonly Token[];
  readonly actors: readonly Mention[];
  /** Token ranges of relative clauses and appositions (", who …,", ", led by …,") that a subject search jumps over. */
  private readonly asides: readonly [number, number][];
  /** Lexicon matches by class and part, computed once per sentence: every rule of a class asks the same question. */
  private matchesByClass: Map<LexiconEntry, (readonly [number, number])[]> | undefined;
  /** Positions of each pattern of the rule set, found in one pass when a rule first asks. */
  private positionsByPattern: Map<RegExp, number[]> | undefined;
  /** The participle clause that opens the sentence, once looked for (null: not yet). */
  private fronted: { readonly comma: number; readonly subject: Mention[] } | undefined | null = null;
  /** The comma that closes a clause a subordinator opens the sentence with, once looked for (-1: none). */
  private openingComma: number | undefined;

  constructor(readonly sentence: AnnotatedSentence) {
    this.tokens = sentence.tokens;
    // "ARICA, Chile, May 2 (Coast Wire) — …": a state named in the dateline says where the report was filed; it acts in nothing.
    const dateline = datelineEnd(this.tokens);
    this.actors = sentence.mentions.filter((m) => ACTOR_TYPES.has(m.type) && (dateline === undefined || m.tokenStart > dateline));
    this.asides = findAsides(this.tokens);
  }

  lower(k: number): string {
    return this.tokens[k]?.lower ?? '';
  }

  lemma(k: number): string {
    return this.tokens[k]?.lemma ?? '';
  }

  /** Tokens whose word or lemma matches `pattern`, found with every pattern of the rule set in one pass over the sentence. */
  positionsOf(pattern: RegExp, patterns: PatternIndex): readonly number[] {
    if (!this.positionsByPattern) {
      this.positionsByPattern = new Map();
      for (let k = 0; k < this.tokens.length; k++) {
        for (const hit of patterns.hits(this.lower(k), this.lemma(k))) {
          const list = this.positionsByPattern.get(hit);
          if (list) list.push(k);
          else this.positionsByPattern.set(hit, [k]);
        }
      }
    }
    return this.positionsByPattern.get(pattern) ?? [];
  }

  /** Where the entries of a lexicon class occur, as [first token, last token], the longest phrase first at each token. */
  lexiconMatches(cls: LexiconClass, part: LexiconPart): readonly (readonly [number, number])[] {
    this.matchesByClass ??= this.indexLexicon();
    return this.matchesByClass.get(lexicon().entry(cls, part)) ?? [];
  }

  /**
   * Every lexicon entry of the sentence, by class and part, in one pass over its tokens: each token is looked up once
   * by its base forms, and a phrase of a class covers the tokens after its first for that class.
   */
  private indexLexicon(): Map<LexiconEntry, (readonly [number, number])[]> {
    const words = lexicon();
    const index = new Map<LexiconEntry, (readonly [number, number])[]>();
    const coveredUntil = new Map<LexiconEntry, number>();
    const push = (key: LexiconEntry, first: number, last: number): void => {
      if ((coveredUntil.get(key) ?? -1) >= first) return;
      const list = index.get(key);
      if (list) list.push([first, last]);
      else index.set(key, [[first, last]]);
      coveredUntil.set(key, last);
    };
    for (let k = 0; k < this.tokens.length; k++) {
      // Punctuation and numbers are in no class.
      const pos = this.tokens[k]!.pos;
      if (pos === 'PUNCT' || pos === 'NUM' || pos === 'SYM') continue;
      // ("heads of terms": a phrase's first word as written, as its other words are matched.)
      const written = this.lower(k) !== this.lemma(k) ? words.phrasesStartingWith(this.lower(k)) : [];
      for (const phrase of written.length > 0 ? [...words.phrasesStartingWith(this.lemma(k)), ...written] : words.phrasesStartingWith(this.lemma(k))) {
        const at = (from: number): boolean => phrase.lemmas.slice(1).every((l, n) => this.lemma(from + n) === l || this.lower(from + n) === l);
        if (at(k + 1)) push(words.entry(phrase.cls, phrase.part), k, k + phrase.lemmas.length - 1);
        // "balked again at", "called repeatedly for": an adverb of manner or repetition inside a verb and its particle.
        else if (phrase.part === 'verbs' && pos === 'VERB' && PHRASAL_ADVERBS.test(this.lower(k + 1)) && at(k + 2)) push(words.entry(phrase.cls, phrase.part), k, k + phrase.lemmas.length);
      }
      for (const entry of words.entriesOf(this.tokens[k]!)) push(entry, k, k);
    }
    return index;
  }

  /** The last token of an entry of a lexicon class that starts at token k ("sets out" from "sets"), if one does. */
  lexiconEntryAt(cls: LexiconClass, part: LexiconPart, k: number): number | undefined {
    return this.lexiconMatches(cls, part).find(([first]) => first === k)?.[1];
  }

  /** True when an entry of a lexicon class ends at token k ("peace agreement" and "agreement" at "agreement"). */
  endsLexiconEntry(cls: LexiconClass, part: LexiconPart, k: number): boolean {
    return this.lexiconMatches(cls, part).some(([, last]) => last === k);
  }

  /** Index of the first token at or after `from` whose lower form (or, for a pattern, its lemma) matches, within `limit` tokens. */
  find(words: ReadonlySet<string> | RegExp, from: number, limit = this.tokens.length): number | undefined {
    for (let k = from; k < Math.min(this.tokens.length, from + limit); k++) {
      const w = this.lower(k);
      if (words instanceof RegExp ? words.test(w) || words.test(this.lemma(k)) : words.has(w)) return k;
    }
    return undefined;
  }

  /** The actor mentions (with coordinated ones: "Russia and Ukraine") that are the subject of the verb at `verb`. */
  subjectOf(verb: number): Mention[] {
    const shared = this.sharedSubjectVerb(this.governingVerb(verb)) ?? this.clauseBeforeParticiple(verb);
    if (shared !== undefined) return this.subjectOf(shared);
    // "the United States, which mediated the talks": a relative pronoun stands for the name before its comma.
    let r = verb - 1;
    while (r > 0 && (this.tokens[r]!.pos === 'ADV' || this.tokens[r]!.pos === 'AUX')) r--;
    if (/^(which|who)$/.test(this.lower(r)) && this.tokens[r - 1]?.text === ',') {
      const antecedent = this.actors.filter((m) => m.tokenEnd === r - 1);
      if (antecedent.length > 0) return this.withCoordinated(antecedent);
      // ("Tom Vidal, a retired judge, who has mediated …": the name before an apposition that describes it.)
      const opening = this.tokens.findLastIndex((t, j) => j < r - 1 && j >= r - 9 && t.text === ',');
      const apposition = opening > 0 && /^(a|an|the)$/.test(this.lower(opening + 1)) && this.tokens.slice(opening + 2, r - 1).every((t) => t.text === t.lower && /^(ADJ|NOUN|ADP|DET|NUM)$/.test(t.pos));
      const described = apposition ? this.actors.filter((m) => m.tokenEnd === opening && m.type === 'Person') : [];
      if (described.length > 0) return described;
      // ("talks with private bondholders, who have rejected …": a common noun before it is what it stands for, no side
      // named earlier in the sentence.)
      const noun = this.tokens[r - 2];
      if (noun?.pos === 'NOUN' && noun.text === noun.lower) return [];
    }
    // "demanded a text that bans …": a relative pronoun right after a common noun stands for that noun.
    if (/^(which|that)$/.test(this.lower(r)) && r < verb && this.tokens[r - 1]?.pos === 'NOUN' && this.tokens[r - 1]!.text === this.lower(r - 1) && !this.actors.some((m) => m.tokenEnd === r)) return [];
    let k = verb - 1;
    let crossed = 0;
    let listed: { start: number; members: Mention[] } | undefined;
    while (k >= 0 && crossed < 14) {
      const aside = this.asides.find(([, end]) => end === k);
      if (aside) {
        listed = { start: aside[0], members: this.partiesListedIn(aside[0], aside[1]) };
        k = aside[0] - 1;
        continue;
      }
      const t = this.tokens[k]!;
      // "The Players' Association (NHLPA) has proposed …": an acronym in parentheses after a name is read through.
      const open = t.text === ')' && this.tokens[k - 2]?.text === '(' ? k - 2 : -1;
      if (open > 0 && this.actors.some((m) => m.tokenStart === k - 1)) {
        k = open - 1;
        continue;
      }
      if (HARD_BOUNDARIES.has(t.text)) break;
      // "… is balloting its members after ministers dismissed its demand": the verb's subject is in its own clause.
      // "… when the commissioner's delegation was ready to …": a possessive may stand in that subject.
      // ("The union has once again rejected …": "once" before "again" or "more" is an adverb, no opener.)
      if (k < verb - 1 && CLAUSE_OPENERS_BEFORE_SUBJECT.test(t.lower) && !(t.lower === 'once' && /^(again|more)$/.test(this.lower(k + 1))) && this.tokens.slice(k + 1, verb).every((x) => /^(DET|ADJ|NOUN|PROPN|NUM|AUX|ADV|PRON)$/.test(x.pos) || x.lower === "'s")) break;
      // "demanded guarantees that the dam will not reduce …": a clause on a noun has its own subject, which names no side.
      // ("said last week that …": a time's noun is no noun the clause is on. "The company that owns the vessel refused":
      // a "that" before its own verb stands for the noun, the subject of the verb after the clause.)
      if (k < verb - 1 && t.lower === 'that' && this.tokens[k - 1]?.pos === 'NOUN' && this.tokens[k - 1]!.text === this.lower(k - 1) && !TIME_NOUNS.test(this.lower(k - 1)) && !lexicon().timeWords.has(this.lower(k - 1)) && !/^(VERB|AUX)$/.test(this.tokens[k + 1]?.pos ?? '')) break;
      // ("told Nordstal and Ferrovia that their merger will not be approved": after the people told, "that" opens the
      // clause the verb is in, whose subject names no side.)
      if (k < verb - 1 && t.lower === 'that' && /^(DET|PRON)$/.test(this.tokens[k + 1]?.pos ?? '') && isReportingVerb(this.tokens[this.listStartBefore(k) - 1])) break;
      // "criticized Russia's proposals and reiterated …": an owner in the possessive is no subject.
      // "It's offering": an "'s" the tagger reads as "is" or "has" is no possessive.
      // ("Boeing machinists reject …": a side before the people who act, named by what they are, only says where they work.)
      const employs = (m: Mention): boolean => this.tokens[m.tokenEnd]?.text === this.lower(m.tokenEnd) && lexicon().collectiveSideNouns.has(this.lower(m.tokenEnd));
      // ("The memorandum that reporters were handed a copy of it, sets out …": a pronoun after a preposition is its object.)
      // (Not after a word that opens a clause: "after it agreed".)
      const governed = (m: Mention): boolean => m.via === 'pronoun' && this.tokens[m.tokenStart - 1]?.pos === 'ADP' && !/^(after|before|since|until|till|as|because|while|once|when|unless|if|though|although)$/.test(this.lower(m.tokenStart - 1));
      // ("The guild's board threw out …": the body that governs a side acts for it.)
      const byItsBoard = (m: Mention): boolean => GOVERNING_BODIES.test(this.lower(m.tokenEnd + 1)) && this.tokens.slice(m.tokenEnd + 2, verb).every((x) => /^(AUX|ADV)$/.test(x.pos));
      const here = this.actors.filter((m) => m.tokenEnd - 1 === k && (this.lower(m.tokenEnd) !== "'s" || this.tokens[m.tokenEnd]!.pos === 'AUX' || byItsBoard(m)) && !employs(m) && !governed(m));
      if (here.length > 0) {
        // The word before the actors found here.
        const before = Math.min(...here.map((m) => m.tokenStart)) - 1;
        // ("The villagers stopped the mine from hauling ore on the track in May to demand a share": an infinitive of
        // purpose after the object of a verb and that object's own phrase, with a verb of its own, is the subject's.)
        const ownPhrase = this.tokens[k + 1]?.pos === 'ADP' && this.tokens.slice(k + 2, verb - 1).some((t) => t.pos === 'VERB');
        if (this.lower(verb - 1) === 'to' && this.tokens[before]?.pos === 'VERB' && ownPhrase && k < verb - 3) {
          const subject = this.subjectOf(before);
          if (subject.length > 0) return subject;
        }
        const coordinated = this.withCoordinated(here);
        // "Nurses in England have turned down …", "workers at the plant": a place after a common noun is no subject.
        const start = Math.min(...coordinated.map((m) => m.tokenStart));
        // ("The agreement with companies including A, B and C requires …": sides given as examples inside a noun phrase
        // are no subject; its head is, before them. Names the text did not find may open the list.)
        let examplesFrom = start;
        while (examplesFrom > 1 && (this.lower(examplesFrom - 1) === ',' || this.tokens[examplesFrom - 1]!.pos === 'PROPN')) examplesFrom--;
        const such = this.lower(examplesFrom - 1) === 'as' && this.lower(examplesFrom - 2) === 'such' ? 1 : 0;
        if ((this.lower(examplesFrom - 1) === 'including' || such === 1) && this.lower(examplesFrom - 2 - such) !== ',') {
          k = examplesFrom - 2 - such;
          crossed++;
          continue;
        }
        // ("the Kingdom of Denmark, in respect of Greenland, agreed": the territory a side answers for is no subject; the
        // side named before the comma is. "Spain, on behalf of the EU," speaks for the EU, which acts.)
        const actsFor = this.lower(start - 1) === 'the' ? start - 5 : start - 4;
        if (this.lower(actsFor) === ',' && this.lower(actsFor + 1) === 'in' && this.lower(actsFor + 2) === 'respect' && this.lower(actsFor + 3) === 'of') {
          k = actsFor - 1;
          crossed++;
          continue;
        }
        // "signed a new side letter with the two operators in May guaranteeing …": a side after "with" is no subject of a
        // participle that a phrase parts from it ("with Chile insisting on …" is Chile's).
        const afterWith = this.lower(before) === 'with' || (this.lower(before) === 'the' && this.lower(before - 1) === 'with');
        if (afterWith && k < verb - 1 && this.lower(verb).endsWith('ing')) return [];
        // "Pilots at low-cost carrier Nordic Wings": lower-case words describing the place or body may stand between.
        let preposition = start - 1;
        while (preposition > start - 5 && (this.tokens[preposition]?.text === '-' || (/^(ADJ|NOUN)$/.test(this.tokens[preposition]?.pos ?? '') && this.tokens[preposition]!.text === this.lower(preposition)))) preposition--;
        if (this.lower(preposition) === 'the') preposition--;
        // ("Members of the Royal College of Nursing (RCN) in England": the name's acronym may stand before the place.)
        const named = this.tokens[preposition - 1]?.text === ')' && this.tokens[preposition - 3]?.text === '(' ? preposition - 3 : preposition;
        if (/^(in|at)$/.test(this.lower(preposition)) && /^(NOUN|PROPN)$/.test(this.tokens[named - 1]?.pos ?? '')) {
          // "Nurses in England", when "Nurses" names the nurses' union: the side before the place acts.
          // A gerund's subject may be the noun a longer phrase opens ("contingent on members of the union in X ratifying").
          const head = this.lower(verb).endsWith('ing') ? [] : this.actors.filter((m) => m.tokenEnd === named);
          return head.length > 0 ? this.withCoordinated(head) : [];
        }
        // "Chile and the Andean countries—Peru, Bolivia and Ecuador—have concluded …": the members listed act with it.
        const members = listed && listed.start - k <= 3 ? listed.members : [];
        return [...coordinated, ...members];
      }
      if (this.actors.some((m) => m.tokenStart <= k && k < m.tokenEnd)) {
        k--;
        continue;
      }
      crossed++;
      k--;
    }
    const fronted = k < 0 ? this.frontedClause() : undefined;
    return fronted !== undefined && verb < fronted.comma ? fronted.subject : [];
  }

  /**
   * "Having proposed four years in May, Peru moved to five", "After rejecting the plan, Chile walked out": a participle
   * clause that opens the sentence, up to its comma, and the subject of the clause after it, which is the participle's.
   */
  frontedClause(): { readonly comma: number; readonly subject: Mention[] } | undefined {
    if (this.fronted !== null) return this.fronted;
    this.fronted = undefined;
    let verb = this.lower(0) === 'having' || FRONTED_GERUND_OPENERS.test(this.lower(0)) ? 1 : 0;
    while (this.tokens[verb]?.pos === 'ADV') verb++;
    const gerund = this.lower(verb).endsWith('ing');
    if (this.tokens[verb]?.pos !== 'VERB' || (this.lower(0) === 'having') === gerund) return undefined;
    for (let k = verb + 1; k < this.tokens.length && !HARD_BOUNDARIES.has(this.tokens[k]!.text); k++) {
      // (An aside inside the clause is passed over.)
      if (this.tokens[k]!.text !== ',' || this.asides.some(([start, end]) => start > verb && (start === k || end === k))) continue;
      const start = this.lower(k + 1) === 'the' ? k + 2 : k + 1;
      const subject = this.actors.filter((m) => m.tokenStart === start);
      const end = Math.max(0, ...subject.map((m) => m.tokenEnd));
      // The side must open a clause of its own: a verb follows it.
      if (subject.length > 0 && /^(VERB|AUX)$/.test(this.tokens[end]?.pos ?? '')) this.fronted = { comma: k, subject: this.withCoordinated(subject) };
      break;
    }
    return this.fronted;
  }

  /**
   * The comma that closes a clause a subordinator opens the sentence with, after its verb ("When Chile and Peru agreed on
   * a quota, prices fell"), or -1. A comma of a list the clause holds ("agreed to A, B and C, …") is passed.
   */
  private openingClauseComma(): number {
    if (this.openingComma !== undefined) return this.openingComma;
    this.openingComma = -1;
    if (!OPENING_SUBORDINATORS.test(this.lower(0))) return -1;
    // ("Before the ruling, the board had recommended …": a phrase with no verb of its own before its comma is no clause.)
    const verb = this.tokens.findIndex((t) => (t.pos === 'VERB' || t.pos === 'AUX') && !t.lower.endsWith('ing'));
    const firstComma = this.tokens.findIndex((t) => t.text === ',');
    if (verb < 0 || firstComma < verb) return -1;
    for (let k = verb + 1; k < this.tokens.length && !HARD_BOUNDARIES.has(this.tokens[k]!.text); k++) {
      if (this.tokens[k]!.text !== ',' || this.isListComma(k)) continue;
      this.openingComma = k;
      break;
    }
    return this.openingComma;
  }

  /**
   * "the league insisting that players accept …": the verb heads a that-clause whose subject is a common noun, no actor
   * (`thatToo`), or a clause after a reporting verb ("noted the organization rejected …").
   */
  ownClauseSubject(verb: number, thatToo: boolean): boolean {
    let j = verb - 1;
    // "any bidder would have to commit": "have to", "need to" are modals too.
    const modal = (k: number): boolean => this.lower(k) === 'to' && /^(have|need)$/.test(this.lemma(k - 1));
    while (j > 0 && (this.tokens[j]!.pos === 'ADV' || this.tokens[j]!.pos === 'AUX' || this.lower(j) === 'not' || modal(j))) j -= modal(j) ? 2 : 1;
    let nouns = 0;
    while (j > 0 && /^(NOUN|ADJ|DET|NUM)$/.test(this.tokens[j]!.pos) && !this.actors.some((m) => m.tokenStart <= j && j < m.tokenEnd)) {
      if (this.tokens[j]!.pos === 'NOUN') nouns++;
      j--;
    }
    // "the KPU noted the organization rejected their proposal": a reporting verb opens the clause as "that" does.
    // After "that", a noun may be the subject of a speaker's condition ("that any deal must include X"), which only
    // an agreement does not allow.
    // ("said negotiators had agreed …": the people at the table, named without an article, are no speaker's; "said
    // farmers would refuse …" speaks for the farmers.)
    const opensNounPhrase = /^(DET|PRON)$/.test(this.tokens[j + 1]?.pos ?? '') || TABLE_NOUNS.test(this.lower(j + 1));
    return nouns > 0 && ((this.lower(j) === 'that' && thatToo) || (isReportingVerb(this.tokens[j]) && this.tokens[j]!.pos === 'VERB' && opensNounPhrase));
  }

  /**
   * The parties an aside between `start` and `end` (its dashes or parentheses) lists, when it is nothing but a list of
   * them. "…, including France and Japan, …" names some members only, who did not all act: no list.
   */
  private partiesListedIn(start: number, end: number): Mention[] {
    const parties = this.actors.filter((m) => m.tokenStart > start && m.tokenEnd <= end && m.type === 'Party');
    for (let j = start + 1; j < end; j++) {
      if (!/^(,|and|the)$/.test(this.lower(j)) && !parties.some((m) => m.tokenStart <= j && j < m.tokenEnd)) return [];
    }
    return parties;
  }

  /**
   * The verb whose object a stance noun heads: "reached" for "understandings" in "reached initial understandings".
   * The token itself when it is no noun or no verb stands a few modifiers before it.
   */
  private governingVerb(k: number): number {
    if (this.tokens[k]?.pos !== 'NOUN') return k;
    for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
      const t = this.tokens[j]!;
      if (t.pos === 'VERB') return j;
      if (!/^(DET|ADJ|NUM|NOUN|ADV)$/.test(t.pos) || this.actors.some((m) => m.tokenStart <= j && j < m.tokenEnd)) break;
    }
    return k;
  }

  /**
   * "The union rejected an offer from the district, calling it inadequate": the finite verb of the clause that a
   * participle set off by a comma follows, whose subject it shares (not the side named last before the comma), or
   * undefined. Only when that verb has a subject of its own.
   */
  private clauseBeforeParticiple(verb: number): number | undefined {
    const t = this.tokens[verb];
    if (t?.pos !== 'VERB' || !t.lower.endsWith('ing')) return undefined;
    let comma = verb - 1;
    while (comma > 0 && this.tokens[comma]!.pos === 'ADV') comma--;
    if (this.lower(comma) !== ',') return undefined;
    const main = this.tokens.findLastIndex((x, k) => k < comma && x.pos === 'VERB' && !x.lower.endsWith('ing') && this.lower(k - 1) !== 'to' && !this.actors.some((m) => m.tokenStart <= k && k < m.tokenEnd));
    if (main < 0 || this.tokens.slice(main + 1, comma).some((x) => HARD_BOUNDARIES.has(x.text) || x.text === ',' || /^(which|who|that)$/.test(x.lower))) return undefined;
    // (The verb of a relative clause or of a clause after "that" is no main clause's.)
    if (this.tokens.slice(Math.max(0, main - 4), main).some((x) => /^(which|who|that|whom)$/.test(x.lower))) return undefined;
    return this.subjectOf(main).length > 0 ? main : undefined;
  }

  /**
   * In "X is calling for talks with Y and insists on Z", the verb "insists" shares the subject of "calling": the
   * earlier verb of the clause, when "and" stands just before this one and no actor between them can be a subject
   * (Y follows a preposition, or is the earlier verb's object). Undefined when the verb has its own subject.
   */
  private sharedSubjectVerb(verb: number): number | undefined {
    let j = verb - 1;
    while (j >= 0 && (this.tokens[j]!.pos === 'ADV' || this.tokens[j]!.pos === 'AUX' || this.lower(j) === 'not')) j--;
    // "… rejected any change, but offered a special fund": "but" joins two verbs of one subject as "and" does.
    if (this.lower(j) === 'but' && this.lower(j - 1) === ',') j--;
    if (this.lower(j) !== 'and' && this.lower(j) !== 'but' && !(this.lower(j) === ',' && this.lower(j + 1) === 'but')) return undefined;
    // "X has agreed to give Y a seat, provided Y first drops its lawsuit, but has refused …": a clause set off by
    // commas that a subordinator opens has its own subject; the conjunction joins the verb before the clause.
    const clauseEnd = this.lower(j) === ',' ? j : this.lower(j - 1) === ',' ? j - 1 : -1;
    let comma = clauseEnd - 1;
    while (comma > Math.max(0, clauseEnd - 14) && this.lower(comma) !== ',' && !HARD_BOUNDARIES.has(this.tokens[comma]!.text)) comma--;
    if (clauseEnd > 0 && this.lower(comma) === ',' && (CLAUSE_OPENERS_BEFORE_SUBJECT.test(this.lower(comma + 1)) || /^(if|provided|providing|while)$/.test(this.lower(comma + 1)))) {
      const main = this.tokens.findLastIndex((t, k) => k < comma && t.pos === 'VERB' && this.lower(k - 1) !== 'to' && !this.actors.some((m) => m.tokenStart <= k && k < m.tokenEnd));
      if (main >= 0 && !this.tokens.slice(main + 1, comma).some((t) => HARD_BOUNDARIES.has(t.text))) return main;
    }
    // ('said it would never agree to "rosters that leave the quay half empty," and called on …': the words quoted are
    // the object of the verb before them; "and" joins that verb.)
    const quoteEnd = this.lower(j - 1) === ',' ? j - 2 : j - 1;
    const quoteStart = /^["”]$/.test(this.tokens[quoteEnd]?.text ?? '') ? this.tokens.findLastIndex((t, k) => k < quoteEnd && /^["“]$/.test(t.text)) : -1;
    let p = quoteStart > 0 ? quoteStart - 1 : j - 1;
    for (; p >= 0; p--) {
      const t = this.tokens[p]!;
      if (HARD_BOUNDARIES.has(t.text)) return undefined;
      // "urged both sides to return to the table and offered …": an infinitive is not the verb "and" joins to, nor is a
      // gerund after a preposition ("accused Chile of violating the accord and demanded …").
      if (t.pos === 'VERB' && this.lower(p - 1) !== 'to' && !(t.lower.endsWith('ing') && this.tokens[p - 1]?.pos === 'ADP') && !this.actors.some((m) => m.tokenStart <= p && p < m.tokenEnd)) break;
    }
    if (p < 0) return undefined;
    // ("had rejected the bill, which included $6 billion, and instead put forward …": the verb of a relative clause
    // set off by commas is no verb "and" joins to; the one before the clause is.)
    const relative = this.lower(j - 1) === ',' ? this.tokens.findLastIndex((t, k) => k < p && k > p - 4 && /^(which|who)$/.test(t.lower) && this.lower(k - 1) === ',') : -1;
    if (relative > 0) {
      const outer = this.tokens.findLastIndex((t, k) => k < relative - 1 && t.pos === 'VERB');
      if (outer >= 0 && !this.tokens.slice(outer + 1, relative).some((t) => HARD_BOUNDARIES.has(t.text))) return outer;
    }
    // "X had demanded that Y remove all tariffs, and rejected …": after a comma, "and" joins the verb the that-clause
    // hangs on, not the clause's own.
    if (this.lower(j - 1) === ',') {
      const that = this.tokens.findLastIndex((t, k) => k < p && t.lower === 'that');
      const outer = that > 0 ? this.tokens.findLastIndex((t, k) => k < that && t.pos === 'VERB') : -1;
      if (outer >= 0 && !this.tokens.slice(outer + 1, that).some((t) => HARD_BOUNDARIES.has(t.text) || t.pos === 'VERB')) return outer;
    }
    // "urged both sides to return and offered to mediate": the object of the earlier verb is no subject either.
    const before = (m: Mention) => this.wordBefore(m);
    // ("had accepted a U.S. proposal …, but rejected …": a side that qualifies a noun after it is no subject.)
    // ("violating the 2019 Lima peace accord": after a figure too.)
    const between = this.actors.filter((m) => m.tokenStart > p && m.tokenEnd <= (quoteStart > 0 ? quoteStart : j) && !(this.tokens[m.tokenEnd]?.pos === 'NOUN' && (/^(a|an|the)$/.test(this.lower(m.tokenStart - 1)) || this.tokens[m.tokenStart - 1]?.pos === 'NUM')));
    if (between.some((m) => before(m) !== p && !PREPOSITIONS.has(this.lower(before(m))))) return undefined;
    return p;
  }

  /** Mentions joined to `heads` by "and" or list commas, to the left: "Quito and its allies", "Chile, Peru and Bolivia". */
  private withCoordinated(heads: Mention[]): Mention[] {
    const result = [...heads];
    let start = heads.reduce((min, m) => Math.min(min, m.tokenStart), Infinity);
    let joinedByAnd = false;
    for (;;) {
      // "Armenian Prime Minister X and Azerbaijani President Y signed": the office and its side before a name.
      if (result[0]?.type === 'Person' && result[0].office !== undefined) start = this.officeStart(start);
      // "… and the landlord, Greenrock Properties,": a description set off before the name by a comma.
      const apposed = this.tokens[start - 2];
      if (this.tokens[start - 1]?.text === ',' && apposed?.pos === 'NOUN' && apposed.text === apposed.lower && this.lower(start - 3) === 'the' && this.lower(start - 4) === 'and') start -= 2;
      // "… and terminal operator X", "… and the dam builder Y": lower-case words that describe the name after them.
      const kind = this.tokens[start - 1];
      const described = this.descriptionStart(start);
      // "… and Canadian miner Kestrel Gold": ending in a kind noun, with the side qualifying them.
      if (kind?.pos === 'NOUN' && kind.text === kind.lower && lexicon().organisationKinds.has(kind.lemma)) {
        start = this.actors.find((m) => m.tokenEnd === described && m.via === 'qualifier')?.tokenStart ?? (worldKnowledge().demonyms.has(this.lower(described - 1)) ? described - 1 : described);
      }
      // Ending in any other noun, or an adjective ("and the paramilitary X"), after "and the".
      else if (described < start && /^(NOUN|ADJ)$/.test(kind?.pos ?? '') && this.lower(described - 1) === 'the' && this.lower(described - 2) === 'and') start = described;
      // ("Varden University and its junior graduate workers": words that describe the people after "its".)
      let describedFrom = start - 1;
      while (describedFrom > start - 4 && /^(ADJ|NOUN|VERB)$/.test(this.tokens[describedFrom]?.pos ?? '') && this.tokens[describedFrom]!.text === this.lower(describedFrom)) describedFrom--;
      if (describedFrom < start - 1 && /^(its|their)$/.test(this.lower(describedFrom)) && this.lower(describedFrom - 1) === 'and') start = describedFrom;
      // "Peru and a committee of its bondholders": the body that speaks for the side named after "of".
      const owner = /^(its|their|the)$/.test(this.lower(start - 1)) ? start - 1 : start;
      if (this.lower(owner - 1) === 'of' && isBodyNoun(this.lemma(owner - 2)) && /^(a|an|the)$/.test(this.lower(owner - 3))) start = owner - 3;
      if (this.lower(start - 1) === 'the') start--;
      // ("Chile's Ana Ruiz and Sweden's Tomas Berg proposed …": the side whose possessive stands before a name.)
      if (result[0]?.type === 'Person' && isPossessive(this.tokens[start - 1])) start = this.actors.find((m) => m.type === 'Party' && m.tokenEnd === start - 1)?.tokenStart ?? start;
      const joiner = this.tokens[start - 1];
      // "According to Egyptian officials, Cairo …": a comma joins list items only in a list closed by "and", or in a
      // headline, which writes "and" as a comma ("Chile, Peru agree to …").
      if (!joiner || (joiner.lower !== 'and' && !(joiner.text === ',' && (joinedByAnd || this.sentence.heading)))) break;
      // "After talks mediated by X, Chile and Peru signed …": the first comma of a sentence that opens on a preposition or
      // a conjunction closes that opening phrase; what stands before it is no item of the list.
      if (joiner.text === ',' && /^(ADP|SCONJ)$/.test(this.tokens[0]!.pos) && !this.tokens.slice(1, start - 1).some((t) => t.text === ',')) break;
      // ("the Harbour Workers Union (HWU) and Bayline": the short name in brackets after the first item is part of it.)
      // (The short name may be no mention of its own where it is defined: "Bund für Mieter (BfM) and …".)
      const bracketed = this.lower(start - 2) === ')' && this.lower(start - 4) === '(' && /^\p{Lu}/u.test(this.tokens[start - 3]!.text) ? start - 4 : start - 1;
      // ("the Kestrel Museum in Lima and the government of Peru": the place of the first item is part of it.)
      const placed = this.sentence.mentions.find((m) => m.type === 'Place' && m.tokenEnd === bracketed && /^(in|at)$/.test(this.lower(m.tokenStart - 1)));
      const itemEnd = placed === undefined ? bracketed : placed.tokenStart - 1;
      const previous = this.actors.filter((m) => m.tokenEnd === itemEnd);
      if (previous.length === 0) break;
      joinedByAnd ||= joiner.lower === 'and';
      for (const m of previous.toReversed()) result.unshift(m);
      start = previous.reduce((min, m) => Math.min(min, m.tokenStart), Infinity);
    }
    return result;
  }

  /**
   * Where the lower-case words before the name at `start` begin, up to five tokens: "terminal operator", "state-owned
   * carrier", "dam builder". ("ride-hailing company": a word after a hyphen is a compound's, whatever its tag.)
   */
  private descriptionStart(start: number): number {
    let k = start;
    while (k > 0 && start - k < 5) {
      const w = this.tokens[k - 1]!;
      const compound = this.tokens[k - 2]?.text === '-' && w.text === w.lower;
      if (w.text !== '-' && !compound && !(/^(ADJ|NOUN)$/.test(w.pos) && w.text === w.lower)) break;
      k--;
    }
    return k;
  }

  /** Where the capitalised office words and the side qualifying them, before the name at `start`, begin. */
  private officeStart(start: number): number {
    let k = start;
    while (k > 0 && start - k < 6) {
      const t = this.tokens[k - 1]!;
      const qualifier = this.actors.find((m) => m.via === 'qualifier' && m.tokenEnd === k);
      // ("Thailand's acting Prime Minister Y": the side in the possessive, and a modifier of the office in lower case.)
      const owner = /^['’]s$/.test(t.lower) ? this.actors.find((m) => m.type === 'Party' && m.tokenEnd === k - 1) : undefined;
      if (qualifier) k = qualifier.tokenStart;
      else if (owner) k = owner.tokenStart;
      else if (/^\p{Lu}/u.test(t.text) && (t.pos === 'PROPN' || t.pos === 'NOUN') && !this.actors.some((m) => m.tokenStart < k && k <= m.tokenEnd)) k--;
      else if (t.text === t.lower && worldKnowledge().offices.modifiers.has(t.lower)) k--;
      else break;
    }
    return k;
  }

  /**
   * The comma closing a relative clause set off after a name ("Algeria, which mediated the accord, convene …") that
   * opens at the comma k, if one does.
   */
  relativeAsideEnd(k: number): number | undefined {
    if (!this.actors.some((m) => m.tokenEnd === k)) return this.relativeBeforeVerb(k);
    if (this.lower(k) !== ',' || !/^(which|who)$/.test(this.lower(k + 1))) return undefined;
    return this.asides.find(([open]) => open === k)?.[1];
  }

  /**
   * "its lawyers, who deny any charge, be released", "the fishermen, who were seized in May, should go home": the closing
   * comma of a relative clause set off at comma k when the verb of the clause around it goes on after it, or undefined.
   */
  private relativeBeforeVerb(k: number): number | undefined {
    if (this.lower(k) !== ',' || !/^(who|which)$/.test(this.lower(k + 1))) return undefined;
    const close = this.tokens.findIndex((x, j) => j > k + 2 && j <= k + 12 && x.text === ',');
    return close > 0 && (/^(be|been)$/.test(this.lower(close + 1)) || MODALS.test(this.lower(close + 1))) ? close : undefined;
  }

  /** When an aside (", including Japan,") closes at token k, the index of its opening comma or dash. */
  asideStart(k: number): number | undefined {
    return this.asides.find(([, end]) => end === k)?.[0];
  }

  /** "rejected out of hand the plan", "rejected the plan out of hand": the idiom of manner opens at token k. */
  outOfHandAt(k: number): boolean {
    return this.lower(k) === 'out' && this.lower(k + 1) === 'of' && this.lower(k + 2) === 'hand';
  }

  /**
   * "The rebel delegation to the Arica talks was led by X": when the words before token `end` are the talks a body goes
   * to ("to the Arica talks", "at the second round"), the index of their preposition; the body is named before it.
   */
  talksComplementStart(end: number): number | undefined {
    if (!TALKS_COMPLEMENT_NOUNS.test(this.lower(end - 1))) return undefined;
    for (let k = end - 2; k >= Math.max(0, end - 6); k--) {
      // (A body before the preposition: "Peru withdrew its claim at the second round of talks" names no body.)
      if (TALKS_COMPLEMENT_PREPOSITIONS.test(this.lower(k))) return k > 0 && this.namesBodyAt(k - 1) ? k : undefined;
      // (Only the talks' own words: an article, a name, a number or an adjective, "the second round of".)
      if (!/^(DET|PROPN|NUM|ADJ)$/.test(this.tokens[k]!.pos) && this.lower(k) !== 'of' && !TALKS_COMPLEMENT_NOUNS.test(this.lower(k))) return undefined;
    }
    return undefined;
  }

  /** Token k ends a delegation or side, or is a noun for one ("team", "negotiators"). */
  private namesBodyAt(k: number): boolean {
    return DELEGATION_NOUNS.has(this.lower(k)) || this.sentence.mentions.some((m) => m.tokenEnd === k + 1 && (m.type === 'Delegation' || m.type === 'Party'));
  }

  /**
   * "is seeking a 25 percent increase and improved retirement benefits": after a verb in the present, a word in -ed
   * before a noun is an item's adjective, not a second verb in the past.
   */
  private participleItem(from: number, k: number): boolean {
    if (!/ed$/.test(this.lower(k)) || !/^(NOUN|ADJ)$/.test(this.tokens[k + 1]?.pos ?? '')) return false;
    let verb = from - 1;
    while (verb >= 0 && this.tokens[verb]!.pos !== 'VERB') verb--;
    const main = this.tokens[verb];
    // (Present: the verb's own form, or one in -s or -ing.)
    if (main === undefined || /ed$/.test(main.lower) || (main.lower !== main.lemma && !/(?:[^s]s|ing)$/.test(main.lower))) return false;
    // ("is seeking", "are demanding": a present progressive.)
    return !main.lower.endsWith('ing') || /^(is|are|am)$/.test(this.lower(verb - 1));
  }

  /**
   * "establish, in principle, a research fund", "extend, if necessary, the truce": when the comma at k opens a few
   * words of manner right after a verb, before its object, the index of their closing comma.
   */
  mannerAsideEnd(k: number): number | undefined {
    if (this.lower(k) !== ',' || this.tokens[k - 1]?.pos !== 'VERB' || !/^(ADP|ADV|SCONJ)$/.test(this.tokens[k + 1]?.pos ?? '')) return undefined;
    const close = this.find(COMMA, k + 2, 4);
    return close !== undefined && close + 1 < this.tokens.length && this.tokens.slice(k + 1, close).every((t) => !/^(VERB|AUX|PUNCT)$/.test(t.pos)) ? close : undefined;
  }

  /** "allocate the catch as follows: Peru 60 per cent, …": a colon after "as follows" opens what the phrase holds. */
  colonAfterAsFollows(k: number): boolean {
    return this.lower(k) === ':' && this.lower(k - 1) === 'follows' && this.lower(k - 2) === 'as' && k + 1 < this.tokens.length;
  }

  /**
   * "Will the dockers accept that?", "HOST: Will Peru sign?", "Q: And what does the board want?": a question answered
   * by yes or no, or one asking what, which states no stance (a question that asks why or how a side acted still says
   * that it did).
   */
  asksWithoutStating(): boolean {
    if (this.tokens.at(-1)?.text !== '?') return false;
    let at = speakerLabelEnd(this.tokens) + 1;
    if (/^(and|but|so)$/.test(this.lower(at))) at++;
    const first = this.tokens[at];
    return first !== undefined && (first.pos === 'AUX' || /^(would|will|could|can|should|shall|does|do|did|is|are|was|were|has|have|had|what|which)$/.test(first.lower));
  }

  /** Whether token k is a hyphen with spaces on both sides, as a dash is often typed. */
  private spacedHyphen(k: number): boolean {
    const t = this.tokens[k];
    return t !== undefined && t.text === '-' && k > 0 && this.tokens[k - 1]!.end < t.start && this.tokens[k + 1] !== undefined && t.end < this.tokens[k + 1]!.start;
  }

  /** When token k is inside an aside (", which rejected the plan,"), the index of the aside's closing comma. */
  asideEnd(k: number): number | undefined {
    return this.asides.find(([start, end]) => start < k && k < end)?.[1];
  }

  /** The agent of a passive verb: the actor after "by" ("dismissed by Russia"). */
  agentAfter(verb: number): Mention[] {
    // "mediated during the week by X": a time may stand between the verb and its agent, and so may an aside between
    // commas ("mediated, as the earlier rounds were, by X").
    const aside = this.lower(verb + 1) === ',' ? this.find(COMMA, verb + 2, 8) : undefined;
    const by = this.find(BY, verb + 1, 3) ?? this.agentAfterTime(verb) ?? (aside !== undefined && this.lower(aside + 1) === 'by' ? aside + 1 : undefined);
    if (by === undefined) return [];
    // "by the union": the article is no part of the agent's name.
    const first = this.actorsAt(by + 1);
    if (first.length === 0) {
      // "facilitated by retired Ontario judge X", "mediated by the technician of the DGERT Y": a description of the agent
      // before the name, perhaps set off by a comma ("chaired by the Chairman of the Wage Board, X").
      // ("presided over by the panel's head, Professor X": a title of the name's is read with it.)
      const titled = (m: Mention): number => {
        let start = m.tokenStart;
        while (start > by + 1 && (worldKnowledge().offices.honorifics.has(this.lower(start - 1)) || this.tokens[start - 1]!.text === 'Professor')) start--;
        return start;
      };
      const described = this.actors.find(
        (m) =>
          m.type === 'Person' &&
          m.via !== 'source' &&
          m.tokenStart > by + 1 &&
          m.tokenStart <= by + 12 &&
          this.tokens.slice(by + 1, titled(m)).every((t, n, all) => (t.text === ',' && n === all.length - 1 && n > 1) || (!/^(PUNCT|VERB|AUX|PRON)$/.test(t.pos) && (t.pos !== 'ADP' || /^(of|at|from)$/.test(t.lower)))),
      );
      return described === undefined ? [] : [described];
    }
    // "hosted by U.S. Secretary of State Ana Lind": the side qualifies the office holder, who is an agent too.
    if (first.every((m) => m.via === 'qualifier')) {
      const holder = this.actors.find((m) => m.type === 'Person' && m.office !== undefined && m.tokenStart > by + 1 && m.tokenStart <= by + 8 && !this.tokens.slice(by + 1, m.tokenStart).some((t) => t.pos === 'PUNCT' && t.text !== '.'));
      if (holder) first.push(holder);
    }
    // "mediated by Qatar and Egypt", "by Qatar, Egypt and the United States"
    return this.withListed(first);
  }

  /** The "by" of a passive's agent past a time after the verb ("mediated during the week by X"), or undefined. */
  private agentAfterTime(verb: number): number | undefined {
    if (!/^(during|over|on|in|last|this|earlier)$/.test(this.lower(verb + 1))) return undefined;
    const by = this.find(BY, verb + 1, 6);
    return by !== undefined && this.tokens.slice(verb + 1, by).every((t) => !/^(VERB|AUX|PUNCT)$/.test(t.pos)) ? by : undefined;
  }

  /** The actors that start at token k, or after a "the" at k: "Chile", "the union". */
  actorsAt(k: number): Mention[] {
    return this.actors.filter((m) => m.tokenStart === k || (m.tokenStart === k + 1 && this.lower(k) === 'the'));
  }

  /** `first` with the actors listed after them ("A, B and the C"), in order; none when `first` is empty. */
  withListed(first: readonly Mention[]): Mention[] {
    return first.length === 0 ? [] : [...first, ...this.listedAfter(Math.max(...first.map((m) => m.tokenEnd)))];
  }

  /** The actors listed after token `end` by "," and "and" ("…, Egypt and the United States"), in order. */
  listedAfter(end: number): Mention[] {
    const listed: Mention[] = [];
    for (;;) {
      let j = end;
      // "the Andean Community (CAN) group and …": the acronym in parentheses and the group noun name the same actor.
      if (this.lower(j) === '(' && this.lower(j + 2) === ')' && this.actors.some((m) => m.tokenStart === j + 1)) j += 3;
      if (/^(group|bloc|coalition)$/.test(this.lower(j))) j++;
      if (this.tokens[j]?.text !== ',' && this.lower(j) !== 'and') break;
      const commaAnd = this.tokens[j]?.text === ',' && this.lower(j + 1) === 'and';
      j++;
      if (this.lower(j) === 'and') j++;
      // "the mediation of Brazil and of the OAS".
      if (this.lower(j) === 'of') j++;
      if (this.lower(j) === 'the') j++;
      j = this.pastSidePossessive(j);
      const next = this.actors.filter((m) => m.tokenStart === j);
      if (next.length === 0) break;
      // ("turned down by the league, and the Players Union will appeal": a side after ", and" with its own verb opens
      // the next clause.)
      const nextEnd = Math.max(...next.map((m) => m.tokenEnd));
      if (commaAnd && /^(VERB|AUX)$/.test(this.tokens[nextEnd]?.pos ?? '')) break;
      listed.push(...next);
      end = next.reduce((max, m) => Math.max(max, m.tokenEnd), -Infinity);
    }
    return listed;
  }

  /** The token after a side's possessive at k when a person's name follows it ("Sweden's Tomas Berg"), else k. */
  pastSidePossessive(k: number): number {
    const side = this.actors.find((m) => m.type === 'Party' && m.tokenStart === k);
    if (side === undefined || !isPossessive(this.tokens[side.tokenEnd])) return k;
    return this.actors.some((m) => m.type === 'Person' && m.tokenStart === side.tokenEnd + 1) ? side.tokenEnd + 1 : k;
  }

  /** The token before mention `m`, past its article: "rejected (the) union's …" gives "rejected". */
  wordBefore(m: Mention): number {
    return this.lower(m.tokenStart - 1) === 'the' ? m.tokenStart - 2 : m.tokenStart - 1;
  }

  /** A verb of a clause at k: an auxiliary, or a verb not right after an article, a figure or an adjective ("a 7% raise" is a noun the tagger misread). */
  clauseVerbAt(k: number): boolean {
    const t = this.tokens[k];
    return t?.pos === 'AUX' || (t?.pos === 'VERB' && !/^(DET|NUM|SYM|ADJ)$/.test(this.tokens[k - 1]?.pos ?? ''));
  }

  /** True when the verb at `verb` is negated: "will not accept", "never agreed", "refuses to accept". */
  negated(verb: number): boolean {
    for (let k = verb - 1; k >= Math.max(0, verb - 3); k--) {
      const w = this.lower(k);
      // "without" negates only the word right after it: "a ceasefire without preconditions and called for …" is not.
      if ((isNegation(this.tokens[k]) && (w !== 'without' || k === verb - 1)) || w === 'cannot') return true;
      if (w === 'to' && /^(refuse|refused|refuses|refusing|declined|declines|decline|unwilling|reluctant|unable)$/.test(this.lower(this.beforeAside(k)))) return true;
    }
    // ("was not able to sign", "has not been able to accept": an ability denied.)
    if (this.lower(verb - 1) === 'to' && this.lower(verb - 2) === 'able' && [verb - 3, verb - 4].some((j) => isNegation(this.tokens[j]))) return true;
    // ("We never came here to sign away …": a purpose denied.)
    if (this.lower(verb - 1) === 'to') {
      const come = [verb - 2, verb - 3].find((j) => /^(come|came|go|went)$/.test(this.lower(j)));
      if (come !== undefined && isNegation(this.tokens[come - 1])) return true;
    }
    return false;
  }

  /** The token before k, past an aside set off by commas: "refusing, for now, to". */
  private beforeAside(k: number): number {
    let j = k - 1;
    if (this.lower(j) === ',') {
      const open = this.tokens.findLastIndex((t, n) => n < j && n >= j - 5 && t.text === ',');
      if (open > 0 && this.tokens.slice(open + 1, j).every((t) => /^(ADP|ADV|DET|NOUN|ADJ|NUM)$/.test(t.pos))) j = open - 1;
    }
    return j;
  }

  /**
   * True when the verb at `verb` is what a side failed to do: "failed to agree on a deal", "were unable to agree" state
   * no agreement. ("unable to accept the offer" turns it down: see negated.)
   */
  failedAt(verb: number): boolean {
    let k = verb - 1;
    if (this.lower(k) !== 'to') return false;
    k--;
    while (k > 0 && this.tokens[k]!.pos === 'ADV') k--;
    return this.lemma(k) === 'fail' || (this.lower(k) === 'unable' && this.lexiconEntryAt('agree', 'verbs', verb) !== undefined && this.lemma(verb) !== 'accept');
  }

  /** Article text from token `from` up to (not including) token `to`; across a list item's join, its two pieces. */
  text(from: number, to: number): string {
    const joint = this.sentence.joinedAt;
    if (joint !== undefined && from < joint && joint < to) return `${this.text(from, joint)} ${this.text(joint, to)}`;
    const first = this.tokens[from];
    const last = this.tokens[to - 1];
    if (!first || !last || to <= from) return '';
    return this.sentence.text.slice(first.start - this.sentence.start, last.end - this.sentence.start);
  }

  /** True when an actor starts at k (after an optional article) and a finite verb follows it: "the Chilean side agreed". */
  /** From k, a noun phrase (with "of" and names) of up to seven words, then an auxiliary or a verb in -s or -ed. */
  private newSubjectAfter(k: number): boolean {
    if (!/^(the|a|an|its|their|his|her)$/.test(this.lower(k))) return false;
    for (let j = k + 1; j < k + 8 && j < this.tokens.length; j++) {
      const t = this.tokens[j]!;
      // ("…, and the second round began": a past of its own form too.)
      if (t.pos === 'AUX' || (t.pos === 'VERB' && (/(ed|[^s]s)$/.test(t.lower) || (t.lower !== t.lemma && !/(ing|en|wn)$/.test(t.lower))))) return j > k + 1;
      if (!/^(NOUN|PROPN|ADJ|NUM)$/.test(t.pos) && t.lower !== 'of' && t.lower !== "'s") return false;
    }
    return false;
  }

  private startsClause(k: number): boolean {
    const start = this.lower(k) === 'the' ? k + 1 : k;
    const actor = this.actors.find((m) => m.tokenStart === start || m.tokenStart === k);
    if (actor) {
      // ("…, and the Peruvian government in turn insisted …": a phrase of sequence may stand before the verb.)
      const verb = this.tokens[SEQUENCE_PHRASES.test(`${this.lower(actor.tokenEnd)} ${this.lower(actor.tokenEnd + 1)}`) ? actor.tokenEnd + 2 : actor.tokenEnd];
      if (verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX') && /(ed|[^s]s|will|would|has|have|had|said|told)$/.test(verb.lower)) return true;
      // "with the Greens insisting on A and the Social Democrats pushing for B": a participle opens a clause too, unless
      // the actor before "and" makes a pair ("between Kosovo and Serbia using …").
      const pair = this.actors.some((m) => m.tokenEnd === k - 1);
      if (verb?.pos === 'VERB' && verb.lower.endsWith('ing') && this.lower(k - 1) === 'and' && !pair) return true;
    }
    // "…, Kenyan mediators said after …", "…, U.S. officials told reporters": a side's people reporting.
    const head = actor ? actor.tokenEnd : worldKnowledge().demonyms.has(this.lower(start)) ? start + 1 : undefined;
    if (head === undefined) return false;
    let j = head;
    while (j < head + 3 && this.tokens[j]?.pos === 'NOUN') j++;
    return j > head && this.tokens[j]?.pos === 'VERB' && isReportingVerb(this.tokens[j]);
  }

  /** Who a closing "…, Corvale said." or "…, said the union." after `from` names: the actors before or after its verb. */
  closingSpeakers(from: number): Mention[] {
    const comma = this.find(COMMA, from);
    if (comma === undefined) return [];
    // ('"…," said Chile.': past the closing quotation mark.)
    const verb = QUOTE_MARKS.has(this.tokens[comma + 1]?.text ?? '') ? comma + 2 : comma + 1;
    // "…, said the union.": the verb first, then who said it, to the sentence's end.
    const after = this.actors.filter((m) => (m.tokenStart === verb + 1 || (m.tokenStart === verb + 2 && this.lower(verb + 1) === 'the')) && /^[.,!]?$/.test(this.tokens[m.tokenEnd]?.text ?? ''));
    if (isReportingVerb(this.tokens[verb]) && after.length > 0) return after;
    if (!this.closingAttribution(verb)) return [];
    return this.subjectOf(this.tokens.findIndex((t, j) => j > comma && isReportingVerb(t) && t.pos === 'VERB'));
  }

  /**
   * True when tokens from k are a closing "X said." of at most seven words (six before a comma), or a speaker named by capitalised words
   * (an office and a name) and a reporting verb: ", Foreign Minister Ana Silva said on Tuesday".
   */
  private closingAttribution(k: number): boolean {
    for (let j = k; j < Math.min(this.tokens.length, k + 14); j++) {
      if (isReportingVerb(this.tokens[j]) && this.tokens[j]!.pos === 'VERB') {
        const after = this.tokens[j + 1];
        // (", club president Ana Ruiz told reporters in Lisbon.": a person named after words of office, in lower case
        // too, and whom and where the words were told, to the sentence's end.)
        // (", Saudi and American mediators said": names joined by "and".)
        // (", the Kestrel Guild of Fitters (KGF) said": with the short name in brackets.)
        const short = this.tokens[j - 1]?.text === ')' && this.tokens[j - 3]?.text === '(' ? j - 3 : j;
        const named = j > k && this.tokens.slice(k, short).every((t) => /^\p{Lu}/u.test(t.text) || (t.text === t.lower && /^(NOUN|ADJ)$/.test(t.pos)) || /^(and|of|the)$/.test(t.lower)) && this.actors.some((m) => m.tokenEnd === short && (m.type === 'Person' || /^\p{Lu}/u.test(this.tokens[k]!.text) || this.lower(k) === 'the'));
        // (", … told our correspondent, dismissing the demand.": whom it was told, then a comment after a comma.)
        const comma = this.tokens.findIndex((t, n) => n > j && t.text === ',');
        const whomEnd = comma > 0 && this.lower(comma + 1).endsWith('ing') ? comma : this.tokens.length;
        const toldWhom = j + 1 < whomEnd && whomEnd - j <= 7 && this.tokens.slice(j + 1, whomEnd).every((t) => (/^(NOUN|PROPN|ADP|DET|NUM|PUNCT)$/.test(t.pos) || /^(our|their|his|her)$/.test(t.lower)) && !/^[,;:]$/.test(t.text));
        // "…, trade officials from both countries said, ending …": a comment may follow the attribution.
        // ("…, mediators Qatar and Egypt said on Wednesday.": a time may end the sentence after the verb.)
        // (", said Ana Ruiz, president of …", ", said the union": the speaker after the verb, whatever follows.)
        const inverted = j === k && this.actors.some((m) => m.tokenStart === (this.lower(j + 1) === 'the' ? j + 2 : j + 1) && m.type !== 'Place');
        return after === undefined || /^[.!?"”]$/.test(after.text) || (after.text === ',' && j - k <= 6) || named || toldWhom || inverted || this.onlyTimes(j + 1, this.tokens.length);
      }
      if (/^[,.;:]$/.test(this.tokens[j]!.text)) return false;
    }
    return false;
  }

  /** Tokens from `from` to `to` say only when: "", "a few days later", "on Monday", "late on Friday.", "last week". */
  onlyTimes(from: number, to: number): boolean {
    const times = lexicon().timeWords;
    for (let k = from; k < to; k++) {
      const t = this.tokens[k]!;
      // ("refused this at every session", "throughout the talks": when, in the talks' own terms.)
      if (!(times.has(t.lower) || t.pos === 'NUM' || ONLY_TIMES.test(t.lower))) return false;
    }
    return true;
  }

  /** "a single regional quota (SRQ) of 80,000 tonnes": a parenthesis around the acronym of the words before it. */
  private isAcronymParenthesis(k: number): boolean {
    const open = this.tokens[k]!.text === '(' ? k : this.tokens[k]!.text === ')' ? k - 2 : -1;
    return open > 0 && this.tokens[open]?.text === '(' && this.tokens[open + 2]?.text === ')' && /^\p{Lu}{2,8}s?$/u.test(this.tokens[open + 1]?.text ?? '');
  }

  /** "401(k)", "member(s)": a parenthesis written inside a word, with no space before it, closes within the word. */
  private isWordParenthesis(k: number): boolean {
    const t = this.tokens[k]!;
    const open = t.text === '(' ? k : t.text === ')' ? this.tokens.findLastIndex((x, j) => j < k && j >= k - 3 && x.text === '(') : -1;
    if (open <= 0 || this.tokens[open - 1]!.end !== this.tokens[open]!.start) return false;
    return this.tokens.slice(open + 1, open + 4).some((x) => x.text === ')');
  }

  /** From k, a subject of up to four words and a finite verb: "the two carriers agreed", "talks collapsed". */
  private subordinateClauseAt(k: number): boolean {
    for (let j = k + 1; j <= k + 4 && j < this.tokens.length; j++) {
      const t = this.tokens[j]!;
      if (/^(VERB|AUX)$/.test(t.pos)) return !t.lower.endsWith('ing') && /^(NOUN|PROPN|PRON)$/.test(this.tokens[j - 1]!.pos);
      if (!/^(DET|NUM|ADJ|NOUN|PROPN|PRON)$/.test(t.pos)) return false;
    }
    return false;
  }

  /** Index of the first token at or after `from` where the clause ends. */
  /** Where the sides listed right before token k begin ("told Chile and Peru that": at "Chile"); k when none end there. */
  private listStartBefore(k: number): number {
    let start = k;
    for (;;) {
      const item = this.actors.find((m) => m.tokenEnd === start || (m.tokenEnd === start - 1 && /^(and|,)$/.test(this.lower(start - 1))));
      if (item === undefined || item.tokenStart >= start) return start;
      start = this.lower(item.tokenStart - 1) === 'the' ? item.tokenStart - 1 : item.tokenStart;
    }
  }

  clauseEnd(from: number): number {
    let subordinate = false;
    // '"We will not sign a contract that freezes this port," X said': a clause inside a quotation ends with it.
    let quoted = false;
    for (let k = 0; k < from; k++) if (QUOTE_MARKS.has(this.tokens[k]!.text)) quoted = !quoted;
    // "After accepting the clause, Chile asked for …", "When Chile and Peru agreed on a quota, prices fell": a clause that
    // opens the sentence ends at its comma.
    const frontedComma = this.frontedClause()?.comma ?? this.openingClauseComma();
    for (let k = from; k < this.tokens.length; k++) {
      const t = this.tokens[k]!;
      if (k === frontedComma) return k;
      if (quoted && k > from && QUOTE_MARKS.has(t.text)) return this.lower(k - 1) === ',' ? k - 1 : k;
      // "approved the merger of A and B after the two carriers agreed to …": "after" or "because" before a subject and
      // its finite verb opens a clause of its own ("until", "before", "once" set conditions that belong to the stance).
      if (k > from + 1 && /^(after|because)$/.test(t.lower) && this.subordinateClauseAt(k + 1)) return k;
      // A pair of dashes encloses an aside ("the four regions—A, B and C—as well as …"): read on past it.
      if ((t.text === '—' || t.text === '–') && k > from) {
        const close = this.tokens.findIndex((x, j) => j > k && (x.text === '—' || x.text === '–'));
        if (close > 0) {
          k = close;
          continue;
        }
      }
      // "… to SEK 362 - board now recommends": a hyphen standing alone, as headlines write a dash, ends the clause,
      // unless a second one closes an aside ("a new policy - 26 weeks for mothers - and …").
      if (this.spacedHyphen(k) && k > from) {
        const close = this.tokens.findIndex((_, j) => j > k + 1 && j <= k + 20 && this.spacedHyphen(j));
        // (Not when a clause follows the aside: "a lease - it would pay rent - and the assembly turned that down".)
        const after = close + 1;
        if (close < 0 || /^(which|who|whom|whose|where|when|while|but)$/.test(this.lower(after)) || (this.lower(after) === 'and' && this.tokens[after + 1]?.pos !== 'ADP')) return k;
        k = close;
        continue;
      }
      // ("demanded that its lawyers, who deny any charge, be released": a relative clause set off inside the clause.)
      const relativeClose = k > from ? this.relativeBeforeVerb(k) : undefined;
      if (relativeClose !== undefined) {
        k = relativeClose;
        continue;
      }
      if ((HARD_BOUNDARIES.has(t.text) && !this.isWordParenthesis(k) && !this.isAcronymParenthesis(k) && !this.colonAfterAsFollows(k)) || t.text === '.' || t.text === '?' || t.text === '!') return k;
      if (SUBORDINATORS.test(t.lower)) subordinate = true;
      // "the proposal for a phased deal was presented": the object ends where a new predicate starts.
      // ("a ceasefire from 1 May": the month in capitals is no modal.)
      // ("what school officials had billed as …": a free relative holds its own subject and verb.)
      // ("a plan to ban night trawling did not …": so does one after a gerund that ends the object.)
      const before = this.tokens[k - 1]!;
      if (!subordinate && k > from && FINITE_AUXILIARIES.test(t.lower) && t.text !== 'May' && (/^(NOUN|PROPN|PRON|NUM)$/.test(before.pos) || (before.pos === 'VERB' && before.lower.endsWith('ing') && k > from + 1)) && this.lower(from) !== 'what') return k;
      // "… and called for …", "… and insists on …", "… and that any deal must …": a second clause, not a second object.
      // "… and earlier pledged …": an adverb may stand before the second verb.
      const second = this.tokens[k + 1]?.pos === 'ADV' ? k + 2 : k + 1;
      if (t.lower === 'and' && k > from && !this.joinsParticiples(k) && (this.lower(k + 1) === 'that' || (this.tokens[second]?.pos === 'VERB' && (/(ed|[^s]s)$/.test(this.lower(second)) || (isReportingVerb(this.tokens[second]) && this.lower(second) !== this.lemma(second))) && !this.participleItem(from, second) && !this.modifiesNounAfter(k, second)))) return k;
      // "asked for 900 tonnes and it got 700": a personal pronoun and its verb after "and" are a clause of
      // their own; so are "there" and its verb ("…, and there were gains in …").
      if (/^(and|but)$/.test(t.lower) && k > from && /^(i|we|they|he|she|it|you|there)$/.test(this.lower(k + 1)) && /^(VERB|AUX)$/.test(this.tokens[k + 2]?.pos ?? '')) return k;
      // "… and would require …": a modal after "and" opens a second predicate of the same subject, and so does an
      // auxiliary with its verb ("… and is pressing Mexico to …").
      if (t.lower === 'and' && k > from && MODALS.test(this.lower(k + 1)) && this.tokens[k + 1]!.text !== 'May') return k;
      // 'rejected our proposal [and] refused to …': a conjunction an editor inserted in brackets joins as one written.
      if (t.text === '[' && k > from && /^(and|but)$/.test(this.lower(k + 1)) && this.lower(k + 2) === ']' && this.tokens[k + 3]?.pos === 'VERB') return k;
      // "…, and the board of Nyberg has decided …": after a comma, "and", a noun phrase and its finite verb are a second
      // clause.
      if (t.lower === 'and' && k > from + 1 && this.lower(k - 1) === ',' && this.newSubjectAfter(k + 1)) return k - 1;
      // "…, and put forward a counter-offer": after a comma, a verb of any form opens a second predicate.
      if (t.lower === 'and' && k > from + 1 && this.lower(k - 1) === ',' && this.tokens[second]?.pos === 'VERB' && !this.lower(second).endsWith('ing') && !this.modifiesNounAfter(k, second)) return k - 1;
      if (t.lower === 'and' && k > from && this.tokens[k + 1]?.pos === 'AUX' && this.tokens[k + 2]?.pos === 'VERB' && /(ing|ed|en)$/.test(this.lower(k + 2))) return k;
      // "… a fishing accord and was ready to …": a finite "be" or "have" after "and" is the subject's next predicate.
      if (t.lower === 'and' && k > from && !subordinate && /^(was|were|is|are|has|had)$/.test(this.lower(k + 1)) && /^(ADJ|ADV|VERB|DET)$/.test(this.tokens[k + 2]?.pos ?? '')) return k;
      // ("… and has for weeks declined to …": so is one whose participle follows a time.)
      if (t.lower === 'and' && k > from && !subordinate && /^(has|had|have)$/.test(this.lower(k + 1)) && this.lower(k + 2) === 'for') {
        const participle = this.tokens.findIndex((x, j) => j > k + 2 && j <= k + 6 && x.pos === 'VERB');
        if (participle > 0 && /(ed|en)$/.test(this.lower(participle)) && this.tokens.slice(k + 3, participle).every((x) => /^(DET|NUM|NOUN|ADJ)$/.test(x.pos))) return k;
      }
      // "…, extending a five-week strike", "…, averting a walkout": what the stance led to is no part of its object.
      if (t.text === ',' && /^(extending|prolonging|ending|halting|deepening|sparking|triggering|averting|paving)$/.test(this.lower(k + 1))) return k;
      // "…, up from 25%", "…, compared with 80%": what the figure is set against is no part of the object.
      if (t.text === ',' && /^(up|down)$/.test(this.lower(k + 1)) && this.lower(k + 2) === 'from') return k;
      if (t.text === ',' && /^(compared|against|versus)$/.test(this.lower(k + 1))) return k;
      // "…, one of its central demands": an apposition that says what the object is to its holder.
      if (t.text === ',' && this.lower(k + 1) === 'one' && this.lower(k + 2) === 'of') return k;
      // "… public facilities saying that these allegations are …": a participle of saying opens the speaker's own clause.
      if (k > from && this.tokens[k]!.pos === 'VERB' && t.lower.endsWith('ing') && isReportingVerb(t) && this.lower(k + 1) === 'that') return k;
      // "…, something the union had called its red line": a comment on what was said before, no item of it.
      if (t.text === ',' && /^(something|a move|a step|an outcome|a concession|a demand|a condition)$/.test(this.lower(k + 1) === 'a' || this.lower(k + 1) === 'an' ? `${this.lower(k + 1)} ${this.lower(k + 2)}` : this.lower(k + 1))) return k;
      // "…, well short of the 40% first asked for": a comparison after a comma judges the object, it adds no item.
      if (t.text === ',' && this.tokens[k + 1]?.pos === 'ADV' && /^(short|above|below|less|more|higher|lower|up|down|ahead|behind)$/.test(this.lower(k + 2))) return k;
      // "…, in a deal brokered by Brazil", "…, in a move that …": the deal or step the object belongs to is said after
      // it, not part of it.
      if (t.text === ',' && /^(in|under|as)$/.test(this.lower(k + 1)) && /^(a|an|the)$/.test(this.lower(k + 2)) && (this.lexiconEntryAt('deal', 'nouns', k + 3) !== undefined || /^(move|step)$/.test(this.lower(k + 3)))) return k;
      // "…, in line with its historical share": what the figure follows is no part of it.
      if (t.text === ',' && this.lower(k + 1) === 'in' && this.lower(k + 2) === 'line' && this.lower(k + 3) === 'with') return k;
      // "agreed to a truce in talks with Mali": where the object was agreed is no part of it (not "to take part in talks").
      if (k > from && /^(in|at|during)$/.test(t.lower) && this.tokens[k - 1]?.pos === 'NOUN' && /^(talks|negotiations)$/.test(this.lower(this.lower(k + 1) === 'the' ? k + 2 : k + 1))) return k;
      // "accepted the plan on condition that Chile pays": the condition set is no part of what is accepted.
      if (k > from && /^(on|upon)$/.test(t.lower) && (this.lower(k + 1) === 'condition' || (this.lower(k + 1) === 'the' && this.lower(k + 2) === 'condition'))) return k;
      // "change its practices or face a fine": the threat is no second item of the demand.
      if (t.lower === 'or' && k > from && /^(face|risk)$/.test(this.lower(k + 1))) return k;
      // "…, and the Congolese government agreed to …": a new subject and its verb start a second clause.
      if (t.lower === 'and' && k > from && this.startsClause(k + 1)) return k;
      // "turned it down, and union secretary X, who led …, insisted": a person named with an office after
      // a comma and "and" opens a clause of their own.
      if (t.lower === 'and' && k > from + 1 && this.lower(k - 1) === ',' && this.actors.some((m) => m.type === 'Person' && m.office !== undefined && m.tokenStart > k && m.tokenStart <= k + 4 && m.tokenEnd - m.tokenStart >= 2 && this.tokens.slice(k + 1, m.tokenStart).every((x) => /^(DET|ADJ|NOUN|PROPN)$/.test(x.pos)))) return k;
      const manner = k > from ? this.mannerAsideEnd(k) : undefined;
      if (manner !== undefined) {
        k = manner;
        continue;
      }
      // ("demanded that Algeria, which mediated the accord, convene new talks": a relative clause on the name that opens
      // the object is read past.)
      const aside = this.actors.some((m) => m.tokenEnd === k && m.tokenStart <= from + 1) ? this.relativeAsideEnd(k) : undefined;
      if (aside !== undefined) {
        k = aside;
        continue;
      }
      if (t.text === ',') {
        const next = this.lower(k + 1);
        // ", al-Tarvi said": the speaker's clause, not an item of the object.
        if (this.startsClause(k + 1) || this.closingAttribution(k + 1)) return k;
        // '…," said the negotiator': the quotation ends, and its speaker follows.
        if (/^["”]$/.test(this.tokens[k + 1]?.text ?? '') && isReportingVerb(this.tokens[k + 2]) && this.tokens[k + 2]?.pos === 'VERB') return k;
        // ", seen by the other side as …": a participle clause describes the object, it adds no item. (", mediated by
        // Qatar": the tagger may read the participle as an adjective.)
        if (/^(VERB|ADJ)$/.test(this.tokens[k + 1]?.pos ?? '') && /(ed|en)$/.test(next) && /^(by|in|under|at|into)$/.test(this.lower(k + 2))) return k;
        if (/^(which|who|whom|whose|while|whereas|but|although|though|because|since|when|where|after|before|amid|despite|according|saying|adding|noting|citing|marking|reflecting|describing|calling|arguing|claiming|warning|provided|providing|he|she|they|it|we)$/.test(next)) return k;
        // "rejected the plan, with Bayline countering by offering …": "with", a side and a participle open a clause of
        // their own.
        if (next === 'with') {
          const side = this.actors.find((m) => m.tokenStart === k + 2 || (m.tokenStart === k + 3 && this.lower(k + 2) === 'the'));
          if (side !== undefined && this.tokens[side.tokenEnd]?.pos === 'VERB' && this.lower(side.tokenEnd).endsWith('ing')) return k;
        }
        // "…, as a compromise of her own", "…, as the union had asked": in what capacity, or as whom, is no item.
        if (next === 'as' && this.lower(k + 2) !== 'well' && /^(DET|PRON|PROPN)$/.test(this.tokens[k + 2]?.pos ?? '')) return k;
        // ", laying out a timetable …": a participle clause after a comma comments on the object, it is no item of it.
        // (", clearing the way for …": before its object's article, whatever the tagger made of it.)
        // (", offering instead a …": an adverb may come first.)
        const objectAt = this.tokens[k + 2]?.pos === 'ADV' ? k + 3 : k + 2;
        const participle = this.tokens[k + 1]?.pos === 'VERB' || (this.tokens[k + 1]?.pos === 'NOUN' && /^(DET|PRON|NUM|ADJ)$/.test(this.tokens[objectAt]?.pos ?? ''));
        if (participle && next.endsWith('ing') && !this.isListComma(k)) return k;
        if (next === 'a' || next === 'an' || next === 'the') {
          // ", the largest such deal": an appositive afterthought, not a new item.
          if (!this.isListComma(k)) return k;
        }
      }
      // ("the so-called night discount": "so" joined to a word by a hyphen opens no clause.)
      const joined = t.lower === 'so' && this.tokens[k + 1]?.text === '-' && t.end === this.tokens[k + 1]!.start;
      if (t.lower === 'but' || t.lower === 'because' || (t.lower === 'so' && !joined) || t.lower === 'while' || t.lower === 'whereas') return k;
      // "… offer as strike threat grows": "as" that opens a clause with its own subject and verb.
      if (t.lower === 'as' && k > from && this.opensClauseAfter(k + 1)) return k;
    }
    return this.tokens.length;
  }

  /**
   * "a gradual, safe(,) and supervised withdrawal": a participle after "and" at `verb` that stands between an
   * adjective before the conjunction at `and` and a noun is one more modifier of that noun, no second predicate.
   */
  modifiesNounAfter(and: number, verb: number): boolean {
    const adjective = this.lower(and - 1) === ',' ? and - 2 : and - 1;
    const noun = this.tokens[verb + 1];
    // (An adjective inside a noun phrase, after an article or another modifier: not "criticised it as unserious and
    // reiterated support".)
    const inPhrase = /^(DET|ADJ)$/.test(this.tokens[adjective - 1]?.pos ?? '') || this.lower(adjective - 1) === ',';
    return this.tokens[adjective]?.pos === 'ADJ' && inPhrase && isPastParticiple(this.tokens[verb]) && noun?.pos === 'NOUN' && noun.text === noun.lower;
  }

  /** "how the dam will be filled and operated": the "and" at k joins a second participle to one after "be". */
  joinsParticiples(k: number): boolean {
    return isPastParticiple(this.tokens[k - 1]) && this.lemma(k - 2) === 'be' && isPastParticiple(this.tokens[k + 1]);
  }

  /** A noun phrase from k, then a finite verb: "strike threat grows", "the talks resumed". */
  private opensClauseAfter(k: number): boolean {
    let j = k;
    while (j < this.tokens.length && j - k < 5 && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(this.tokens[j]!.pos)) j++;
    const verb = this.tokens[j];
    return j > k && this.tokens[j - 1]!.pos !== 'DET' && verb !== undefined && (verb.pos === 'AUX' || (verb.pos === 'VERB' && /(s|ed)$/.test(verb.lower)));
  }

  /** A comma that separates items of a list of conditions (followed later by "and"/"as well as" + another item). */
  isListComma(k: number): boolean {
    for (let j = k + 1; j < this.tokens.length; j++) {
      const w = this.lower(j);
      if (w === '.' || w === ';' || w === ':') return false;
      if (w === 'and' || (w === 'as' && this.lower(j + 1) === 'well')) return true;
    }
    return false;
  }
}

/**
 * ", who leads the delegation,", ", which Kiev rejected,", ", led by X,", ", speaking from Y,", and an opening
 * "According to X," or "Speaking in Y,": ranges of tokens (comma to comma) that a subject search jumps over.
 */
function findAsides(tokens: readonly Token[]): [number, number][] {
  const ranges: [number, number][] = [];
  const opener = tokens[0]?.lower ?? '';
  if (opener === 'according' || (tokens[0]?.pos === 'VERB' && opener.endsWith('ing'))) {
    const close = tokens.findIndex((t) => t.text === ',');
    if (close > 0) ranges.push([-1, close]);
  }
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.text !== ',') continue;
    const next = tokens[k + 1]?.lower ?? '';
    // "Ana Ruiz, 41, a lawyer from Tena, heads …": a person's age after the name is an aside, and an apposition may follow it.
    const aged = (n: number): boolean => tokens[n]?.text === ',' && isAge(tokens[n + 1]) && tokens[n + 2]?.text === ',' && tokens[n - 1]?.pos === 'PROPN';
    if (aged(k)) {
      ranges.push([k, k + 2]);
      continue;
    }
    // "Halvorsen, the discounter that runs stores in Chile, Peru and Bolivia, has offered …": an apposition after
    // a name closes at the comma before the sentence's verb, whatever commas it holds.
    // (Its words are common nouns: "the Hamburg-based retailer" but not "the Tarvo Liberation Army".)
    const common = /^\p{Ll}/u.test(tokens[k + 2]?.text ?? '') || tokens[k + 3]?.text === '-';
    // ("Tom Vale, national security adviser to …, led": an office in apposition may go without its article.)
    const bare = /^(ADJ|NOUN)$/.test(tokens[k + 1]?.pos ?? '') && /^\p{Ll}/u.test(tokens[k + 1]!.text);
    // ("In Lima, a ministry spokesman, X, said": a place the sentence opens in takes no apposition.)
    const openingPlace = /^(in|at|from)$/.test(tokens[0]?.lower ?? '') && tokens.slice(1, k).every((t) => t.pos === 'PROPN' || t.pos === 'DET');
    // ("Chile and the Sarno Valley Front (SVF), a militia based in the hills, have agreed": a name's acronym in brackets
    // may stand before the apposition.)
    const named = tokens[k - 1]?.pos === 'PROPN' || (tokens[k - 1]?.text === ')' && tokens[k - 3]?.text === '(' && tokens[k - 4]?.pos === 'PROPN') || aged(k - 2);
    if (((/^(the|a|an)$/.test(next) && common) || bare) && named && !openingPlace) {
      const close = tokens.findIndex((t, j) => j > k + 2 && j <= k + 25 && t.text === ',' && /^(AUX|VERB)$/.test(tokens[j + 1]?.pos ?? '') && !tokens[j + 1]!.lower.endsWith('ing'));
      if (close > 0) ranges.push([k, close]);
      continue;
    }
    // "Peru, having proposed four years, moved to five", "Chile, after rejecting the plan, walked out": a participle
    // clause after a name closes at the comma before the name's verb.
    const participle = next === 'having' || (FRONTED_GERUND_OPENERS.test(next) && (tokens[k + 2]?.lower.endsWith('ing') ?? false));
    if (participle && tokens[k - 1]?.pos === 'PROPN') {
      const close = tokens.findIndex((t, j) => j > k + 2 && j <= k + 25 && t.text === ',' && /^(AUX|VERB)$/.test(tokens[j + 1]?.pos ?? '') && !tokens[j + 1]!.lower.endsWith('ing'));
      if (close > 0) ranges.push([k, close]);
      continue;
    }
    // ("The meeting, convened by Norway, ended …": so does a participle with its agent.)
    const byAgent = tokens[k + 1]?.pos === 'VERB' && next.endsWith('ed') && tokens[k + 2]?.lower === 'by';
    if (!byAgent && !/^(who|which|whose|led|headed|speaking|in|citing|according|accompanied|flanked|chaired|represented|including)$/.test(next)) continue;
    // "Western nations, including the U.S., France and the UK, criticized": the aside ends at the comma before the verb.
    const verb = next === 'including' ? tokens.findIndex((t, j) => j > k + 1 && t.pos === 'VERB') : -1;
    // "…, including Japan, was rejected": the last comma before the verb and its auxiliaries.
    const close = next === 'including' && verb > 0 ? tokens.findLastIndex((t, j) => j > k + 1 && j < verb && t.text === ',') : tokens.findIndex((t, j) => j > k + 1 && t.text === ',');
    if (close < 0 || tokens[close]?.text !== ',') continue;
    // ("the Kingdom of Norway, for Svalbard - agreed to set up, …": an aside between commas closes before
    // a dash that closes an aside of its own.)
    if (tokens.slice(k + 1, close).some((t, n) => /^[—–-]$/.test(t.text) && !(glued(tokens, k + n, k + n + 1) && glued(tokens, k + n + 1, k + n + 2)))) continue;
    ranges.push([k, close]);
  }
  // "Andean countries—Chile, Peru and Bolivia—have concluded": a pair of dashes encloses an aside.
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.text !== '—' && tokens[k]!.text !== '–') continue;
    const close = tokens.findIndex((t, j) => j > k && t.text === tokens[k]!.text);
    if (close < 0) break;
    ranges.push([k, close]);
    k = close;
  }
  return ranges;
}

/** Nouns of the talks a body is sent to, and the prepositions before them: "the delegation to the talks" (see talksComplementStart). */
const TALKS_COMPLEMENT_NOUNS = /^(talks|negotiations|meeting|meetings|summit|round|conference|dialogue|session|sessions)$/;
const TALKS_COMPLEMENT_PREPOSITIONS = /^(to|at|in|for)$/;
/** The people at a table, all sides together: "negotiators had agreed". */
const TABLE_NOUNS = /^(negotiators|delegates|delegations|mediators|diplomats)$/;

/** Words of when, besides the names of days and months, and the punctuation around them. */
const ONLY_TIMES = /^(a|few|several|days?|weeks?|weekend|months?|years?|hours?|minutes?|within|later|earlier|ago|then|again|on|in|at|every|each|throughout|session|sessions|meeting|meetings|round|rounds|talks|last|next|this|that|the|same|day|night|morning|afternoon|evening|late|early|immediately|outright|flatly|not|and|or|now|ever|\.|,|!|\?)$/;
