/**
 * Verbs that attribute words to a speaker. The same table decides quote attribution
 * ('..., Kerry said'), paraphrase ('Kerry said that ...') and the person cue ('Josh Earnest said').
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'stated', 'states', 'asked', 'asks', 'warned', 'warns',
  'explained', 'explains', 'noted', 'notes', 'insisted', 'insists', 'wrote', 'writes', 'declared', 'declares',
  'continued', 'continues', 'replied', 'replies', 'recalled', 'recalls', 'argued', 'argues', 'stressed', 'stresses',
  'announced', 'announces', 'confirmed', 'confirms', 'claimed', 'claims', 'acknowledged', 'acknowledges',
  'admitted', 'admits', 'urged', 'urges', 'vowed', 'vows', 'commented', 'comments', 'concluded', 'remarked',
  'tweeted', 'posted', 'testified', 'cautioned', 'predicted', 'estimated', 'suggested', 'conceded', 'boasted',
  'complained', 'responded', 'answered', 'observed', 'emphasised', 'emphasized', 'pointed', 'reiterated', 'shouted',
  'maintained', 'maintains',
]);

/**
 * Verbs that report a finding only with 'that' right after them (or after a date or setting):
 * 'The court held that ...', 'the panel found that ...'; otherwise they are acts ('held talks').
 */
export const THAT_VERBS: ReadonlySet<string> = new Set([
  'held', 'holds', 'found', 'finds', 'concluded', 'concludes', 'observed', 'observes', 'complained', 'complains', 'objected', 'objects',
  // Answers: 'replied that cash was needed ...' (not 'replied to questions', 'answered the charges').
  'replied', 'replies', 'responded', 'responds', 'answered', 'answers', 'countered', 'counters',
  // A position held: 'The ministry maintains that the deal needs no ratification' (not 'maintains the roads').
  'maintained', 'maintains', 'maintain',
  // An acceptance reports a clause only with 'that': 'She accepted that he had been under pressure' (not 'accepted the offer').
  'accepted', 'accepts',
  // A declaration or finding reports a clause only with 'that': 'The court declared that the riders were employees',
  // '..., finding that most riders ...' (not 'declared a state of emergency', 'finding a solution').
  'declared', 'declares', 'finding', 'concluding',
  // A proposal reports a clause only with 'that': 'proposed that the council ask ...' (not 'proposed a motion', 'the proposed law').
  'proposed', 'proposes',
  // A determination or recommendation reports a clause only with 'that': 'The sheriff determined that the death ...',
  // 'recommended that the agency amend its code' (not 'determined to appeal', 'the recommended dose').
  'determined', 'determines', 'recommended', 'recommends',
  // A demand reports a clause only with 'that' (usually a subjunctive): 'demanded that the minister appear before ...'
  // (not 'demanded his resignation', 'demanded answers').
  'demanded', 'demands', 'demand',
  // A request reports a clause only with 'that' (a subjunctive): 'requested that the board delay its vote'
  // (not 'requested a meeting', 'the documents requested by ...').
  'requested', 'requests',
]);

/** Verbs that report speech without quoting it: 'Ja’afari rejected accusations that ...'. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'warned', 'warns', 'rejected', 'rejects', 'denied', 'denies', 'accused', 'accuses',
  'vowed', 'vows', 'claimed', 'claims', 'insisted', 'insists', 'argued', 'argues', 'announced', 'announces',
  'confirmed', 'confirms', 'stressed', 'stresses', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'noted',
  'notes', 'added', 'adds', 'predicted', 'predicts', 'estimated', 'estimates', 'believes', 'suggested', 'suggests',
  'promised', 'promises', 'pledged', 'pledges', 'urged', 'urges', 'dismissed', 'dismisses',
  // Advice reports what is advised, only with an infinitive: 'advised people to avoid ...' (not 'advised the minister').
  'advised', 'advises', 'advising',
  // Requests report what is asked for: 'asked that two spots be kept', 'asked the ministry to ...' (not 'asked for a delay').
  'asked', 'asks',
  'reported', 'reports', 'explained', 'explains', 'testified', 'conceded', 'concedes',
  'threatened', 'threatens', 'threatening', 'accuse', 'wrote', 'writes', 'blamed', 'blames', 'ruled', 'rules', 'announced', 'argue',
  // Plural and infinitive forms: 'The United States and the EU ... say', 'Residents say', 'would not deny'.
  'say', 'warn', 'deny', 'insist', 'claim', 'reject', 'vow', 'predict', 'estimate', 'note', 'acknowledge',
  'blame', 'cautioned', 'cautions', 'criticised', 'criticized', 'criticises', 'criticizes',
  // Complaints and objections report a clause too: 'complained that the referee had ...', 'objected that ...'.
  'complained', 'complains', 'objected', 'objects',
  'replied', 'replies', 'responded', 'responds', 'answered', 'answers', 'countered', 'counters',
  'maintained', 'maintains', 'maintain',
  // Press-release verbs: 'H.E. X stated that ...', 'Ambassador Y underlined that ...' ('states' is too often the noun).
  'stated', 'underlined', 'underlines', 'underscored', 'underscores', 'reaffirmed', 'reaffirms',
  'reiterated', 'reiterates', 'emphasised', 'emphasized', 'emphasises', 'emphasizes', 'affirmed', 'affirms',
  // A participle continuing the subject's clause: 'The United States called ..., saying it was ...'.
  'saying', 'telling', 'adding', 'warning', 'arguing', 'noting', 'insisting', 'claiming', 'stressing', 'urging',
  'accusing', 'predicting', 'ruling', 'vowing', 'promising', 'pledging', 'explaining', 'acknowledging', 'denying',
  // Findings, only before 'that' (THAT_VERBS).
  'held', 'holds', 'found', 'finds', 'concluded', 'concludes', 'observed', 'observes',
  'accepted', 'accepts', 'proposed', 'proposes', 'declared', 'declares', 'finding', 'concluding',
  'determined', 'determines', 'recommended', 'recommends',
  'demanded', 'demands', 'demand',
  'requested', 'requests',
  // Notices, only with the one told and a that-clause (INFORM_VERBS): 'wishes to inform the public that ...'.
  'inform', 'informs', 'informed', 'assure', 'assures', 'assured', 'remind', 'reminds', 'reminded', 'notify', 'notifies', 'notified',
]);

/**
 * Verbs of notice that report only with the one told and a that-clause: 'The Ministry wishes to assure the public and our
 * trading partners that ...', 'informed shareholders that ...' (not 'informed the decision', nor the passive 'was informed that').
 */
