import { describe, expect, it } from 'vitest';
import type { Entity, Proposal, SourceMeta } from '../../../shared/model';
import { shortQuote, sourceLine } from '../../../renderer/brief/citationLabel';
import { healthProblems, standingOf, summariseHealth } from '../../../renderer/brief/healthSummary';
import { isSafeLinkUrl, linkTarget } from '../../../renderer/brief/linkUrl';
import { mentionChoices } from '../../../renderer/brief/mentionChoices';
import { matchCiteTrigger, matchMentionTrigger } from '../../../renderer/brief/triggers';

const health = (exact: number, drifted: Array<[string, string, string]> = [], orphaned: Array<[string, string]> = []) => ({
  exact,
  drifted: drifted.map(([annotationId, cited, current]) => ({ annotationId, cited, current })),
  orphaned: orphaned.map(([annotationId, cited]) => ({ annotationId, cited })),
});

describe('citation health wording', () => {
  it('says how to start when there are no citations', () => {
    expect(summariseHealth(health(0))).toEqual({ text: 'No citations yet — type /cite or use Cite in brief', problems: 0 });
  });

  it('says all are exact, in the singular for one', () => {
    expect(summariseHealth(health(3)).text).toBe('All 3 citations exact');
    expect(summariseHealth(health(1)).text).toBe('The citation is exact');
  });

  it('counts only the problems, drifted before orphaned', () => {
    expect(summariseHealth(health(2, [['a', 'old', 'new']], [['b', 'gone']]))).toEqual({ text: '1 drifted · 1 orphaned', problems: 2 });
    expect(summariseHealth(health(0, [], [['b', 'x'], ['c', 'y']])).text).toBe('2 orphaned');
  });

  it('lists a quote cited twice as one problem to fix', () => {
    const rows = healthProblems(health(0, [['a', 'old', 'new'], ['a', 'old', 'new']], [['b', 'x'], ['b', 'x']]));
    expect(rows.map((r) => `${r.kind}:${r.annotationId}`)).toEqual(['drifted:a', 'orphaned:b']);
  });

  it('calls a citation drifted only while it still carries the words the check saw', () => {
    const checked = health(0, [['a', 'old words', 'new words']], [['b', 'x']]);
    expect(standingOf(checked, 'a', 'old words')).toBe('drifted');
    expect(standingOf(checked, 'a', 'new words')).toBe('exact');
    expect(standingOf(checked, 'b', 'x')).toBe('orphaned');
    expect(standingOf(null, 'a', 'old words')).toBe('exact');
  });
});

describe('link addresses', () => {
  it('accepts web and e-mail addresses, adding the scheme people leave out', () => {
    expect(linkTarget('https://example.org/report?id=1')).toEqual({ ok: true, url: 'https://example.org/report?id=1' });
    expect(linkTarget(' example.org/report ')).toEqual({ ok: true, url: 'https://example.org/report' });
    expect(linkTarget('press@example.org')).toEqual({ ok: true, url: 'mailto:press@example.org' });
    expect(linkTarget('mailto:press@example.org')).toEqual({ ok: true, url: 'mailto:press@example.org' });
  });

  it('refuses addresses that could run something, saying why', () => {
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>x</script>', 'file:///etc/passwd', 'vbscript:msgbox']) {
      const target = linkTarget(bad);
      expect(target.ok, bad).toBe(false);
      if (!target.ok) expect(target.reason).toMatch(/web pages \(http, https\) or e-mail addresses/);
    }
  });

  it('refuses what is not an address at all', () => {
    expect(linkTarget('')).toMatchObject({ ok: false, reason: expect.stringContaining('Type a web address') });
    expect(linkTarget('two words')).toMatchObject({ ok: false });
    expect(linkTarget('harbour')).toMatchObject({ ok: false, reason: '“harbour” is not a web address.' });
  });

  it('lets Lexical keep only links with an explicit safe scheme', () => {
    expect(isSafeLinkUrl('https://example.org')).toBe(true);
    expect(isSafeLinkUrl('mailto:a@example.org')).toBe(true);
    expect(isSafeLinkUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeLinkUrl('example.org')).toBe(false);
  });
});

