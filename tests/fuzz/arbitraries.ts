import fc from 'fast-check';
import type { Claim, ClaimValue } from '../../core/model/claim';
import type { Figure } from '../../core/quantity/figure';

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const bound = fc.option(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), {
  nil: null,
});

const figure: fc.Arbitrary<Figure> = fc
  .record(
    {
      low: bound,
      high: bound,
      lowInclusive: fc.boolean(),
      highInclusive: fc.boolean(),
      approximate: fc.boolean(),
      value: fc.integer(),
      kind: fc.constantFrom('exact', 'lower-bound', 'upper-bound', 'range', 'approximate', 'vague'),
    },
    { requiredKeys: ['low', 'high', 'lowInclusive', 'highInclusive', 'approximate'] },
  )
  // JSON has no -0: it comes back as 0, which is a JSON limit, not an export bug.
  .map((f) => ({
    ...f,
    low: Object.is(f.low, -0) ? 0 : f.low,
    high: Object.is(f.high, -0) ? 0 : f.high,
  }));

const value: fc.Arbitrary<ClaimValue | null> = fc.oneof(
  fc.constant(null),
  figure.map((f) => ({ kind: 'figure' as const, figure: f })),
  fc.record(
    { kind: fc.constant('date' as const), date: text, text },
    { requiredKeys: ['kind', 'date'] },
  ),
  fc.record({ kind: fc.constant('text' as const), text }),
);

/** Any claim the project schema accepts, with hostile strings in every text field. */
export const claimArbitrary: fc.Arbitrary<Claim> = fc
  .record(
    {
      id: fc.oneof(
        fc.uuid(),
        text.filter((s) => s.length > 0),
      ),
      type: fc.constantFrom(
        'casualty',
        'count',
        'attribution',
        'date',
        'location',
        'actor',
        'statement',
        'other',
      ),
      tags: fc.array(text, { maxLength: 3 }),
      sourceId: text.filter((s) => s.length > 0),
      contentHash: text,
      exact: text,
      prefix: text,
      suffix: text,
      start: fc.nat({ max: 10_000 }),
      length: fc.nat({ max: 500 }),
      event: text,
      measure: text,
      subject: text,
      value,
      attributedTo: text,
      attributedTarget: text,
      note: text,
      credibility: fc.constantFrom(
        1 as const,
        2 as const,
        3 as const,
        4 as const,
        5 as const,
        6 as const,
      ),
      created: fc.oneof(
        text,
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      ),
      modified: text,
    },
    {
      requiredKeys: [
        'id',
        'type',
        'tags',
        'sourceId',
        'contentHash',
        'exact',
        'prefix',
        'suffix',
        'start',
        'length',
        'event',
        'measure',
        'value',
        'attributedTo',
        'note',
        'created',
        'modified',
      ],
    },
  )
  .map((r) => {
    const claim: Claim = {
      id: r.id,
      type: r.type,
      tags: r.tags,
      target: {
        sourceId: r.sourceId,
        contentHash: r.contentHash,
        quote: { type: 'TextQuoteSelector', exact: r.exact, prefix: r.prefix, suffix: r.suffix },
        position: { type: 'TextPositionSelector', start: r.start, end: r.start + r.length },
      },
      event: r.event,
      measure: r.measure,
      value: r.value,
      attributedTo: r.attributedTo,
      note: r.note,
      created: r.created,
      modified: r.modified,
    };
    if (r.subject !== undefined) claim.subject = r.subject;
    if (r.attributedTarget !== undefined) claim.attributedTarget = r.attributedTarget;
    if (r.credibility !== undefined) claim.credibility = r.credibility;
    return claim;
  });