export const INFORM_VERBS: ReadonlySet<string> = new Set(['inform', 'informs', 'informed', 'assure', 'assures', 'assured', 'remind', 'reminds', 'reminded', 'notify', 'notifies', 'notified']);

/** Reporting verbs in their -ing form: they report only after a comma, continuing the clause's subject ('..., telling Reuters ...'). */
export const PARTICIPLES: ReadonlySet<string> = new Set([...REPORTING_VERBS].filter((v) => v.endsWith('ing')));

/**
 * Verbs that report only with an infinitive or a that-clause: 'vowed to press on', 'urged
 * residents to stay indoors'. Without one they are acts ('threatened springs', 'urged caution').
 */
export const INFINITIVE_VERBS: ReadonlySet<string> = new Set([
  'threatened', 'threatens', 'threatening', 'vowed', 'vows', 'vow', 'vowing', 'promised', 'promises', 'promising',
  'pledged', 'pledges', 'pledging', 'urged', 'urges', 'urging', 'advised', 'advises', 'advising',
]);


/**
 * Verbs that report a clause but also take a plain object as an act: 'claimed victory',
 * 'confirmed the grant', 'announced the appointment of'. Without 'that' their complement must
 * read as a clause ('claimed the vote was rigged'). 'reported' is not one of them: 'reported six
 * deaths' reports figures.
 */
export const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'claimed', 'claims', 'claim', 'claiming', 'confirmed', 'confirms', 'announced', 'announces', 'acknowledged',
  'acknowledges', 'acknowledge', 'acknowledging', 'admitted', 'admits', 'noted', 'notes', 'note',
  'noting', 'dismissed', 'dismisses', 'warned', 'warns', 'warn', 'warning',
  // 'cautioned against reading too much into it' is advice, like 'warned against'; 'cautioned that ...' and 'cautioned the
  // figures were preliminary' report.
  'cautioned', 'cautions',
  // 'reaffirmed its commitment', 'underlined the importance of', 'stated its position': acts without a clause.
  'stated', 'states', 'underlined', 'underlines', 'underscored', 'underscores', 'reaffirmed', 'reaffirms',
  'reiterated', 'reiterates', 'emphasised', 'emphasized', 'emphasises', 'emphasizes', 'affirmed', 'affirms',
  // 'conceded defeat' is an act; 'conceded that ...', 'conceded the plan had flaws' report.
  'conceded', 'concedes', 'concede',
  // 'wrote the majority judgment' is an act; 'wrote that ...', 'wrote the agency had failed' report.
  'wrote', 'writes',
  // 'explained its position on ...' is an act; 'explained that ...', 'explained the delay was due to ...' report.
  'explained', 'explains',
]);

/** Verbs that give something a name in the speaker's words: 'called the ramp “a 1990s solution”'. */
export const NAMING_VERBS: ReadonlySet<string> = new Set([
  'called', 'calls', 'call', 'described', 'describes', 'dubbed', 'dubs', 'termed', 'terms', 'labelled', 'labeled',
  'branded', 'brands', 'characterised', 'characterized', 'hailed', 'hails', 'denounced', 'denounces',
  // After a comma, continuing the clause's subject: '..., calling the decision “baffling”'.
  'calling', 'describing', 'dubbing', 'terming', 'labelling', 'labeling', 'branding', 'hailing', 'denouncing',
]);

/** Verbs of plain speech: a subject of one of these inside a reported clause is the one reported ('He says Kerry told Lavrov that ...'). */
export const SAY_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'say', 'told', 'tells', 'tell']);