describe('typeahead triggers', () => {
  it('opens "/cite" alone and with words, at the start of a line or after a space', () => {
    expect(matchCiteTrigger('/cite')).toEqual({ leadOffset: 0, matchingString: '', replaceableString: '/cite' });
    expect(matchCiteTrigger('As reported /cite harbour pause')).toEqual({ leadOffset: 12, matchingString: 'harbour pause', replaceableString: '/cite harbour pause' });
  });

  it('leaves "/cite" inside a word or path, and closes after two spaces', () => {
    expect(matchCiteTrigger('see a/cite x')).toBeNull();
    expect(matchCiteTrigger('/cited')).toBeNull();
    expect(matchCiteTrigger('/cite harbour  ')).toBeNull();
  });

  it('opens "@" for names with single spaces, not inside e-mail addresses', () => {
    expect(matchMentionTrigger('Who: @Tomas Rey')).toEqual({ leadOffset: 5, matchingString: 'Tomas Rey', replaceableString: '@Tomas Rey' });
    expect(matchMentionTrigger('@')).toEqual({ leadOffset: 0, matchingString: '', replaceableString: '@' });
    expect(matchMentionTrigger('write to press@example.org')).toBeNull();
    expect(matchMentionTrigger('@Tomas  ')).toBeNull();
  });
});

describe('"@" choices', () => {
  const entity = (id: string, name: string, aliases: string[] = []) => ({ id, name, aliases, kind: 'person' }) as Entity;
  const proposal = (id: string, title: string) => ({ id, title }) as Proposal;
  const entities = [entity('e1', 'Daniel Ferreira', ['Ferreira']), entity('e2', 'Amal Haddad', ['Hadad'])];
  const proposals = [proposal('p1', 'Ferry corridor pause')];

  it('finds entities by name or alias and proposals by title, never offering to create one', () => {
    // A title starting with the words beats an alias starting with them, as in the link typeahead.
    expect(mentionChoices(entities, proposals, 'fer').map((c) => [c.kind, c.label, c.matched])).toEqual([
      ['proposal', 'Ferry corridor pause', null],
      ['entity', 'Daniel Ferreira', 'Ferreira'],
    ]);
    expect(mentionChoices(entities, proposals, 'hadad')).toEqual([{ kind: 'entity', recordId: 'e2', label: 'Amal Haddad', matched: 'Hadad', detail: 'person' }]);
    expect(mentionChoices(entities, proposals, 'nobody')).toEqual([]);
  });

  it('lists everything for a bare "@"', () => {
    expect(mentionChoices(entities, proposals, '')).toHaveLength(3);
  });
});

describe('citation labels', () => {
  it('cuts a long quote at a word and keeps a short one whole', () => {
    expect(shortQuote('A short quote.')).toBe('A short quote.');
    const long = 'Negotiators met again on Tuesday in the harbour city of Port Selen, where mediators presented a first step toward a truce.';
    const cut = shortQuote(long, 60);
    expect(cut).toBe('Negotiators met again on Tuesday in the harbour city of…');
    expect(cut.length).toBeLessThanOrEqual(61);
  });

  it('names the outlet and date, or the title when there is no outlet', () => {
    const source = { title: 'Harbour talks', outlet: 'Harbour Herald', publishedAt: { precision: 'month', date: '2031-03' } } as SourceMeta;
    expect(sourceLine(source)).toMatch(/^Harbour Herald, .*2031$/);
    expect(sourceLine({ ...source, outlet: '', publishedAt: null })).toBe('Harbour talks');
    expect(sourceLine(undefined)).toBe('source no longer in the notebook');
  });
});
