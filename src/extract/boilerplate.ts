import type { Span } from './types';
import { isWireName, isWireSignOff } from './metadata-agencies';
import { isCommonWord } from './gazetteer';

/**
 * Words (lower case) a costly pattern cannot match without, one at least: patterns that scan or backtrack over the whole
 * line are skipped for a line holding none of them, as most body paragraphs. Only a speed-up, the matches are the same.
 */
const NEEDED_WORDS = new Map<RegExp, readonly string[]>();
function needs(re: RegExp, ...words: string[]): RegExp {
  NEEDED_WORDS.set(re, words);
  return re;
}

/** Newsletter prompts, also in Markdown emphasis: '*Sign up for The Weekend Letter — ...*', 'Get the Daily Post newsletter every Friday.' */
const NEWSLETTER_PROMPTS: readonly RegExp[] = [
  /^(?:sign up|subscribe)\b.*\bnewsletter\b/i,
  /^(?:sign up|subscribe)\s+(?:for|to|now)\b/i,
  /^(?:get|receive) (?:the|our)\b.*\bnewsletter\b/i,
  /^(?:sign up|subscribe|register)\b.{0,80}\b(?:newsletter|briefing|inbox|alerts?|updates)\b/i,
  // 'Get the morning briefing from The Courier in your inbox. Sign up here.'
  /^(?:get|receive|have)\s+(?:the|our|a|your)\b.{0,80}\b(?:in|to|into|straight to|delivered to)\s+your\s+(?:inbox|e-?mail|mailbox)\b/i,
  // The site's own name after the verb, perhaps with what it sends: 'Get Harbour Tide News in your inbox every morning.
  // Subscribe.', 'Get Coral Coast Times headlines in your inbox every morning. Sign up here.'
  /^(?:[Gg]et|[Rr]eceive)\s+\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,5}(?:\s+(?:daily|weekly|morning|evening|top|latest|breaking)){0,2}(?:\s+(?:headlines|news|stories|updates|alerts|newsletters?|briefings?|digests?|highlights|coverage))?\s+(?:in|to|into|straight to|delivered to)\s+your\s+(?:inbox|e-?mail|mailbox)\b/u,
  // The same through a messaging service: 'Get the Harbour Times morning headlines by WhatsApp. Sign up here.', 'Receive our
  // breaking news alerts via Telegram.'
  /^(?:[Gg]et|[Rr]eceive)\s+(?:(?:the|our|The|Our)\s+)?(?:\p{Lu}[\p{L}'’&.-]*\s+){0,5}(?:(?:daily|weekly|morning|evening|top|latest|breaking)\s+){0,2}(?:news\s+)?(?:headlines|news|stories|updates|alerts|newsletters?|briefings?|digests?|highlights|coverage)\s+(?:by|via|on|through|over)\s+(?:WhatsApp|SMS|text(?:\s+message)?|Telegram|Signal|Viber|Messenger|e-?mail)\b/u,
];

/** A column's schedule closing a writer's bio line: 'Reporter's Notebook appears every Thursday.', 'The column runs weekly.' */
const COLUMN_SCHEDULE = String.raw`(?:The\s+|This\s+)?\p{Lu}[^.!?]{0,50}\s(?:appears|runs|is published|returns)\s+(?:every|each|weekly|monthly|fortnightly|on)\b[^.!?]{0,40}\.`;

/** A person's name as a credit gives it: 'Zhang Wen', 'Ana M. Ruiz-Pérez', 'Li Na and Tom Hale'. */
const PERSON_NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}`;
const PERSON_NAMES = String.raw`${PERSON_NAME}(?:\s*(?:,|\band\b|&)\s*${PERSON_NAME})*`;
/**
 * A staff field of a script or programme: a staff label and the person, 'Editor on duty: S. Ruiz', 'Read by: Ana Ruiz-Pérez',
 * 'Producer: Tom Hale', 'Presented by: Li Na'; a press pool report's writer and outlet, 'Pooler: Ana Ruiz, Harbour Daily'.
 */
const STAFF_FIELD = String.raw`(?:[Pp]ooler|[Pp]ool (?:reporter|producer|photographer)|(?:[Ee]ditor|[Pp]roducer|[Pp]resenter|[Aa]nchor|[Nn]ewsreader|[Ss]ub-?editor|[Cc]opy editor|[Rr]eporter|[Cc]orrespondent)(?:\s+on\s+duty|\s+of\s+the\s+day)?|(?:[Dd]uty|[Ss]hift|[Nn]ight|[Nn]ews|[Bb]ulletin|[Ee]xecutive|[Ss]enior)\s+(?:editor|producer|presenter|anchor)|(?:[Rr]ead|[Pp]resented|[Pp]roduced|[Ee]dited|[Aa]nchored|[Vv]oiced|[Cc]hecked|[Aa]pproved)\s+by)\s*:\s*${PERSON_NAMES}`;
/** What a credit line credits: 'Photographs', 'Words', 'Pictures', 'Video', 'Graphics'. */
const CREDIT_WORK = '(?:[Pp]hotographs?|[Pp]hotos|[Pp]ictures|[Ii]mages|[Ww]ords|[Tt]ext|[Vv]ideo|[Ii]llustrations?|[Gg]raphics|[Mm]aps)';

/** A teletext subpage's number line: the page's number and the subpage out of how many, '190 1/3', '302 2/4'. */
export const TELETEXT_SUBPAGE = /^[1-8]\d{2}\s+\d{1,2}\s*\/\s*\d{1,2}$/;
/** A teletext page's navigation row: three or more page numbers each with its page's label, '191 Finland  192 World  100 Index'. */
const TELETEXT_NAVIGATION = /^(?:[1-8]\d{2}\s+\p{Lu}[\p{L}'’&.-]*(?:\s\p{Lu}[\p{L}'’&.-]*)?\s*){3,}$/u;

/**
 * Page furniture a news site prints around the story, alone on a line or in Markdown emphasis:
 * 'Share', 'Save', 'Listen to this article', 'Advertisement', 'Read more:', 'Related coverage:',
 * 'Image source, Getty Images', cookie prompts, 'Published 3 hours ago'.
 */
const PAGE_FURNITURE: readonly RegExp[] = [
  /^(?:share|save|print|email|e-mail|comments?|listen|copy link|gift (?:this )?article|bookmark|follow|advertisement|advertising|sponsored|skip to (?:main )?content|most (?:read|popular)|trending|topics?|more on this story|top stories|watch|show more|load more|expand|close|menu|search)\s*:?$/i,
  /^share(?:\s+(?:this|on|via|the|article|story|page))?\s*:/i,
  /^(?:share|follow us)\s+on\b/i,
  /^listen to (?:this|the) (?:article|story)\b/i,
  /^(?:related|more|further)(?:\s+(?:coverage|stories|articles|content|news|links|reading|reviews|features|interviews|videos|galleries|on this (?:story|topic)|from \S+))?\s*:/i,
  /^(?:read|see|watch) (?:more|also|next|related)\s*:/i,
  /^(?:image|photo|picture|photograph|video)\s*(?:source|credit|courtesy)s?\s*[:,]/i,
  /^(?:photograph|picture)\s*:/i,
  needs(/\b(?:we use cookies|accept (?:all )?cookies|cookie (?:policy|settings|preferences)|manage (?:your )?cookies)\b/i, 'cookie'),
  /^(?:this (?:article|story) was (?:originally )?(?:published|first published)|originally published)\b/i,
  /^(?:download|get) (?:the|our) (?:free )?\S+(?: \S+)? app\b/i,
  // 'Published 3 hours ago', 'Updated 2 mins ago': a relative time tells no date.
  /^(?:(?:published|updated|posted|last updated|modified)\s*:?\s*)?(?:\+?\d+|an?|one)\s*(?:s|sec|secs|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|months?)\s+ago$/i,
  // Reuters' credits without brackets: 'Reporting by Ana Ruiz in Lima; Editing by Tom Hale'.
  /^(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Aa]dditional reporting|[Tt]ranslated|[Tt]ranslation|[Ff]act-checking) by\s+\p{Lu}[^!?]{0,200}$/u,
  // Page furniture of feature and science sites: 'Reuse this content', 'FULL STORY', 'Print this page', 'Jump to comments'.
  /^(?:reuse this content|full story|print this (?:page|article)|jump to (?:comments|content)|back to top|view (?:gallery|image|photos?)|open in app|show caption|hide caption|enlarge (?:this )?image|toggle caption)\s*:?$/i,
  // A government site's foot navigation: 'Back to Uruguay | Page Top', 'Back to Press Releases | Top of page', 'Page top'.
  /^(?:back to [^|]{1,60}\|\s*)?(?:page top|top of (?:the )?page|back to top|to the top)$/i,
  // Reference furniture: 'Cite This Page: MLA APA Chicago', 'Materials provided by X. Note: Content may be edited ...', a journal reference ending in its DOI.
  /^cite this (?:page|article|story)\b/i,
  /^(?:MLA|APA|Chicago|Harvard|BibTeX|RIS)(?:\s+(?:MLA|APA|Chicago|Harvard|BibTeX|RIS)){1,5}$/,
  /^(?:materials|content|information) (?:provided|supplied|courtesy) (?:by|of)\b/i,
  /^note:\s*content may be edited\b/i,
  needs(/\b(?:doi:?\s*|doi\.org\/)10\.\d{4,9}\/\S+\s*$/i, 'doi'),
  // Press-release furniture: 'NEWS PROVIDED BY', 'SOURCE Yakro Drones SAS', a contact's e-mail or telephone alone on a line.
  /^news provided by\b/i,
  /^SOURCE\s+\p{Lu}[^.!?:]{0,80}$/u,
  /^(?:e-?mail:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i,
  /^(?:(?:tel|phone|mobile|fax|t|m)\.?:?\s*\+?|\+)\(?\d[\d ().-]{6,}\d$|^\(\d{3}\)\s*\d{3}-\d{4}$/i,
  /^(?:https?:\/\/|www\.)\S+$/i,
  // A wire's end mark: '(END)', '(END) MVP/JGS', 'ENDS', '-- ENDS --'.
  /^(?:\(END\)|[-—–\s]*ENDS?[-—–\s]*$)/,
  // Reader appeals: 'Consider supporting the Kyiv Independent.', 'Become a member', 'Support us just once', 'Have a tip? Write to ...'.
  needs(/\b(?:consider (?:supporting|subscribing to|donating to|becoming a (?:member|subscriber)) (?:us|the|our)\b|support (?:our|independent|quality|local) journalism\b)/i, 'consider', 'journalism'),
  /^(?:become a (?:member|subscriber|patron|supporter)|support us|donate (?:now|today)|make a (?:donation|contribution))\b(?!.*[.!?]\s+\p{Lu})/iu,
  /^(?:do you )?(?:have|got) a (?:news |story )?(?:tip|story)\b/i,
  // The tip line with the page's beat before it: 'Have a court story tip? Email ...', 'Got a local news tip?'.
  /^(?:do you )?(?:have|got) an? (?:[\p{L}'’-]+\s+){1,3}(?:tip|tip-off|story)\s*\?/iu,
  // A follow prompt naming the page: 'Follow the Harbour Courier for updates on the strike.', 'Follow us on X for live updates.'
  /^Follow\s+(?:(?:the|us|our)\s+)?(?:\p{Lu}[\p{L}'’&.-]*\s+){0,4}(?:on\s+\p{Lu}[\p{L}'’&.-]*\s+)?for\s+(?:(?:live|more|further|regular|the latest|latest|all the latest)\s+)*(?:updates|coverage|news|developments)\b[^.!?]{0,60}[.!]?$/u,
  // A court page's standing note: 'All accused persons are presumed innocent until proven guilty. Cases are reported as heard
  // in open court.'
  /^(?:all |the )?(?:accused(?: persons| people)?|defendants|those (?:charged|accused|named)|(?:persons|people) (?:charged|accused|named))\b[^.!?]{0,30}\b(?:are|is|remain) presumed innocent until (?:proven|proved|found) guilty\.(?:\s+[^.!?]{0,100}\.)?$/i,
  // Subscription notices: 'Anadolu Agency website contains only a portion of the news stories offered to subscribers ...'.
  needs(/\b(?:offered to (?:its )?subscribers|subscription options|for subscribers only|subscribers only)\b/i, 'subscri'),
  // Comment sections: '4 thoughts on “...”', 'Your email address will not be published.'
  /^\d+\s+(?:thoughts?|comments?|responses?|replies)\s+(?:on|to)\b/i,
  /^your email address will not be published\b/i,
  /^required fields are marked\b/i,
  // 'Have a tip? ... **Read more:** [link](url)': a link prompt later on the line.
  needs(/\b(?:read more|related|see also|read also)\s*:[*_]*\s*\[/i, '['),
  // Aggregator furniture: 'Representative Image. Image Credit: ANI', '(This story has not been edited by X staff and is
  // auto-generated from a syndicated feed.)', '(With inputs from agencies.)'.
  /^(?:[^.]{0,40}\.\s*)?(?:image|photo|picture)\s*(?:credit|source|courtesy)s?\s*:/i,
  /^(?:representative|file|archive|stock)\s+(?:image|photo|picture)\.?$/i,
  /^\(?this (?:story|article|report) has not been edited by\b/i,
  needs(/\bauto-generated from a syndicated feed\b/i, 'auto-generated'),
  /^\(?with inputs from\b[^.!?]{0,60}[.)]*$/i,
  // Wire desk notes: '--With assistance from A.', '(Adds World Bank estimate in sixth paragraph.)', '(ATTN: UPDATES with ...)'.
  /^[-—–\s]*with (?:additional )?assistance (?:from|by)\b/i,
  /^\((?:adds|updates?|recasts|corrects|changes|rewrites|refiles|removes|fixes|repeats|writethru|ATTN:?)\b[^()]*\)$/i,
  /^ATTN:/,
  // Press-release furniture: 'Media Contact: Communications Unit | +1 ...', a release label alone ('PRESS RELEASE', 'FOR IMMEDIATE RELEASE').
  /^(?:media|press|investor|news)\s+(?:contacts?|enquiries|inquiries|relations)\s*:/i,
  // A court's summary for the press carries the same label: 'PRESS SUMMARY'.
  /^(?:(?:press|media|news|joint)\s+(?:release|statement|advisory|bulletin|summary)(?:\s+(?:no\.?|nr\.?|n[º°o]\.?|number|#)\s*[\w/.-]+)?|for immediate release|embargoed until\b.*)\s*:?$/i,
  // The heading of a boilerplate paragraph alone on its line: 'ABOUT THE CCJ', 'About Yakro Drones' (the paragraph stays body text).
  /^(?:About|ABOUT)\s+(?:(?:the|THE)\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,4}\s*:?$/u,
  // Club sites: sponsor lines ('KÍ thanks its main partners A, B and C.', 'Main sponsors: A, B') and fixture lines ('Next match: A – B, Sunday').
  needs(/\bthanks? (?:its|our|their) (?:main |official |principal |club |commercial )?(?:partners|sponsors|supporters)\b/i, 'thank'),
  /^(?:(?:main|official|principal|club|our|commercial|premium|gold|silver)\s+)?(?:partners|sponsors)\s*:/i,
  needs(/^(?:[^:/]{0,40}\/\s*)?(?:next|upcoming|previous|last) (?:match|game|fixture|race)\s*:/i, 'match', 'game', 'fixture', 'race'),
  // Teletext: a subpage's number line ('190 2/3') and the navigation row at the page's foot ('191 Finland  192 World  100 Index').
  TELETEXT_SUBPAGE,
  TELETEXT_NAVIGATION,
  // Live-blog entry times alone on a line: '23:50', '9.15am', '14:05 GMT'.
  /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\p{Lu}{2,5})?$/u,
  // A letters page's rules and reader-contact prompts: 'Letters should be no longer than 300 words and must include a full
  // postal address. We reserve the right to edit ...', 'Have your say: email letters@... or write to The Editor, ...'.
  needs(/^letters?\s+(?:to the editor\s+)?(?:should|must|may|will|are|can)\s+(?:not\s+)?(?:be|include|exceed|carry|contain)\b.{0,300}\b(?:words|(?:postal |full )?address|edit(?:ed|ing)?|length)\b/i, 'letter'),
  needs(/\bwe reserve the right to (?:edit|shorten|cut)\b/i, 'reserve the right'),
  /^(?:have your say|get in touch|write to us|send (?:us )?your (?:letters?|views|comments|stories|photos|tips)|tell us what you think|share your (?:views|thoughts|story))\b\s*[:,.!-]?.{0,200}$/i,
  // Comment-section prompts: 'Join the conversation in our comments section below.', 'Please keep comments civil ...'.
  /^(?:join the (?:conversation|discussion|debate)|please keep comments|log in to comment|comments are moderated)\b/i,
  // Police appeals: 'Anyone with information is asked to call 101 quoting reference 12/3456', 'Crimestoppers ... 0800 555 111'.
  /^anyone with (?:any )?information\b.{0,200}\b(?:call|contact|ring|phone|quot(?:e|ing))\b/i,
  needs(/\b(?:quot(?:e|ing) (?:the )?(?:reference|ref|crime|incident|log)(?: number)?|(?:anonymously|100% anonymous) (?:via|through|on|to) crime ?stoppers)\b/i, 'quot', 'anonymous'),
  /^(?:our |police |incident |crime |case )?ref(?:erence)?(?: no\.?| number)?\s*:\s*[\w/-]+$/i,
  // Podcast and audio furniture: 'Listen on Apple Podcasts | Spotify', 'Subscribe to the podcast', 'Transcript', 'Episode 112'.
  /^(?:listen|subscribe|follow)(?:\s+(?:now|to us|to the (?:show|podcast)))?\s+(?:on|to|via|wherever)\b.{0,60}\b(?:podcasts?|spotify|apple|soundcloud|stitcher|overcast|pocket casts|you get your podcasts)\b/i,
  /^(?:(?:full |read the )?transcript|show notes|episode\s+\d+|listen(?: now)?|audio|play(?: episode)?)\s*:?$/i,
  // Newsletter digests: 'You're reading the Morning Brief newsletter', 'Forwarded this email?', 'View in browser', 'Unsubscribe'.
  /^(?:you(?:'|’)re|you are) (?:reading|receiving)\b.{0,80}\b(?:newsletter|briefing|digest|email)\b/i,
  needs(/\b(?:forwarded this (?:email|newsletter)\?|you(?:'|’)?re receiving this (?:email|newsletter|because)|you are receiving this (?:email|newsletter|because))/i, 'forwarded this', 'receiving this'),
  /^read the full (?:story|stories|article|edition|newsletter)\b.{0,40}\b(?:website|site|online|app)\b/i,
  /^(?:forwarded this (?:email|newsletter)|view (?:this email )?in (?:your )?browser|unsubscribe|manage (?:your )?(?:preferences|subscriptions?|email settings)|update your preferences)\b/i,
  // AP furniture: 'The Associated Press receives support from X. The AP is solely responsible for all content.', 'Follow AP's coverage at https://...', '___'.
  needs(/\bis solely responsible for all content\b/i, 'solely responsible'),
  /^(?:follow|find more of) (?:ap|reuters|afp|our)(?:['’]s)? (?:coverage|reporting|stories)\b/i,
  /^[_=~*-]{3,}$/,
  // Podcast production credits: 'Credits: Produced by A. Music by B.', 'Produced by A', 'Theme music: B'.
  /^(?:episode |production |show )?credits\s*:/i,
  /^(?:[Pp]roduced|[Hh]osted|[Pp]resented|[Mm]ixed|[Mm]astered|[Ee]ngineered|[Aa]rtwork|[Ss]ound(?: design)?|(?:[Tt]heme )?[Mm]usic|[Ee]xecutive producer)(?: and \w+)?(?: by|\s*:)\s+\p{Lu}[^.!?]{0,60}\.?$/u,
  // Comment counters: 'Comments (48) · Sign in to comment'.
  needs(/^comments?\s*\(\d+\)|\b(?:sign|log) in to comment\b/i, 'comment'),
  // A site's footer links: 'CBC's Journalistic Standards and Practices | About CBC News', 'Corrections and clarifications | Submit a news tip'.
  needs(/^(?:[^|·•.!?]{1,60}\s[|·•]\s)*[^|·•.!?]{0,60}\b(?:standards and practices|corrections and clarifications|submit a (?:news )?tip|report (?:an )?error|privacy policy|terms of (?:use|service)|contact us|about us)\b[^|·•.!?]{0,60}(?:\s[|·•]\s[^|·•.!?]{1,60})*$/i, 'standards and practices', 'corrections and clarifications', 'submit a', 'report', 'privacy policy', 'terms of', 'contact us', 'about us'),
  // A source credit at the foot: 'Source: Al Jazeera', 'Source: MONTSAME'.
  /^(?:[Ss]ources?|SOURCES?)\s*:\s*\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,3}\.?$/u,
  // A staff credit as a field, Xinhua and portal style: 'Editor: Zhang Wen', 'Responsible editor: A', 'Photos: A and B'.
  new RegExp(String.raw`^(?:(?:[Rr]esponsible|[Ww]eb|[Cc]opy|[Pp]hoto|[Vv]ideo|[Ss]enior|[Cc]hief|[Dd]uty)\s+)?(?:[Ee]ditors?|EDITORS?|[Aa]uthors?|AUTHORS?|[Ww]riters?|WRITERS?|[Rr]eporters?|REPORTERS?|[Cc]orrespondents?|CORRESPONDENTS?|[Tt]ranslators?|[Pp]hotographers?|PHOTOGRAPHERS?|[Pp]hotos|PHOTOS|[Ee]dited by|[Ww]ritten by|[Rr]eported by|[Tt]ranslated by|[Cc]ompiled by)\s*:\s*${PERSON_NAMES}\.?$`, 'u'),
  // A script's or programme's staff fields on one line, between bars: 'Editor on duty: A. Ruiz | Read by: Tom Hale',
  // 'Producer: Li Na | Presenter: Ana Ruiz', 'Newsreader: Tom Hale'. A credit for the work may follow: 'Bulletin editor:
  // Ana Ruiz · Photos: Festival press office'.
  new RegExp(String.raw`^${STAFF_FIELD}(?:\s*[|·•;]\s*(?:${STAFF_FIELD}|${CREDIT_WORK}\s*:\s*\p{Lu}[^|·•;.!?]{0,60}?))*\.?$`, 'u'),
  // A broadcast script's cue and timing fields: 'OUTCUE: "...That's the news at six."', 'RUN TIME: 4:58', 'TRT: 1:42', 'IN CUE: ...'.
  /^(?:OUT\s?CUE|OUTQ|IN\s?CUE|INQ|RUN\s?TIME|TOTAL RUN\s?TIME|TRT|DURATION|END CUE|[Oo]ut\s?cue|[Ii]n\s?cue|[Rr]un\s?time|[Dd]uration)\s*:/u,
  // A programme's archive and rights note: 'Script archived by Riverside FM Newsroom. Not for rebroadcast without permission.'
  needs(/^(?:(?:[^.!?]|\.(?=\d)){0,80}\barchived by\b(?:[^.!?]|\.(?=\d)){0,80}[.!?]?\s*)?(?:not (?:for|to be)\s+(?:re-?)?(?:broadcast|published|publication|distribution|distributed|reproduced|reproduction|copied|used)\b[^.!?]{0,60}\bwithout\b[^.!?]{0,40}\bpermission\b[^.!?]{0,40}\.?)$|^(?:this\s+)?(?:script|transcript|bulletin|recording|story|report)\s+(?:was\s+)?archived by\s+\p{Lu}(?:[^.!?]|\.(?=\d)){0,80}\.?$/iu, 'permission', 'archived by'),
  // A writer's line at the foot: 'Ana Ruiz is a Lima-based reporter for the Courier covering health.' (not 'X is a reporter who was ...', news about a reporter).
  // 'X is our correspondent for A, B and C. Reporter's Notebook appears every Thursday.': the page's own post ('our'), and the
  // column's schedule after it.
  new RegExp(String.raw`^${PERSON_NAME}\s+is\s+(?:a|an|the|our)\s+(?![^.!?]*\b(?:who|which|was|were|had)\b)[^.!?]{0,60}?\b(?:reporter|writer|correspondent|journalist|columnist|editor|photographer|photojournalist|contributor|freelancer|producer)\b[^.!?]{0,120}(?:\.?$|\.\s+${COLUMN_SCHEDULE}$)`, 'u'),
  // A credit line naming the page's own post, not the writer: 'Notes from the field by our Horn of Africa correspondent', 'By our
  // staff reporter', 'From our correspondent in Goma'. No sentence end: a story's sentence ends with one.
  needs(/^(?:[^.!?\n]{0,60}\s)?(?:[Bb]y|[Ff]rom)\s+our\s+(?:own\s+)?(?:[\p{L}'’.-]+\s+){0,5}(?:correspondents?|reporters?|writers?|staff|desk|bureau|team)(?:\s+in\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})?$/u, 'our '),
  // Messaging-channel prompts: 'Join ST's Telegram channel and get the latest breaking news delivered to you.', 'Follow us on WhatsApp'.
  /^(?:join|follow)\s+(?:us|our|\S+['’]s)\b.{0,40}\b(?:channel|group|community|page|account)\b.{0,100}$/i,
  needs(/\bget (?:the )?(?:latest )?(?:breaking )?news (?:alerts )?delivered\b/i, 'delivered'),
  // Reader appeals: 'Independent journalism costs money. Support the Courier for the price of a coffee.'
  needs(/\bjournalism (?:costs|needs|takes|depends on)\b.{0,160}\b(?:support|subscribe|donate|contribute)\b|\b(?:support|subscribe to)\b.{0,60}\bfor (?:the price of|less than) a (?:cup of )?coffee\b/i, 'journalism', 'for the price of', 'for less than'),
  // A wire desk's slug at the foot: 'vs/jm/dhw' (AFP's initials), 'dpa lno yyhh a3 ms' (dpa's desk codes).
  /^[a-z]{1,4}(?:\/[a-z]{1,4}){1,5}$/,
  /^(?:dpa|afp|apa|ansa|sda|efe|anp|ap)(?:\s+[a-z0-9]{1,5}){2,8}$/,
  // Share buttons run together: 'Share/Print', 'Print | Email', 'Share · Save'.
  /^(?:share|print|e-?mail|save|tweet|comments?)(?:\s*[/|·•]\s*(?:share|print|e-?mail|save|tweet|comments?))+$/i,
  // The same buttons with their icons, spaced apart: '🔗 Share  ✉ Email  🖨 Print'.
  /^(?:\p{So}\uFE0F?\s*)?(?:share|print|e-?mail|save|tweet|comments?)(?:(?:\s*[/|·•]\s*|\s{2,}|\s+(?=\p{So}))(?:\p{So}\uFE0F?\s*)?(?:share|print|e-?mail|save|tweet|comments?))+$/iu,
  // Social prompts naming the site and the platform: 'Follow Yle News on Instagram and get our daily newsletter.', 'Like The Courier on Facebook'.
  /^(?:follow|like|find|join)\s+(?:us|\S+(?:\s+\S+){0,3})\s+on\s+(?:instagram|facebook|x|twitter|tiktok|youtube|threads|linkedin|bluesky|telegram|whatsapp|mastodon|snapchat|social media|google news|google discover|apple news|flipboard|msn|yahoo news|news break|smartnews)\b.{0,120}$/i,
  // A tag or keyword list on one line: 'Tagged: Sierra Leone, West Africa, Health and Medicine', 'Keywords: ibis, China'.
  /^(?:tags|tagged(?:\s+(?:with|in|as|under))?|keywords|filed under|categories|topics)\s*:\s*[^.!?]{1,200}$/i,
  // An aggregator's link back: 'Read the original article on The Sierra Sentinel.'
  /^read (?:the )?(?:original|full) (?:article|story|report) (?:on|at|in)\b[^.!?]{0,80}\.?$/i,
  // A study's citation line: 'Citation: Ruiz, A., Hale, T., et al. (2031). Title. Journal.', 'Journal reference: ...', 'How to cite: ...'.
  // A jury's or an award's citation in quotes ('Citation: "A patient, funny novel ..."') is what the jury said: body text.
  /^(?:citation|journal reference|study reference|how to cite(?: this (?:article|story))?|cite as)\s*:\s*(?!["“‘'])\S/i,
  // An expert-reaction round-up's reference and interests lines: 'Paper: 'Title' by A et al. was published in X at 16:00 ...',
  // 'Declared interests: None of the experts ...', 'Conflict of interest statement: ...'.
  needs(/^(?:the\s+)?(?:paper|study|research paper|original (?:paper|study|article))\s*:\s*\S.{0,400}\b(?:et al\b|published (?:in|by)\b|doi\b)/i, 'et al', 'published', 'doi'),
  /^(?:declared|declarations? of|competing|conflicts? of)\s+interests?(?:\s+statements?)?\s*:/i,
  // A reader-feedback prompt: 'FEEDBACK: Use this form to send a message to the author of this post.'
  /^feedback\s*:\s*(?:use|send|write|tell|click|let)\b/i,
  // A wire's staff credits in brackets at the foot, perhaps after its name between slashes:
  // '/BTA/ (EN - author: A, editor: B)', '(Author: A; Editor: B)', and after the agency's name in capitals, Agerpres style:
  // 'AGERPRES (RO - author: A, editor: B; EN - author: C, editor: D)'.
  /^(?:\/[\p{L} .-]{1,30}\/\s*|\p{Lu}{2,}(?:[ -]\p{Lu}{2,})?\s*)?\([^()]*\b(?:author|editor|translator|translation|reporter|writer)s?\s*:\s*\p{Lu}[^()]*\)\.?$/iu,
  // An obituary's data line at the foot: 'Ana Ruiz Lopes, singer, born 4 May 1941; died 2 June 2030'.
  needs(new RegExp(String.raw`^${PERSON_NAME}(?:,\s*[^;,.!?]{1,60}){0,3},\s*born\b[^;.!?]{1,60};\s*died\b[^;.!?]{1,60}\.?$`, 'u'), 'born'),
  // A paper's print credit at the foot: 'Published in Dawn, June 5th, 2035', 'Printed in The Courier, 3 May 2031, page 4'.
  /^(?:[Pp]ublished|PUBLISHED|[Pp]rinted|PRINTED|[Aa]ppeared|[Ff]irst (?:published|appeared)|[Oo]riginally (?:published|appeared))\s+in\s+(?:(?:the|The|THE)\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,4}\s*,\s*[^.!?]{0,40}\b\d{4}\b[^.!?]{0,30}\.?$/u,
  // A photo essay's credits: 'Photographs by Ana Ruiz; words by Tom Hale', 'Words and pictures by Li Na'.
  new RegExp(String.raw`^${CREDIT_WORK}(?:\s+and\s+${CREDIT_WORK})?\s+by\s+${PERSON_NAMES}(?:\s*[;,|]\s*(?:and\s+)?${CREDIT_WORK}(?:\s+and\s+${CREDIT_WORK})?\s+by\s+${PERSON_NAMES})*\.?$`, 'u'),
  // A wire's writers in brackets at the foot, CNA style: '(By Ana Ruiz and Tom Hale)'; its end mark with the editor's initials: 'Enditem/AW'.
  new RegExp(String.raw`^\(\s*[Bb]y\s+${PERSON_NAMES}\s*\)\.?$`, 'u'),
  /^enditem(?:\s*\/\s*[\p{L}\d]{1,8})*$/iu,
  // A desk's byline: 'By the Courier news desk', 'By the Metro staff', 'By SBE News desk'.
  /^by\s+(?:the\s+)?(?:[\p{L}&'’.-]+\s+){0,5}(?:desk|staff|team|newsroom|bureau|editors|editorial (?:team|board|staff))$/iu,
  // An editorial's signature at the foot: '— The Editorial Board', '- The Editors', '— Editorial Committee'.
  /^[—–-]+\s*(?:the\s+)?(?:editorial\s+(?:board|team|staff|committee|desk)|editors|editorial)\.?$/i,
  // A reader-tip prompt: a question to the reader, then where to send it ('Have you seen a claim you want us to check? Send it
  // to us on WhatsApp.', 'Spotted something? Tell us at tips@...').
  needs(/^[^.!?]{1,100}\?\s+(?:send|tell|share|e-?mail|message|write to|contact|whatsapp|text)\b[^.!?]{0,80}\b(?:us|our)\b[^.!?]{0,60}[.!]?$/i, '?'),
  // A fact-checker's membership line: 'X is a signatory of the International Fact-Checking Network's Code of Principles.'
  needs(/\bsignatory (?:of|to) the\b[^.!?]{0,80}\bcode of principles\b[^.!?]{0,40}\.?$/i, 'code of principles'),
  // A digest's disclaimer at the foot: 'The press review is a digest of ... and does not reflect the views of the Courier.'
  needs(/^(?:[Tt]he|[Tt]his)\s[^"“”.!?]{0,160}\b(?:does|do) not (?:necessarily )?reflect the (?:views|opinions?|position) of (?:the\s+)?\p{Lu}[^,"“”.!?]{0,60}\.?$/u, 'reflect the'),
  // A science portal's foot: 'Journal information: Proceedings of ...', 'Provided by University of X', 'This document is subject to copyright.'
  /^journal information\s*:/i,
  /^[Pp]rovided by\s+\p{Lu}[^.!?]{0,100}$/u,
  /^this document is subject to copyright\b/i,
  // An embedded social post's furniture: 'View on X', 'Posted on Instagram', 'See more on Threads', and its counters alone
  // on a line, '1,204 likes · 318 reposts', '52 replies'.
  /^(?:view|posted|see (?:more|the post|this post)|open|watch)\s+(?:on|in)\s+(?:x|twitter|instagram|facebook|tiktok|youtube|threads|linkedin|bluesky|telegram|mastodon)\.?$/i,
  /^[\d.,]+\s*[km]?\s+(?:likes?|reposts?|retweets?|replies|reply|comments?|shares?|views?|quotes?|bookmarks?)(?:\s*[·•|,]\s*[\d.,]+\s*[km]?\s+(?:likes?|reposts?|retweets?|replies|reply|comments?|shares?|views?|quotes?|bookmarks?))*$/i,
  // A firm's or newsletter's author field with the writers' posts: 'Authors: Ana Ruiz, Partner · Tom Hale, Senior Associate'.
  /^(?:[Aa]uthors?|AUTHORS?|[Cc]ontributors?|CONTRIBUTORS?)\s*:\s*\p{Lu}[^.!?:;]{0,200}$/u,
  // A professional firm's disclaimer: 'This publication is a general summary of the law and does not constitute legal advice.'
  // A report's own disclaimer: 'This report is for information only and is not investment advice.'
  needs(/\b(?:does|do|is|are) not (?:intended to )?(?:constitute|be construed as|a substitute for)\s+(?:legal|financial|investment|tax|medical|professional)\s+advice\b|\b(?:this|the) (?:report|article|story|information|content|publication|newsletter|column|page)\b[^.!?]{0,60}\b(?:is|are) not (?:intended as |meant as )?(?:legal|financial|investment|tax|medical|professional) advice\b/i, 'advice'),
  // An interview's edit note: 'This interview has been edited for length and clarity.'
  /^(?:this|the) (?:interview|conversation|transcript|q&a|exchange)(?: below)? has been (?:lightly |condensed and )?(?:edited|condensed|translated)\b[^.!?]{0,60}\.?$/i,
];

/**
 * Lines that belong to the page around an article, not to the article: comment prompts,
 * copyright lines, navigation links, source credits and spam-filter notices. Each pattern
 * is tested against one trimmed line, case-insensitively.
 */
const BOILERPLATE_LINES: readonly RegExp[] = [
  /^do you like the content of this article\??$/i,
  /^(?:\d+\s+)?comments?$/i,
  /^(?:copyright\b|©|\(c\)\s*\d{4})/i,
  needs(/\ball rights reserved\b/i, 'all rights reserved'),
  /^click (?:to|here)\b/i,
  /^share (?:this|on)\b/i,
  // '**Share this article** · [Facebook](#) · [X](#)': share links in Markdown emphasis.
  /^[*_]+share (?:this|on)\b/i,
  /^(?:related|read more|see also|also read|recommended)\s*:/i,
  /^read more\b/i,
  /^kaynak\s*\/\s*source\s*:/i,
  /^source\s*:\s*$/i,
  needs(/\bakismet\b/i, 'akismet'),
  /^learn how your comment data is processed/i,
  /^be the first to comment\b/i,
  /^(?:write|leave|post|add) (?:a |your )?(?:comment|reply)\b/i,
  needs(/\bcomment policy\b/i, 'comment policy'),
  ...NEWSLETTER_PROMPTS,
  /^(?:follow us|advertisement)\b/i,
  /^(?:view|show|hide) comments\b/i,
  // Wire-service credits and bylines: '(Reporting by ...; Editing by ...)', 'By Jenna Kowalski, Courier staff writer'.
  /^\((?:reporting|writing|editing|additional reporting|compiled)\b.*\)$/i,
  /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:(?:,|\s+and|\s+&)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})*(?:,.*)?$/u,
  // A column's compiler or writer alone on the line: 'Compiled by Ana Ruiz', 'Written by Ana Ruiz, Deputy Editor' (no date or bar after it).
  needs(new RegExp(String.raw`^(?:[Cc]ompiled|[Ww]ritten|[Rr]eported|[Pp]repared)\s+by\s+${PERSON_NAMES}(?:,\s*[^.!?,|\d]{1,50})?$`, 'u'), ' by '),
  /^[Cc]ontact\s+\p{Lu}.*\bat\b/u,
  // Wire credits at the foot: 'Associated Press writer Ana Ruiz in Lima contributed to this report.'
  needs(/^[^.!?]{0,150}\bcontributed (?:to this (?:report|story|article)|(?:additional )?reporting\b[^.!?]{0,80}|(?:from|in)\s+\p{Lu}[^.!?]{0,60})\.?$/iu, 'contributed'),
  /^(?:additional|contributing) reporting by\b/i,
  // A writer's place credit at the foot, AP style: 'Okafor reported from Lagos, Nigeria.', 'Ruiz and Hale reported from Lima.'
  needs(/^\p{Lu}[\p{L}'’-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]+){0,3}\s+reported from\s+\p{Lu}[\p{L}'’.-]*(?:[\s,]+(?:and\s+)?\p{Lu}[\p{L}'’.-]*){0,5}\.?$/u, 'reported from'),
  /^our standards\s*:/i,
  // 'Compiled by dpa editors; contributions from K. Lindholm': a wire desk's credit.
  /^(?:compiled|produced|edited) by\b[^.!?]{0,60}\b(?:editors?|staff|desk)\b/i,
  // 'Photo: Ana Ruiz / AFP' is a credit; 'Photo: Herders move hay by camel in Zavkhan.' is a caption, body text (CAPTION_SENTENCE).
  /^(?:photo|image|video)\s*credit\s*:/i,
  // A transcript's disclaimer, 'E&OE – proof copy only' (errors and omissions excepted).
  /^E\s?&\s?OE\b/,
  // A data credit at a report's foot: 'Prices supplied by Kelso Livestock Mart.', 'Figures provided by the exchange.'
  // The credited name runs to the full stop: 'Prices supplied by Kelso Mart rose' is a sentence.
  /^(?:[Pp]rices|[Ff]igures|[Dd]ata|[Rr]esults|[Ss]tatistics|[Qq]uotes|[Rr]ates)\s+(?:supplied|provided|compiled)\s+by\s+(?:the\s+)?\p{Lu}[\p{L}&'’-]*(?:\s+(?:&\s+|and\s+|of\s+)?\p{Lu}[\p{L}&'’-]*){0,6}\s*(?:\.(?:\s+[^!?]{0,80})?)?$/u,
  /^(?:[Pp]hoto|PHOTO|[Ii]mage|IMAGE|[Vv]ideo|VIDEO)\s*:(?!(?!\s*(?:[Bb]y|BY|[Cc]ourtesy|COURTESY|[Ss]upplied|SUPPLIED|[Hh]andout|HANDOUT|[Ff]ile|FILE|[Cc]redit|CREDIT|[Vv]ia|VIA)\b)\s*\p{Lu}\S*(?:\s+\S+){4,}?[.!?](?:\s|$))/u,
  ...PAGE_FURNITURE,
];

/**
 * A heading for a list of links ('Related coverage:', 'Read more:', and without the colon 'RELATED', 'Related articles'):
 * the lines under it, to a blank line, are links too.
 */
const LINK_LIST_HEADING = /^(?:(?:related|more|further|recommended|see also|also read|read more)(?:\s+(?:coverage|stories|articles|content|news|links|reading|reviews|features|interviews|videos|galleries|on this (?:story|topic)))?\s*:|(?:related|recommended|see also|also read|read (?:more|also|next))(?:\s+(?:coverage|stories|articles|content|news|links|reading))?)$/i;

/**
 * A heading whose block below it (to the first blank line after it has lines) is page furniture:
 * topic lists ('Related topics', 'Explore more on these topics', 'Tags:'), story links ('More on this
 * story'), reference blocks ('Story Source:', 'Journal Reference:') and press-release contacts
 * ('Media contact:', 'NEWS PROVIDED BY' over the company's name).
 */
const BLOCK_HEADING = /^(?:related topics|more on this story|explore more on (?:these|this) topics?|more (?:about|on) (?:these|this) topics?|topics|tags|keywords|story source|source(?:s)? of the story|journal references?|references?|citations?|media contacts?|press contacts?|media enquiries|media inquiries|press enquiries|press inquiries|investor contacts?|contacts?|for (?:further|more) information(?:,? (?:please )?contact)?|about the authors?|more from [^:]{1,40}|forward-looking statements?|(?:cautionary|important) (?:note|notice|statement)s?(?: (?:regarding|concerning|on) forward-looking (?:statements|information))?|safe harbou?r statements?|disclaimer|you may also like|read next|notes? to editors?|editor['’]?s notes?|issued by|(?:most (?:read|popular|viewed|shared)|trending(?: now)?|popular(?: now)?|top stories|editor['’]s picks|more stories|recommended(?: stories| for you)?)(?:\s+(?:from|on|in|at)\s+[^:]{1,40})?)\s*:?$/i;

/**
 * An official text's place-and-date sign-off, 'Done in Brazzaville, 4 June 2037', 'Done at Geneva on 3 May 2030': the signatory's
 * post and name under it, to the next blank line, sign the text like a release's 'Issued by' block. Page furniture.
 */
const DONE_AT = /^Done (?:in|at)\s+\p{Lu}[\p{L}'’. -]{1,40},?\s+(?:(?:on|this)\s+)?(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?\p{L}{3,9},?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\.?$/u;

/** A heading that credits the one line under it: 'NEWS PROVIDED BY' over the company's name. */
const CREDIT_HEADING = /^(?:news |content |story )?provided by\s*:?$/i;

/** A release's end mark: '###', '-30-', '(END)', 'ENDS'. The short lines after it sign the release off. */
const END_MARK = /^(?:#{3}|-\s*30\s*-|\(END\)|[-—–\s]*ENDS?[-—–\s]*|[-—–]+\s*o0o\s*[-—–]+)$/;
/** A sign-off line under an end mark: short, no sentence inside ('Office of the Spokesperson', 'Ministry of X, Addis Ababa'). */
const MAX_SIGNOFF_WORDS = 10;
const SENTENCE_INSIDE = /[.!?]["”’]?\s+\p{Lu}/u;

/** A list item: '- Japan's Bond Yields Hit 20-Year High', '* Story', '• Story', '1. Story'. */
const LIST_ITEM = /^(?:[-*•–]|\d{1,2}[.)])\s+(.+)$/u;
/** A word of four letters or more: in a Title Case headline every one is capitalised. */
const LONG_WORD = /(?<![\p{L}\d'’-])\p{L}[\p{L}'’-]{3,}/gu;
/** Fewest long words a listed headline has; fewest lines in a headline list (bulleted, or bare). */
const MIN_HEADLINE_WORDS = 3;
const MIN_LISTED_HEADLINES = 2;
const MIN_BARE_HEADLINES = 3;

/** A fact box's field: a short label and a colon, 'Goals: A 23'', 'Referee: B', 'Sent off: C'. */
const FACT_FIELD = /^\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?\s*:\s/u;

/**
 * A row of a results or figures table: it ends in a figure, perhaps with a change in brackets and a mark in capitals
 * ('Ana Ruiz (Green) 1,412 ELECTED', 'Independents 17 (-2)', 'Turnout 54.8%'), or in a race time ('1. Kellow Canoe Club
 * (Marsten) 7h41m12s', '2. Ana Ruiz 2:05:33', '3. Tom Hale 10.52s'). A run of such rows is a table, body text.
 */
export const TABLE_ROW = /\s(?:\d{1,3}h\d{1,2}m(?:\d{1,2}(?:[.,]\d+)?s)?|\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d+)?|\d{1,3}(?:[.,]\d+)?s|\d(?:[\d,.]*\d)?%?)(?:\s*\([^()\n]{1,12}\))?(?:\s+\p{Lu}{2,}){0,2}$/u;
/**
 * A row of a results list: two sides and the score between them, the first side closing on a bracket (its country, club or
 * rating) or the row opening on a numbered label: 'Board 1: A (Singapore) 0-1 B (England)', 'Court 2: A ½-½ B', 'A (Kenya)
 * 2-1 B (Ghana)'. Body text, like TABLE_ROW's rows; a headline list has no such rows.
 */
export const RESULT_ROW = /^(?:\p{Lu}\p{Ll}+\s+\d{1,3}\s*:\s+\S.*?\S|.*?\S\))\s+(?:\d{1,2}|½)\s?[-–:]\s?(?:\d{1,2}|½)\s+\p{Lu}/u;
/** A heading in capitals, perhaps with a note in brackets: 'STATE OF THE PARTIES (24 seats)', 'RESULTS'. */
const CAPITALS_HEADING = /^(?=[^a-z]*\p{Lu}{2})[\p{Lu}\d&'’,.:\s-]+(?:\s*\([^()\n]{1,30}\))?$/u;
/** Each line of the text as a span, without its line break. */
function lineSpans(text: string): Span[] {
  const all: Span[] = [];
  const re = /[^\n]*/g;
  for (let m = re.exec(text); m !== null && m.index < text.length; m = re.exec(text)) {
    all.push({ start: m.index, end: m.index + m[0].length });
    re.lastIndex = m.index + m[0].length + 1;
  }
  return all;
}

/** Fewest rows under a heading in capitals that make it a table's heading. */
export const MIN_TABLE_ROWS = 2;

/**
 * The heading in capitals over a table ('STATE OF THE PARTIES (24 seats)' over 'Independents 17 (-2)', ...): the
 * table's label, page furniture whose words name nothing. The rows stay body text.
 */
function tableHeadings(text: string): Span[] {
  const out: Span[] = [];
  const all = lineSpans(text);
  const trimmed = (sp: Span) => text.slice(sp.start, sp.end).trim();
  for (let i = 0; i + MIN_TABLE_ROWS < all.length; i++) {
    const heading = trimmed(all[i]!);
    if (heading.length === 0 || heading.length > 60 || !CAPITALS_HEADING.test(heading)) continue;
    let rows = 0;
    while (rows < MIN_TABLE_ROWS && TABLE_ROW.test(trimmed(all[i + 1 + rows]!))) rows++;
    if (rows >= MIN_TABLE_ROWS) out.push(all[i]!);
  }
  return out;
}

/** A signature's name in capitals, two to four words: 'MAUREEN LE SAUVAGE', 'PHILIPPE DE GARIS', 'J. R. OGIER'. */
const SIGNATURE_NAME = /^\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){1,3}$/u;
/**
 * A signature's name in normal case, two to four words: 'Ana Ruiz-Lopes', 'Tomás de la Vega'. Only with exactly two lines
 * under it (the post and the body it speaks for: 'Managing Director' / 'Harbour Foods Limited'), the first in normal case.
 */
const CASED_SIGNATURE_NAME = /^\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+(?:(?:de|da|del|la|van|von|der|du|dos|bin|al|el)\s+)?\p{Lu}[\p{L}.'’-]*){1,3}$/u;
/** Most words and lines of the address or post under a signature: 'Les Baissières, St Peter Port', 'Chair, St Peter Port Chamber of Trade'. */
const MAX_SIGNATURE_LINE_WORDS = 8;
const MAX_SIGNATURE_LINES = 2;

/**
 * A letter's signature block on a letters page: a name in capitals alone on a line, after a paragraph that ends a sentence and a
 * blank line, with one or two short lines under it (the writer's address or post, no sentence, no field) and then a blank line
 * or the end. It signs the letter, like a byline: page furniture. A heading in capitals has a blank line or many lines under it;
 * one made only of ordinary words ('KEY FACTS') is no name.
 */
function signatureBlocks(text: string): Span[] {
  const out: Span[] = [];
  const all = lineSpans(text);
  const at = (i: number) => (i >= 0 && i < all.length ? text.slice(all[i]!.start, all[i]!.end).trim() : '');
  for (let i = 2; i + 1 < all.length; i++) {
    const len = all[i]!.end - all[i]!.start;
    if (len === 0 || len > 50 || at(i - 1).length > 0) continue;
    const name = at(i);
    const capitals = SIGNATURE_NAME.test(name);
    if (!capitals && !CASED_SIGNATURE_NAME.test(name)) continue;
    if (!/[.!?]["”’)]?$/.test(at(i - 2))) continue;
    let n = 0;
    while (n < MAX_SIGNATURE_LINES + 1 && at(i + 1 + n).length > 0) n++;
    if (n === 0 || n > MAX_SIGNATURE_LINES) continue;
    const under = Array.from({ length: n }, (_, k) => at(i + 1 + k));
    // 'Ana Ruiz' / 'Managing Director' / 'Harbour Foods Limited': a name in normal case signs only over its post and its body.
    if (!capitals && (n !== 2 || !/^\p{Lu}\p{Ll}/u.test(under[0]!) || under[0]!.split(/\s+/).length > 4)) continue;
    if (!under.every((l) => l.split(/\s+/).length <= MAX_SIGNATURE_LINE_WORDS && !/[.!?:;]["”’]?$|:\s/.test(l) && !TABLE_ROW.test(l) && /^\p{Lu}/u.test(l))) continue;
    if (name.split(/\s+/).every((w) => isCommonWord(w.replace(/[.'’-]+$/, '')))) continue;
    out.push(all[i]!, ...under.map((_, k) => all[i + 1 + k]!));
  }
  return out;
}

/** A line that reads like a headline in Title Case: several long words, all capitalised, and no sentence end. */
function isTitleCaseHeadline(line: string): boolean {
  if (/[.!?:;,]["”’]?$/.test(line)) return false;
  const words = line.match(LONG_WORD);
  return words !== null && words.length >= MIN_HEADLINE_WORDS && words.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * Headline lists ('Most Read from X', 'Trending', 'More from X' with or without their heading): two or more
 * list items in a row, or three or more bare lines in a row, each a Title Case headline.
 */
function headlineLists(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  let run: Span[] = [];
  let listed = true;
  let prevEnd = -1;
  const firstStart = text.search(/\S/);
  let fields = 0;
  let rows = 0;
  /** The run's first line is a table row itself. */
  let headRow = false;
  const flush = () => {
    // Bare lines opening the text are the headline and its deck, not a list; bare 'Label: value' lines are a fact box
    // ('Goals: A 23', B 87'' / 'Referee: C'), not a list either; nor are rows that all end in a figure, a results table
    // ('Ana Ruiz (Green) 1,412 ELECTED').
    const factBox = !listed && fields === run.length;
    // 'RESULTS — Diagonale des Fous (175 km)' over 'Men: 1. A (Spain) 22:41:18; ...' rows: a table under its heading.
    const table = rows === run.length || (rows >= MIN_TABLE_ROWS && rows === run.length - 1 && !headRow);
    if (!factBox && !table && run.length >= (listed ? MIN_LISTED_HEADLINES : MIN_BARE_HEADLINES) && (listed || run[0]!.end <= firstStart || run[0]!.start > firstStart)) out.push(...run);
    fields = 0;
    rows = 0;
    run = [];
    listed = true;
  };
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const trimmed = m[0].trim();
    // A blank line ends a run.
    if (prevEnd >= 0 && /\n\s*\n/.test(text.slice(prevEnd, m.index + 1))) flush();
    prevEnd = m.index + m[0].length;
    if (trimmed.length === 0) continue;
    const item = LIST_ITEM.exec(trimmed);
    const body = (item ? item[1]! : trimmed).replace(/^[*_]+|[*_]+$/g, '').replace(/^\[([^\]]+)\]\([^)]*\)$/, '$1');
    if (!isTitleCaseHeadline(body)) {
      flush();
      continue;
    }
    if (!item) listed = false;
    if (FACT_FIELD.test(body)) fields++;
    const row = TABLE_ROW.test(body) || RESULT_ROW.test(body);
    if (row) rows++;
    if (run.length === 0) headRow = row;
    run.push({ start: m.index, end: m.index + m[0].length });
  }
  flush();
  return out;
}

/**
 * A wire's sign-off closing the story, any agency: one word in brackets or between slashes ('(Hina)', '(PNA)', '/Romnews/'),
 * an acronym in capitals alone ('APS', '— MTI'), the desk's initials in capitals between slashes ('JN/APA', 'AB/CD // CD'),
 * or the wire in capitals with its desk's initials in small letters and perhaps the year or a number, Caribbean wire style
 * ('CMC/kr/ir/2038', 'CANA/jb/2031').
 */
const FOOT_SIGN_OFF = /^(?:\(\s*\p{L}[\p{L}-]{1,14}\s*\)|\/\s*\p{L}[\p{L}-]{1,14}\s*\/|[-—–=]*\s*\p{Lu}{2,6}|\p{Lu}{1,5}(?:\s*\/{1,2}\s*\p{Lu}{1,5}){1,5}|\p{Lu}{2,6}(?:\/\p{Ll}{1,4}){1,5}(?:\/\d{1,4})?)\.?$/u;

/** A wire's name and its desk's initials at the foot: 'EFE mrv/jlg/ics', 'PTI SBP ZH RD'. Group 1 is the wire. */
const WIRE_SLUG = /^(\p{L}{2,12})\s+(?:\p{Ll}{1,4}(?:\/\p{Ll}{1,4}){1,5}|\p{Lu}{2,4}(?:\s+\p{Lu}{2,4}){1,5})$/u;

/** True for a wire's name before its desk's initials (WIRE_SLUG). */
function isWireSlug(line: string): boolean {
  const m = WIRE_SLUG.exec(line);
  return m !== null && isWireName(m[1]!);
}

/** The last line that is no boilerplate yet, when it is a wire's sign-off (FOOT_SIGN_OFF). */
function footSignOff(text: string, spans: readonly Span[]): Span | undefined {
  const taken = new Set(spans.map((sp) => sp.start));
  let end = text.length;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed.length > 0 && !taken.has(start) && !taken.has(start + lead)) {
      return FOOT_SIGN_OFF.test(trimmed) ? { start, end } : undefined;
    }
    end = start - 1;
  }
  return undefined;
}

interface LineTest {
  re: RegExp;
  words: readonly string[] | undefined;
}
const tests = (patterns: readonly RegExp[]): readonly LineTest[] => patterns.map((re) => ({ re, words: NEEDED_WORDS.get(re) }));
const BOILERPLATE_TESTS = tests(BOILERPLATE_LINES);
const NEWSLETTER_TESTS = tests(NEWSLETTER_PROMPTS);
const FURNITURE_TESTS = tests(PAGE_FURNITURE);

/** True when a pattern matches the line; a pattern with needed words is tried only when the line holds one of them. */
function anyMatches(list: readonly LineTest[], line: string): boolean {
  let lower: string | undefined;
  // Most lines hold none of the list's needed words: one scan for all of them skips every such pattern at once.
  let anyWord: boolean | undefined;
  for (const t of list) {
    if (t.words !== undefined) {
      lower ??= line.toLowerCase();
      anyWord ??= anyNeededWord(list).test(lower);
      if (!anyWord || !t.words.some((w) => lower!.includes(w))) continue;
    }
    if (t.re.test(line)) return true;
  }
  return false;
}

/** One pattern finding any needed word of a list's patterns (only a speed-up: it matches where one of them is included). */
const neededWords = new Map<readonly LineTest[], RegExp>();
function anyNeededWord(list: readonly LineTest[]): RegExp {
  let re = neededWords.get(list);
  if (re === undefined) {
    re = new RegExp([...new Set(list.flatMap((t) => t.words ?? []))].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
    neededWords.set(list, re);
  }
  return re;
}

/** The line ranges (newline excluded) of boilerplate lines, in text order. */
export function findBoilerplate(text: string): Span[] {
  const spans: Span[] = [];
  let signOff = false;
  const line = /[^\n]+/g;
  let linkList = false;
  // Inside a block under a BLOCK_HEADING: 'open' until the first line under it, then to the next blank line.
  let block: 'none' | 'open' | 'lines' | 'one' = 'none';
  let lastEnd = -1;
  for (let m = line.exec(text); m !== null; m = line.exec(text)) {
    const trimmed = m[0].trim();
    // A blank line (two newlines in a row) ends a list of links.
    const blank = (linkList || block === 'lines') && /\n\s*\n/.test(text.slice(lastEnd, m.index));
    if (linkList && blank) linkList = false;
    if (block === 'lines' && blank) block = 'none';
    lastEnd = m.index + m[0].length;
    if (trimmed.length === 0) continue;
    // '*Sign up for ...*', '**Read more:** [...]': Markdown emphasis around a prompt (not around a byline, which the header reads).
    const plain = trimmed.replace(/^[*_]+|[*_]+$/g, '').replace(/^([^*_]*?)[*_]+(?=\s|$)/, '$1').trim();
    const heading = LINK_LIST_HEADING.test(plain);
    const blockHeading = BLOCK_HEADING.test(plain) || (plain.startsWith('Done ') && DONE_AT.test(plain));
    const creditHeading = CREDIT_HEADING.test(plain);
    const inBlock = block !== 'none';
    if (block === 'open') block = 'lines';
    else if (block === 'one') block = 'none';
    if (signOff && (plain.split(/\s+/).length > MAX_SIGNOFF_WORDS || SENTENCE_INSIDE.test(plain))) signOff = false;
    const endMark = END_MARK.test(plain);
    // The prompt and furniture lists are in BOILERPLATE_LINES already: tried again only on a line Markdown marks changed.
    const listed = anyMatches(BOILERPLATE_TESTS, trimmed) || (plain !== trimmed && (anyMatches(NEWSLETTER_TESTS, plain) || anyMatches(FURNITURE_TESTS, plain)));
    if (signOff || endMark || inBlock || blockHeading || creditHeading || linkList || heading || listed || isWireSignOff(plain) || isWireSlug(plain)) spans.push({ start: m.index, end: m.index + m[0].length });
    if (endMark) signOff = true;
    if (heading) linkList = true;
    if (blockHeading) block = 'open';
    else if (CREDIT_HEADING.test(plain)) block = 'one';
  }
  const foot = footSignOff(text, spans);
  if (foot) spans.splice(spans.filter((sp) => sp.start < foot.start).length, 0, foot);
  const lists = [...headlineLists(text), ...tableHeadings(text), ...signatureBlocks(text)];
  if (lists.length === 0) return spans;
  const seen = new Set(spans.map((sp) => sp.start));
  const added = lists.filter((sp) => !seen.has(sp.start) && (seen.add(sp.start), true));
  return [...spans, ...added].sort((a, b) => a.start - b.start);
}

/** The holder in a copyright line: '© 2036 Highland Courier Ltd. All rights reserved.', 'Copyright © 2030 The Courier'. Group 1. */
const COPYRIGHT_HOLDER = /^(?:copyright\s*)?(?:©|\(c\))?\s*(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)(?!all rights\b)(?:[Tt]he\s+)?(\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?\p{Lu}[\p{L}\p{N}&'’-]*){0,4}?)(?:,?\s+(?:Ltd|Limited|Inc|LLC|Plc|GmbH|AG|SA|S\.A|Pte|Pvt|Pty|L\.P|LP|DAC|Corp|Co)\.?)*\s*(?:[.,]|\s+all rights reserved|$)/iu;
/** The paper in a print credit: 'Published in Dawn, June 5th, 2035'. Group 1. */
const PRINT_CREDIT_PAPER = /^(?:published|printed|appeared|first (?:published|appeared)|originally (?:published|appeared))\s+in\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,4})\s*,/iu;

/**
 * The publication the page's own furniture names: the holder of its copyright line ('© 2036 Highland Courier Ltd.' ->
 * 'Highland Courier') and the paper of its print credit ('Published in Dawn, June 5th, 2035' -> 'Dawn'). The same name in the
 * body ('told Dawn') is that outlet, an organization. Reads only the boilerplate lines.
 */
export function pageOutlets(text: string, boilerplate: readonly Span[]): string[] {
  const out: string[] = [];
  for (const b of boilerplate) {
    const line = text.slice(b.start, b.end).trim().replace(/^[*_]+|[*_]+$/g, '');
    const first = line.charCodeAt(0);
    // '©', '(', 'C'/'c' (Copyright), 'P'/'p', 'O'/'o', 'A'/'a', 'F'/'f' (the print credit's verbs).
    if (first !== 0xa9 && !/^[(CcPpOoAaFf]/.test(line)) continue;
    const m = COPYRIGHT_HOLDER.exec(line) ?? PRINT_CREDIT_PAPER.exec(line);
    if (m && !out.includes(m[1]!)) out.push(m[1]!);
  }
  return out;
}
