/** The organisation's own name: its programme data needs no other source. */
export const DEFAULT_OWN_SOURCES: readonly string[] = ['ALIMA'];

// "us" is left out: it cannot be told from "US", the United States.
const FIRST_PERSON_PLURAL = ['we', 'our', 'ours', 'ourselves', 'nous', 'nos', 'notre', 'nôtre', 'nôtres'];

/**
 * Right after the organisation or "we": it only reports, estimates or reacts
 * (`we are alarmed that`, `ALIMA estimates`, `nous constatons que`, `our
 * estimates`, `nos estimations`): a figure it speaks about is not its own data.
 */
const REPORTS_OR_REACTS = new RegExp(
  // The organisation's people may stand between it and the verb: `our teams in Ouallam estimate`.
  String.raw`^(?:['’]s)?(?:\s+(?:teams?|staff|doctors?|nurses?|colleagues|partners?|équipes?|médecins?|infirmi\p{L}*|personnel|partenaires?)(?:\s+(?:in|on|at|à|au|en|sur|du|de|d['’])\s*(?:the\s+|le\s+|la\s+|l['’])?[\p{L}-]+)?)?\s+(?:` +
    [
      String.raw`(?:are|is|was|were|remain|remains|have been|has been|am|feel|felt)\s+(?:\p{L}+\s+)?(?:alarmed|concerned|worried|shocked|saddened|outraged|appalled|dismayed|alarmed|troubled)`,
      String.raw`(?:estimat|believ|fear|warn|not(?:e|ed|es|ing)\b|observ|see|saw|seen|found|find|know|knew|learn|report|call|urg|condemn|denounc|welcom|regret|recall|remind|stress|point|underlin|highlight|expect|predict|project|calculat|understand|hear|heard|think|deplor)\p{L}*`,
      String.raw`(?:estimates?|estimations?|calculations?|projections?|assessments?|concerns?|fears?)`,
      String.raw`(?:sommes|est|sont|restons|reste|demeurons|étions|était)\s+(?:\p{L}+\s+)?(?:alarmée?s?|préoccupée?s?|inquiète?s?|inquiets?|choquée?s?|indignée?s?|consternée?s?)`,
      String.raw`(?:constat|estim|observ|craign|crai|alert|dénon|rappel|appel|not(?:ons|e|ent)\b|sav|voy|v(?:oi|oy)|soulign|déplor|pens|prévo|projet|calcul)\p{L}*`,
    ].join('|') +
    ')',
  'iu',
);

/** `selon nos estimations`, `according to our estimates`: the organisation reporting, not acting. */
const ATTRIBUTED_TO_OWN = /(?:selon|d['’]après|according to)\s+$/iu;

/**
 * What the organisation does and has, as programme data counts it (content-rules
 * §1.3): treated, trained, screened, consultations, surgeries, deliveries, staff,
 * sites… in English and French word stems.
 */
// prettier-ignore
const ACTIVITY = new RegExp(
  String.raw`(?<![\p{L}])(?:` +
    [
      // English
      'treat', 'train', 'screen', 'vaccinat', 'immuni[sz]', 'consult', 'surger', 'operat', 'deliver', 'birth',
      'admit', 'admission', 'hospitali[sz]', 'staff', 'employ', 'worker', 'team', 'site', 'cent(?:er|re)',
      'clinic', 'hospital', 'facilit', 'bed', 'project', 'program', 'distribut', 'provid', 'support', 'reach',
      'assist', 'help', 'cared', 'caring', 'perform', 'conduct', 'carried', 'ran\\b', 'run', 'open', 'buil',
      'rehabilitat', 'recruit', 'hir', 'deploy', 'manag', 'patient', 'beneficiar', 'kit', 'test', 'refer',
      'visit', 'volunteer', 'raised', 'spent', 'invest', 'budget', 'fund', 'donor', 'countr', 'district',
      'dose', 'respon', 'medical', 'nurse', 'doctor', 'midwi', 'follow',
      // French
      'soign', 'soin', 'trait', 'form[ée]', 'formation', 'dépist', 'vaccin', 'consult', 'chirurg', 'opér',
      'interven', 'accouch', 'naissance', 'admis', 'hospitalis', 'salari', 'employ', 'personnel', 'équipe',
      'centre', 'clinique', 'hôpita', 'structure', 'lit', 'projet', 'programme', 'distribu', 'fourni',
      'soutenu', 'appu', 'pris en charge', 'prise en charge', 'accompagn', 'atteint', 'réalis', 'men[ée]',
      'effectu', 'ouvert', 'construi', 'réhabilit', 'recrut', 'déploy', 'géré', 'patient', 'bénéficiaire',
      'référ', 'visite', 'bénévole', 'collect', 'dépens', 'investi', 'pays', 'médec', 'infirmi', 'sage',
      'agent', 'aid', 'mobilis', 'intervention', 'riposte', 'réponse', 'suivi', 'touch', 'action',
    ].join('|') +
    ')',
  'iu',
);

const escape = (name: string): string => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How a draft names the organisation's own work: the configured own sources, or "we". */
export interface OwnData {
  /** A sentence, list item or cell whose figures the organisation counted: it is the actor of the activity. */
  counts(text: string): boolean;
  /** A heading that opens a section about the organisation's own work ("Our fieldwork", "L'impact d'ALIMA"). */
  heads(text: string): boolean;
  /** `text` with the organisation's names blanked out: `ALIMA estimates` names no outside source. */
  unnamed(text: string): string;
}

const cache = new Map<string, OwnData>();

/**
 * The own-data test for a list of names, compiled once per list. The voice is
 * the organisation's (a name of `ownSources`, or `we`, `our`, `nous`, `nos`,
 * `notre`) when a mention of it neither only reports, estimates or reacts nor
 * sits in an attribution (`selon nos estimations`).
 */
export function ownData(ownSources: readonly string[]): OwnData {
  const key = ownSources.join('\u0000');
  let found = cache.get(key);
  if (found === undefined) {
    const names = [...ownSources.filter((name) => name.trim() !== '').map(escape), ...FIRST_PERSON_PLURAL];
    const voice = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    const acts = (text: string): boolean => {
      voice.lastIndex = 0;
      for (let match = voice.exec(text); match !== null; match = voice.exec(text)) {
        const end = match.index + match[0].length;
        if (REPORTS_OR_REACTS.test(text.slice(end, end + 60))) continue;
        if (ATTRIBUTED_TO_OWN.test(text.slice(Math.max(0, match.index - 20), match.index))) continue;
        return true;
      }
      return false;
    };
    found = {
      counts: (text) => acts(text) && ACTIVITY.test(text),
      heads: acts,
      unnamed: (text) => text.replace(voice, (name) => '_'.repeat(name.length)),
    };
    cache.set(key, found);
  }
  return found;
}
