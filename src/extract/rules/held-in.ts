// Rules for `heldIn`: the round of talks the article reports and the city or venue where it took place.
import type { Mention } from '../../types.js';
import type { ExtractionRule, RuleMatch } from '../rule.js';
import { TIME_ONLY, isAttributiveParticiple } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';
import { nameKey, worldKnowledge } from '../../nlp/world-knowledge.js';
import { CITY_QUARTERS, TALKS_NOUNS, TALKS_WORDS, VENUE_HEADS, WITHIN_VENUE, isTalksWord } from '../../nlp/find-mentions.js';
import { ordinalWords } from '../../nlp/number-words.js';
import { lexicon } from '../../nlp/lexicon.js';

/** Institutions whose buildings host talks: "a session at Kestrel Community College", "a round at the Federal Parliament". */
const HOSTING_INSTITUTIONS = /\b(college|university|school|institute|academy|hospital|museum|library|assembly|parliament|congress|senate)$/i;

/** "talks held in Muscat", "the delegations met at Gulustan Palace", "the meeting took place at X in Y". */
const talksPlace: ExtractionRule = {
  name: 'heldIn.talks-place',
  predicate: 'heldIn',
  match(view: SentenceView, context) {
    if (!context.talks) return [];
    const results: RuleMatch[] = [];
    // "signed in Qatar": a state after a preposition of place is where the talks were held.
    const states = worldKnowledge().states;
    // "at Kestrel Community College": an institution's name after "at" is the building the talks were held in.
    const institution = (m: Mention): boolean => m.type === 'Party' && HOSTING_INSTITUTIONS.test(m.canonical) && view.lower(m.tokenStart - (view.lower(m.tokenStart - 1) === 'the' ? 2 : 1)) === 'at';
    // "met at the Ministry of Trade": a state's ministry after "at" is the building, not the state.
    // ("Ana Ruiz, an undersecretary at the Ministry of Labour": where someone works, after the office they hold, is no venue.)
    const ministry = (m: Mention): boolean => {
      const at = m.tokenStart - (view.lower(m.tokenStart - 1) === 'the' ? 2 : 1);
      return m.type === 'Party' && /^(?:the )?(?:Ministry|Department) of \p{Lu}/u.test(m.text) && /^(at|in)$/.test(view.lower(at)) && !worldKnowledge().offices.heads.has(view.lower(at - 1));
    };
    // "in the centre of Santiago": a capital read as its state's side names the city, in a part of it.
    // ("in the town hall of Lima": a building of it, in lower case.)
    const cityPart = (m: Mention): boolean => m.via === 'capital' && view.lower(m.tokenStart - 1) === 'of' && (CITY_PARTS.test(view.lower(m.tokenStart - 2)) || VENUE_HEADS.has(view.tokens[m.tokenStart - 2]?.text ?? ''));
    const places = [...view.sentence.mentions, ...seatsOfBodies(view), ...namesAfterTalks(view)]
      // ("at the defence ministry": a ministry named by what it does is in the state, no place of it.)
      .filter((m) => m.type === 'Place' || institution(m) || ministry(m) || cityPart(m) || (m.type === 'Party' && states.has(m.canonical) && /^(in|at)$/.test(view.lower(m.tokenStart - 1)) && !/\b(?:ministry|department)$/i.test(m.text)))
      .filter((m, _, all) => !(m.type === 'Party' && !ministry(m) && all.some((o) => o !== m && ministry(o) && o.tokenStart <= m.tokenStart && m.tokenEnd <= o.tokenEnd)))
      .map((m): Mention => (m.type === 'Place' ? m : cityPart(m) ? { ...m, type: 'Place', canonical: view.text(m.tokenStart, m.tokenEnd), via: 'gazetteer' } : institution(m) ? { ...m, type: 'Place', via: 'venue', party: undefined } : ministry(m) ? { ...m, type: 'Place', canonical: m.text.replace(/^the /, ''), via: 'venue' } : { ...m, type: 'Place', via: 'state' }));
    const talksAt = (place: Mention): RuleMatch => ({
      subject: { ...place, type: 'Talks', text: context.talks!, canonical: context.talks!, via: 'talks' },
      object: { kind: 'entity', mention: place },
      confidence: 0.8,
    });
    // "outside the Upper Hill Conference Centre in Nairobi, where the talks were held": a relative clause of place after
    // the venue and its city.
    const where = view.find(/^where$/, 0);
    const heldWhere = where !== undefined && view.lower(where - 1) === ',' && view.find(TALKS_WORDS, where + 1, 4) !== undefined && !OTHER_ROUND.test(view.lower(where + 1));
    for (const place of places) {
      if (heldWhere && place.tokenEnd <= where - 1 && place.tokenStart >= where - 14 && (place.tokenEnd === where - 1 || places.some((p) => p.tokenEnd === where - 1 && p.tokenStart > place.tokenEnd && p.tokenStart - place.tokenEnd <= 2))) {
        results.push(talksAt(place));
        continue;
      }
      // "the Rotterdam talks", "the Lisbon meeting": a place naming the round it hosts.
      if (TALKS_NOUNS.test(view.lemma(place.tokenEnd)) && view.lower(place.tokenStart - 1) === 'the' && !OTHER_ROUND.test(view.lower(place.tokenStart - 2))) {
        // "… would only negotiate in the Arica talks" in an article on talks in Lima: other talks.
        const otherVenue = !context.talks.includes('–') && context.talks !== `${place.canonical} talks`;
        if (!otherVenue) results.push(talksAt(place));
        continue;
      }
      // "at the historic Gulustan Palace": the preposition may stand a few words before the name.
      let p = place.tokenStart - 1;
      // "in the coastal resort of X", "in the Colombian city of Cartagena": the preposition stands before the words
      // that introduce the place.
      // "in the building of the Maritime Office", "at the headquarters of the IMF".
      // ("in the centre of Santiago": so does a part of a city.)
      // ("in the town hall of Bambamarca": so does a building in lower case.)
      if (place.via === 'introduced' || (view.lower(p) === 'of' && (/^(city|town|port|capital|resort|village|island)$/.test(view.lower(p - 1)) || CITY_PARTS.test(view.lower(p - 1)) || VENUE_HEADS.has(view.tokens[p - 1]?.text ?? '')))) p -= 2;
      else if (view.lower(p) === 'the' && view.lower(p - 1) === 'of' && WITHIN_VENUE.test(view.lower(p - 2))) p -= 4;
      // ("in Gabon's capital Libreville", "in Chile's capital, Santiago": so does the state that owns the place.)
      else {
        const noun = view.lower(p) === ',' ? p - 1 : p;
        if (/^(city|town|port|capital)$/.test(view.lower(noun)) && /^['’]s$/.test(view.lower(noun - 1))) p = noun - 3;
      }
      // "in the North Peruvian coastal resort of X": a demonym, with its compass word, qualifies the place too.
      const { demonyms } = worldKnowledge();
      const qualifier = (k: number): boolean => {
        const t = view.tokens[k];
        if (!t) return false;
        if (t.pos === 'ADJ' || t.pos === 'DET' || (t.pos === 'NOUN' && !/^\p{Lu}/u.test(t.text)) || CITY_QUARTERS.test(t.lower)) return true;
        const pairs = [`${view.lower(k - 1)} ${t.lower}`, `${t.lower} ${view.lower(k + 1)}`];
        return demonyms.has(t.lower) || pairs.some((pair) => demonyms.has(pair)) || (/^(north|south|east|west)$/.test(t.lower) && demonyms.has(view.lower(k + 1)));
      };
      while (p > place.tokenStart - (place.via === 'introduced' ? 9 : 6) && qualifier(p)) p--;
      const preposition = view.lower(p);
      // "Good morning from Varden", "Live from Quito, where the negotiators meet": where a live report on the talks
      // greets its readers from.
      if (preposition === 'from' && LIVE_GREETING.test(view.text(0, p).toLowerCase())) {
        results.push(talksAt(place));
        continue;
      }
      const possessive = view.lower(place.tokenStart - 1) === "'s" ? view.lower(place.tokenStart - 2) : undefined;
      // "moved the talks to Varden Hall": where the talks were moved to is where they were held.
      const movedTo = preposition === 'to' && [1, 2, 3, 4].some((n) => /^(move|shift|relocate|transfer)$/.test(view.lemma(p - n)) && view.tokens[p - n]!.pos === 'VERB');
      if (!/^(in|at)$/.test(preposition) && !movedTo && possessive === undefined) continue;
      // ("the mediator got both unions together at the Hotel Varden": sides brought or come together meet there.)
      // ("… at the Hotel Varden in Quito": so does the town of a venue placed so.)
      const together = view.lower(p - 1) === 'together' && (/^(come|get|sit)$/.test(view.lemma(p - 2)) || [2, 3, 4, 5, 6].some((n) => /^(bring|call|draw)$/.test(view.lemma(p - n))));
      const afterVenue = results.some((r) => r.object.kind === 'entity' && r.object.mention.tokenEnd === p);
      const talksWord = together || afterVenue ? p - 1 : view.find(TALKS_WORDS, Math.max(0, place.tokenStart - PLACE_REACH - 2), Math.min(PLACE_REACH + 2, place.tokenStart));
      if (talksWord === undefined || talksWord > place.tokenStart) continue;
      if (otherRoundBefore(view, talksWord, place.tokenStart, context.roundOrdinal)) continue;
      if (possessive === undefined && !attachedToTalks(view, p, results.map((r) => r.object.kind === 'entity' ? r.object.mention.tokenEnd : -1))) continue;
      // A state is a place of the talks only right after their word: "talks in Qatar", "signed in Qatar", "to run
      // a fortnight in Peru"; "the war in Afghanistan" is no venue.
      if (place.via === 'state' && !rightAfterTalksWord(view, p)) continue;
      results.push(talksAt(place));
    }
    // "five months of talks in Geneva and Lima": places listed after a place of the talks are places of them too.
    const placed = (m: Mention): boolean => results.some((r) => r.object.kind === 'entity' && r.object.mention.tokenEnd === m.tokenEnd && r.object.mention.tokenStart === m.tokenStart);
    // (A capital there is the city, not its state: "in Geneva and Lima"; which of a state's capitals, its name says.)
    const placeOf = (m: Mention): string => {
      const known = worldKnowledge().names.get(nameKey(m.text));
      return known?.kind === 'capital' ? known.place : m.text;
    };
    const capitals = view.sentence.mentions
      .filter((m) => m.type === 'Party' && m.via === 'capital')
      .map((m): Mention => ({ ...m, type: 'Place', canonical: placeOf(m), party: m.canonical, via: 'gazetteer' }));
    for (const place of [...places, ...capitals]) {
      if (placed(place) || place.via === 'state') continue;
      const joint = view.lower(place.tokenStart - 1);
      // (After a bare comma, only where the list goes on: "signed in Arica, Santiago commits …" lists nothing.)
      const listGoesOn = view.lower(place.tokenEnd) === 'and' || (view.lower(place.tokenEnd) === ',' && view.lower(place.tokenEnd + 1) === 'and');
      const gap = joint === 'and' && view.lower(place.tokenStart - 2) === ',' ? 2 : joint === 'and' || (joint === ',' && listGoesOn) ? 1 : 0;
      const listed = gap > 0 && places.some((other) => other.tokenEnd === place.tokenStart - gap && placed(other));
      if (listed) results.push({ ...talksAt(place), confidence: 0.75 });
    }
    // "in Port Louis, Mauritius", "in Arica, Chile": the state named after the city, as addresses write it, is a place of
    // the talks too. (A region so named is not: "Thunder Bay, Ontario" places the town.)
    for (const result of [...results]) {
      const city = result.object.kind === 'entity' ? result.object.mention : undefined;
      if (city === undefined || view.lower(city.tokenEnd) !== ',') continue;
      // (A state named, not "the government" that opens the next clause: "after talks in Geneva, the government and …".)
      const state = view.sentence.mentions.find((m) => m.tokenStart === city.tokenEnd + 1 && m.type === 'Party' && states.has(m.canonical) && m.via !== 'capital' && m.via !== 'description' && m.via !== 'pronoun');
      if (state === undefined || !/^(,|\.|;|on|in|at|and|)$/.test(view.lower(state.tokenEnd))) continue;
      results.push({ ...talksAt({ ...state, type: 'Place', via: 'state' }), confidence: 0.75 });
    }
    // "Baku's Gulustan Palace", "the Saint-Vincent seminary of Fianarantsoa", "the X offices in Sydney": the city of the venue.
    for (const place of places) {
      const next = view.sentence.mentions.find((m) => m.type === 'Place' && m.tokenStart === place.tokenEnd + 1 && view.lower(place.tokenEnd) === "'s");
      // "… the Labour Relations Board's offices in Sydney" too.
      const venueBefore = /^(of|in)$/.test(view.lower(place.tokenStart - 1)) ? view.sentence.mentions.find((m) => m.type === 'Place' && m.via === 'venue' && m.tokenEnd === place.tokenStart - 1) : undefined;
      if (venueBefore && results.some((r) => r.object.kind === 'entity' && r.object.mention === venueBefore) && !results.some((r) => r.object.kind === 'entity' && r.object.mention === place)) {
        results.push({ subject: { ...place, type: 'Talks', text: context.talks, canonical: context.talks, via: 'talks' }, object: { kind: 'entity', mention: place }, confidence: 0.75 });
      }
      if (next && results.some((r) => r.object.kind === 'entity' && r.object.mention === next)) {
        results.push({ subject: { ...place, type: 'Talks', text: context.talks, canonical: context.talks, via: 'talks' }, object: { kind: 'entity', mention: place }, confidence: 0.75 });
      }
    }
    return results;
  },
};

/** The words a live report opens with before the place it reports from: "Good morning from …", "Live updates from …". */
const LIVE_GREETING = /^(?:good (?:morning|afternoon|evening)|hello|welcome(?: back)?|live(?: updates| coverage| blog)?|we are reporting|reporting)$/;

/** Parts of a city: "the centre of …", "the outskirts of …". */
const CITY_PARTS = /^(centre|center|heart|outskirts|suburbs|edge|downtown)$/;

/** A venue named by tokens [from, to): a place whose name is the words of the text. */
function venueAt(view: SentenceView, from: number, to: number): Mention {
  const text = view.text(from, to);
  return { type: 'Place', text, canonical: text, start: view.tokens[from]!.start, end: view.tokens[to - 1]!.end, tokenStart: from, tokenEnd: to, via: 'venue' };
}

/** Words for the building a body sits in. */
const SEATS = /^(offices|headquarters|premises)$/;

/**
 * "at the regulator's offices", "at the guild's headquarters", "at the offices of the Arica Port Authority": the seat
 * of a body, named by the body, is a venue; its name is the words of the text, without the article.
 */
function seatsOfBodies(view: SentenceView): Mention[] {
  const seats: Mention[] = [];
  const afterAtThe = (k: number): boolean => view.lower(k - 1) === 'the' && /^(at|in)$/.test(view.lower(k - 2));
  for (let k = 2; k < view.tokens.length; k++) {
    if (!SEATS.test(view.lower(k))) continue;
    // "the regulator's offices", "the port authority's offices": nouns or a name before the possessive.
    if (view.lower(k - 1) === "'s") {
      let from = k - 1;
      while (from > k - 5 && /^(NOUN|PROPN|ADJ)$/.test(view.tokens[from - 1]?.pos ?? '') && view.lower(from - 1) !== 'the') from--;
      if (from < k - 1 && afterAtThe(from)) seats.push(venueAt(view, from, k + 1));
      continue;
    }
    // "the offices of the Arica Port Authority": a body named after "of".
    if (view.lower(k + 1) !== 'of' || !afterAtThe(k)) continue;
    const name = view.lower(k + 2) === 'the' ? k + 3 : k + 2;
    const body = view.actors.find((m) => m.tokenStart === name && (m.type === 'Party' || m.type === 'Organization') && !worldKnowledge().states.has(m.canonical));
    if (body) seats.push(venueAt(view, k, body.tokenEnd));
  }
  return seats;
}

/**
 * "the third day of talks at Tarvoborg", "the meeting in Kellerup": a name no list knows, right after the noun of the talks
 * and "at" or "in", is the place they were held, when no mention covers it and it names no time.
 */
function namesAfterTalks(view: SentenceView): Mention[] {
  const places: Mention[] = [];
  for (let k = 0; k + 2 < view.tokens.length; k++) {
    if (!TALKS_NOUNS.test(view.lower(k)) || !/^(at|in)$/.test(view.lower(k + 1))) continue;
    let end = k + 2;
    while (end < k + 5 && view.tokens[end]?.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(view.tokens[end]!.text) && !lexicon().timeWords.has(view.lower(end))) end++;
    // (Not a name that qualifies a noun after it, "talks at Commissioner office", nor an office's word.)
    const qualifies = view.tokens[end]?.pos === 'NOUN' && view.tokens[end]!.text === view.lower(end);
    if (end === k + 2 || qualifies || worldKnowledge().offices.heads.has(view.lower(k + 2)) || view.sentence.mentions.some((m) => m.tokenStart < end && m.tokenEnd > k + 2)) continue;
    places.push(venueAt(view, k + 2, end));
  }
  return places;
}

/**
 * Words that make a meeting another round than the talks the article follows, or one not (yet) held: "the next round
 * in Rome", "proposed holding talks in Rome", "met again in London". A round held before ("An earlier round, held at
 * the Varden Hotel", "the third round, in Arica") is one of the talks followed, as their readers count them.
 */
const OTHER_ROUND = /^(parallel|separate|next|another|future|follow-up|subsequent|upcoming|proposed|suggested|offered|proposing|suggesting)$/;

/**
 * True when an OTHER_ROUND word stands between a few words before the talks word and the place, or the meeting is
 * still to come: "agreed to meet again in Brussels", "will meet in Rome".
 */
function otherRoundBefore(view: SentenceView, talksWord: number, placeStart: number, reportedOrdinal: number | undefined): boolean {
  // ("from next Monday after contract talks …": "next" before a day or a week says when, not which round.)
  const when = (k: number): boolean => TIME_ONLY.test(view.text(k, k + 2));
  for (let k = Math.max(0, talksWord - 4); k < placeStart; k++) if (OTHER_ROUND.test(view.lower(k)) && !when(k)) return true;
  // ("a fifth session is planned for Oslo next month", in a report on the fourth: a round of another number.)
  for (let k = Math.max(0, talksWord - 4); k < talksWord; k++) {
    const ordinal = ordinalWords().get(view.lower(k));
    if (ordinal !== undefined && reportedOrdinal !== undefined && ordinal !== reportedOrdinal && !when(k)) return true;
  }
  // ("who facilitated the talks, said the sides would meet again in Nairobi": any verb of meeting before the place counts.)
  // ("… meant to run for a fortnight in Quito" is the round reported.)
  // ("the sixth session will be held in Arica", "will take place in Arica": a round still to come; "the talks are due
  // to be held in Geneva", in a report before them, are the talks it follows.)
  const willCome = (k: number): boolean => /^(will|would|shall)$/.test(view.lower(k));
  for (let k = talksWord; k < placeStart; k++) {
    if (view.tokens[k]!.pos === 'VERB' && (k === talksWord || /^(meet|reconvene|convene|resume)$/.test(view.lemma(k))) && /^(to|will|would|could|may|might|shall)$/.test(view.lower(k - 1))) return true;
    if (view.tokens[k]!.pos === 'VERB' && ((view.lemma(k) === 'hold' && view.lower(k - 1) === 'be' && willCome(k - 2)) || (view.lemma(k) === 'take' && view.lower(k + 1) === 'place' && willCome(k - 1)))) return true;
  }
  return false;
}

/**
 * True when the preposition at `p` ties its place to the talks: "talks in X", "met (the delegations) in X", "took place
 * at X", "at the Villa Saladin in Geneva". Not "the talks were described in Washington", where another verb intervenes.
 */
function attachedToTalks(view: SentenceView, p: number, placeEnds: readonly number[]): boolean {
  if (placeEnds.includes(p)) return true;
  for (let k = p - 1; k >= Math.max(0, p - PLACE_REACH); k--) {
    const t = view.tokens[k]!;
    // "140 members held in Pemba prisons": people or things held somewhere are no talks held there.
    if (heldCaptive(view, k)) return false;
    // "Families of hostages gathered in Tel Aviv": a gathering is the talks' only when sides or negotiators gather.
    if (t.lemma === 'gather' && view.subjectOf(k).length === 0 && !TALKS_WORDS.test(view.lemma(k - 1)) && !TALKS_WORDS.test(view.lower(k - 1).replace(/s$/, ''))) return false;
    if (isTalksWord(t) || t.lemma === 'host' || (t.lower === 'together' && k === p - 1)) return true;
    // "Talks, mediated by …, broke down in Cardiff": what the talks did, when they are the sentence's subject.
    // ("… after contract talks between the union and the department collapsed at a Nanaimo hotel": or the talks
    // before the verb with no other verb between.)
    if (t.pos === 'VERB' && TALKS_COURSE.test(t.lemma) && (talksAreSubject(view) || talksBefore(view, k))) return true;
    // ("Chilean and Peruvian negotiators spent the night at the Varden Building", "the delegations ran into extra time in Arica":
    // where the negotiators, the subject of the verb, were.)
    if (t.pos === 'VERB' && negotiatorsBefore(view, k)) return true;
    // "resumed on May 4 in Lima", "opened this Friday in Quito": a date between the verb and the place; "at the offices
    // of the Advisory Service (ADS) in Manchester": an acronym in parentheses inside the venue's name.
    // ("talks on their disputed maritime border in Geneva": a participle that qualifies a noun is no verb of its own.)
    if ((t.pos === 'VERB' && !isAttributiveParticiple(view, k)) || (t.pos === 'PUNCT' && t.text !== ',' && t.text !== '(' && t.text !== ')')) return false;
  }
  return false;
}


/**
 * Tokens at most between the word of the talks and the preposition of their place: "was held from 4 to 8 March at
 * the headquarters of the Trade Secretariat in Mexico City".
 */
const PLACE_REACH = 16;

/** Verbs for the course talks take, said of the talks themselves. */
const TALKS_COURSE = /^(break|collapse|stall|continue|adjourn|fail|close|start|wrap|drag|run|finish|move|shift|relocate)$/;

/**
 * True when "talks", "negotiations" or a round of them ("The third round finished in Quito") stand a few words
 * before the verb at `verb`, with no other verb between.
 */
function talksBefore(view: SentenceView, verb: number): boolean {
  for (let k = verb - 1; k >= Math.max(0, verb - 10); k--) {
    if (/^(talks|negotiations|round|session|meeting)$/.test(view.lower(k))) return true;
    if (view.tokens[k]!.pos === 'VERB' || view.tokens[k]!.pos === 'AUX' || /^[.;:,]$/.test(view.lower(k))) return false;
  }
  return false;
}

/** The teams at the table ("negotiators", "the delegations", "the Peruvian delegation") right before the verb at k, past its auxiliaries. */
function negotiatorsBefore(view: SentenceView, verb: number): boolean {
  let k = verb - 1;
  while (k > 0 && /^(AUX|ADV|PART)$/.test(view.tokens[k]!.pos)) k--;
  return /^(negotiators|delegations|delegates|delegation|negotiating teams)$/.test(view.lower(k)) || view.sentence.mentions.some((m) => m.type === 'Delegation' && m.tokenEnd === k + 1);
}

/** True when the sentence opens with the talks as its subject: "Talks …", "The negotiations …". */
function talksAreSubject(view: SentenceView): boolean {
  const first = view.lower(0) === 'the' ? 1 : 0;
  return /^(talks|negotiations)$/.test(view.lower(first)) || (/^(peace|trade|wage|contract|ceasefire)$/.test(view.lower(first)) && /^(talks|negotiations)$/.test(view.lower(first + 1)));
}

/** True when the word before the preposition at `p`, past a duration ("three weeks"), names the talks or their act. */
function rightAfterTalksWord(view: SentenceView, p: number): boolean {
  let k = p - 1;
  while (k > 0 && (view.tokens[k]!.pos === 'NUM' || view.tokens[k]!.pos === 'ADV' || /^(days?|weeks?|months?|hours?|years?)$/.test(view.lower(k)))) k--;
  return isTalksWord(view.tokens[k]);
}

/** Rules for `heldIn`. */
export const HELD_IN_RULES: readonly ExtractionRule[] = [talksPlace];

/**
 * "140 members held in Pemba prisons", "soldiers seized in a raid and now held in the hills": "held" said of people or
 * things, not talks, says where they are kept. Read from the word before the verb and its auxiliaries: "who", or a
 * noun that names no talks ("the round was held in Bern", "the round, held in Lima," are talks).
 */
function heldCaptive(view: SentenceView, k: number): boolean {
  if (view.lemma(k) !== 'hold' || view.lower(k) === 'hold') return false;
  const auxiliaries = (from: number): number => {
    let j = from;
    while (j >= 0 && /^(is|are|was|were|be|being|been|still|currently|now|reportedly|all)$/.test(view.lower(j))) j--;
    return j;
  };
  let j = auxiliaries(k - 1);
  // ("who were captured … and are being held": the subject of a verb joined by "and" is that of the verb before.)
  if (view.lower(j) === 'and') {
    const verb = view.tokens.findLastIndex((t, n) => n < j && t.pos === 'VERB');
    if (verb >= 0) j = auxiliaries(verb - 1);
  }
  const before = view.tokens[j];
  if (before === undefined) return false;
  return before.lower === 'who' || (before.pos === 'NOUN' && !isTalksWord(before));
}
