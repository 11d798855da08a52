import type { LinkRole } from '../../../shared/model';
import { EASTERN_LEDGER } from './articles/eastern-ledger';
import { HALVARD_COURIER } from './articles/halvard-courier';
import { MERIDIAN_WIRE } from './articles/meridian-wire';
import type { SampleArticle } from './articles/types';
import type { SampleEntityKey } from './records';

/** The articles in the order they are imported (and were published). */
export const SAMPLE_ARTICLES = { wire: MERIDIAN_WIRE, courier: HALVARD_COURIER, ledger: EASTERN_LEDGER } satisfies Record<string, SampleArticle>;
export type SampleArticleKey = keyof typeof SAMPLE_ARTICLES;

/** A link to an entity by its sample key, or to the sample's one proposal. */
export type SampleLink = { entity: SampleEntityKey; role?: LinkRole } | { proposal: LinkRole };

export interface SampleAnnotation {
  article: SampleArticleKey;
  /** Words that occur exactly once in the article. */
  quote: string;
  links: SampleLink[];
  comment?: string;
  tags: string[];
}

/** What a researcher would have marked after a first read of the three articles. */
export const SAMPLE_ANNOTATIONS = {
  wireDraft: {
    article: 'wire',
    quote: 'The draft was presented by Hélène Marchbank',
    links: [{ entity: 'marchbank' }, { proposal: 'status' }],
    comment: 'First report of the draft: the Institute’s envoy put it to both delegations on Monday.',
    tags: ['status'],
  },
  wireLength: {
    article: 'wire',
    quote: 'a 72-hour pause in fighting around Oryn',
    links: [{ proposal: 'term' }, { entity: 'oryn' }],
    tags: ['terms'],
  },
  wireDetainees: {
    article: 'wire',
    quote: 'the Committee would release 120 detainees held since the winter',
    links: [{ proposal: 'term' }, { entity: 'committee' }],
    tags: ['terms', 'detainees'],
  },
  wireCorridor: {
    article: 'wire',
    quote: 'the government would open the Saltmarsh road to aid convoys for the length of the pause',
    links: [{ proposal: 'term' }],
    tags: ['terms'],
  },
  wireKestrin: {
    article: 'wire',
    quote: 'We did not come here to sign the first page we were handed',
    links: [{ entity: 'kestrin', role: 'quote' }],
    tags: ['quotes'],
  },
  courierLength: {
    article: 'courier',
    quote: 'a 48-hour pause',
    links: [{ proposal: 'term' }],
    comment: 'The Courier says 48 hours; Meridian Wire and the Ledger say 72. Its figure is not attributed to anyone.',
    tags: ['terms', 'to check'],
  },
  courierDetainees: {
    article: 'courier',
    quote: 'the Committee would release 120 detainees held since the winter',
    links: [{ proposal: 'term' }],
    comment: 'Wire copy, reprinted: not a second confirmation of the figure.',
    tags: ['terms', 'detainees'],
  },
  courierStudying: {
    article: 'courier',
    quote: 'his delegation was studying the text line by line',
    links: [{ proposal: 'status' }, { entity: 'kestrin' }],
    tags: ['status'],
  },
  courierCondition: {
    article: 'courier',
    quote: 'the Committee would accept the pause only if the monitors could stop any convoy carrying weapons',
    links: [{ proposal: 'position' }, { entity: 'committee' }],
    comment: 'The Committee’s condition, from an unnamed member of its delegation; the government has rejected it before.',
    tags: ['positions'],
  },
  ledgerAccepted: {
    article: 'ledger',
    quote: 'have accepted in principle a pause in the fighting around Oryn',
    links: [{ proposal: 'status' }],
    comment: '“In principle”: the date and the order of the first steps are still open.',
    tags: ['status'],
  },
  ledgerSupports: {
    article: 'ledger',
    quote: 'the government supported the pause',
    links: [{ proposal: 'position' }, { entity: 'government' }],
    tags: ['positions'],
  },
  ledgerDetainees: {
    article: 'ledger',
    quote: '120 detainees were expected to be released in the first phase',
    links: [{ proposal: 'term' }],
    tags: ['terms', 'detainees'],
  },
  ledgerLength: {
    article: 'ledger',
    quote: 'the pause would last seventy-two hours',
    links: [{ proposal: 'term' }],
    tags: ['terms'],
  },
  ledgerKestrin: {
    article: 'ledger',
    quote: 'We accept the principle. We have not yet accepted the calendar',
    links: [{ entity: 'kestrin', role: 'quote' }, { proposal: 'position' }],
    tags: ['quotes', 'positions'],
  },
} satisfies Record<string, SampleAnnotation>;

export type SampleAnnotationKey = keyof typeof SAMPLE_ANNOTATIONS;
