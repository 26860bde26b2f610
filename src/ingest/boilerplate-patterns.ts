// The patterns that tell boilerplate from news, declared as data: whole lines, appeal sentences, cut markers, credits.

/** A proper name of one to four capitalised words ("Jane Doe", "Mary-Ann O'Neil", "J. R. Roe"). */
const NAME = String.raw`\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*){0,3}`;

/** What may follow a byline after a separator: capitalised words, numbers and a few small words (no sentence). */
const BYLINE_TAIL = String.raw`(?:[\p{Lu}\d][\p{L}\d.:'/-]*,?|and|of|the|at|for|in|on)`;

/** Lines dropped whole: page furniture, feedback prompts, credits, bylines. Lines are normalised and trimmed. */
export const LINE_PATTERNS: readonly RegExp[] = [
  // Section markers and sharing widgets.
  /^(?:related(?: posts| articles| stories| news| content| coverage| reading| topics)?|more (?:posts|stories|articles|news|on this (?:story|topic))|\+ ?posts|read (?:more|also|next|the full (?:story|article))|see also|also read|share (?:this|the) (?:article|story|post|page)|share this|share (?:on|via) \p{L}+|advertisement|sponsored(?: content)?|continue reading|you (?:may|might) (?:also )?like|recommended(?: for you)?|most (?:read|popular|viewed)|trending(?: now)?|leave a (?:comment|reply)|comments?|skip to (?:main )?content|back to top)\s*:?$/iu,
  /^(?:read more|read also|see also|also read|related|tags?|topics|filed under)\s*:.{0,150}$/iu,
  /^(?:share|tweet|email|e-mail|print|facebook|twitter|x|whatsapp|telegram|linkedin|reddit|copy link|listen(?: to (?:this )?article)?|subscribe|donate|menu|search|home|close)$/iu,
  // Corrections and feedback prompts.
  /^to (?:suggest|report|submit) an? (?:correction|error|typo|clarification)\b/iu,
  /\bpress ctrl ?\+ ?enter\b/iu,
  /^please leave your (?:suggestions|corrections|comments|feedback)\b/iu,
  /^(?:if you )?(?:spot|see|find|notice)(?:ted)? an? (?:error|mistake|typo)\b/iu,
  // Photo and image credits, copyright notices.
  /^(?:photo|photos|image|images|picture|photograph|illustration|video|graphic|credit)s?(?: credit)?\s*(?::|by\b).{0,120}$/iu,
  // ("(c) to build a road" is a list's third item: "(c)" is a notice only before a year or a name.)
  /^(?:©|copyright\b)/iu,
  /^\([cC]\) ?(?:\d{4}|\p{Lu}[^.;:]{0,60}$)/u,
  /\ball rights reserved\.?$/iu,
  /^(?:follow us|click here)\b/iu,
  // Bylines: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Reporting by …; Editing by …".
  new RegExp(String.raw`^By ${NAME}(?:(?:, | and | & )${NAME})*(?: ?[,|•·—–-] ?${BYLINE_TAIL}(?: ${BYLINE_TAIL}){0,7})?$`, 'u'),
  /^(?:(?:additional )?reporting|writing|editing|written|edited|compiled) by\b.{0,200}$/iu,
];

/**
 * Sentences that appeal to the reader (donations, subscriptions, ad blockers) rather than report. A line goes when
 * most of its sentences match one of these.
 */
export const APPEAL_PATTERNS: readonly RegExp[] = [
  /\bsupport (?:us|our (?:work|journalism|reporting|newsroom|mission|team|site|website))\b/iu,
  /\bways to support\b/iu,
  /\bbecom(?:e|ing) an? (?:patron|member|subscriber|supporter|donor|co-creator)\b/iu,
  /\bpatreon\b/iu,
  /\bdonate (?:now|today|here|to us|to our|to support)\b/iu,
  /\bmak(?:e|ing) a (?:donation|contribution) (?:to us|to our|today|now)\b/iu,
  /\bsubscribe (?:now|today|here|for (?:free|only)|to (?:our|my)\b)/iu,
  /\bsubscribe to (?:the|a) (?:\p{L}+ )?(?:newsletter|channel|podcast|feed)\b/iu,
  /\bsign up (?:for|to) (?:our|the|a)\b.*\b(?:newsletter|updates|alerts|emails)\b/iu,
  /\b(?:our|daily|weekly|free) newsletter\b/iu,
  /\bad[ -]?blockers?\b/iu,
  /\bjoin (?:our|the) (?:community|mailing list|newsletter|club)\b/iu,
  /\bhelp us (?:produce|continue|keep|grow|bring|stay|remain)\b/iu,
  /\byou (?:could|can) close this page\b/iu,
  /\breaders like you\b/iu,
  /\b(?:support|help) (?:of|from) (?:our )?readers\b/iu,
  /\b(?:cost|price) of (?:one|a) cup of coffee\b/iu,
  /\byour (?:support|donation|contribution|subscription|assistance|generosity)\b/iu,
  /\b(?:our|your) (?:reporting|journalism|newsroom|website|readers)\b/iu,
  /\b(?:we are|we're) an? (?:independent|small|non-?profit|reader-(?:funded|supported)|volunteer)\b/iu,
  /^thank you(?: for (?:reading|your support|supporting us))?[.!]*$/iu,
];

/** A sentence that reports speech is news, whatever words it uses: an appeal never quotes anyone. */
export const REPORTED_SPEECH = /["\u201C\u201D]|\b(?:said|says|told|according to|announced|stated|added|urged|called on)\b/iu;

/** A line after which everything is page furniture, when it comes in the back part of the article. */
export const CUT_MARKER = /^(?:related (?:posts|articles|stories|news|content|coverage|reading)|more (?:posts|stories|articles)(?: from .{1,40})?|\+ ?posts|you (?:may|might) (?:also )?like|recommended (?:for you|stories|articles|reading)|most (?:read|popular|viewed))\s*:?$/iu;

/** The heading of a press release's legal notice, whose paragraph disclaims rather than reports. */
export const LEGAL_NOTICE_HEADING = /^(?:forward-looking statements?|safe harbou?r(?: statements?)?|cautionary (?:note|statement)s?(?: regarding forward-looking statements)?|disclaimer)\s*:?$/iu;

/** The author box of blog software: the author's name, then "+ posts". */
export const AUTHOR_BOX_MARKER = /^\+ ?posts\s*:?$/iu;

/** A photo credit at the end of a caption line: "… in Geneva. Photo: Jane Doe/Reuters". */
export const TRAILING_CREDIT = /(?<=[.!?"')\]])\s+(?:photo|image|picture|photograph|illustration|credit)s?(?: credit)?\s*(?::|by\b)[^.!?]{1,80}$/iu;

/** A line that is only a proper name: an outlet ("Gulf Times", "The Daily Star") or a person. */
export const NAME_LINE = /^(?:The )?\p{Lu}[\p{L}\d&'.-]*(?: (?:\p{Lu}[\p{L}\d&'.-]*|of|the|and|for|de|la|&)){0,5}$/u;
