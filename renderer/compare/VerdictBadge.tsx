import { BADGE_GLYPHS, BADGE_LABELS, type BadgeKind } from './group-view';

/** A verdict badge: a glyph and a word, so it never relies on colour alone. */
export function VerdictBadge({ kind }: { kind: BadgeKind }) {
  return (
    <span className={`verdict-badge verdict-${kind}`} data-verdict={kind}>
      <span className="verdict-glyph" aria-hidden="true">
        {BADGE_GLYPHS[kind]}
      </span>
      {BADGE_LABELS[kind]}
    </span>
  );
}
