import { useVirtualizer } from '@tanstack/react-virtual';
import {
  Fragment,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
  type Ref,
} from 'react';

/** Panels with up to this many rows render every row: cheap, and nothing to get wrong for screen readers. */
export const VIRTUALISE_ABOVE = 100;

/** What a row's `<li>` must carry so the panel can place and measure it (spread it on the `<li>`). */
export interface RowProps {
  ref?: Ref<HTMLLIElement>;
  'data-index'?: number;
  style?: CSSProperties;
}

/** One section of a panel: a head (a source's title, a note when it has no rows) and its rows. */
export interface Section<T> {
  key: string;
  head: ReactNode;
  items: readonly T[];
  /** The class of the element that holds the head and the list (`claims-group`...). */
  className: string;
}

interface VirtualSectionsProps<T> {
  sections: readonly Section<T>[];
  getKey: (item: T) => string;
  /** Draws one row as an `<li>` with `row` spread on it. */
  renderRow: (item: T, row: RowProps) => ReactNode;
  /** First guesses of a row's and a head's height in pixels; both are measured once drawn. */
  estimateRow: number;
  estimateHead: number;
  /** The class of each section's `<ul>`. */
  listClassName: string;
  /** The key of a row to bring into view (the active claim or suggestion). */
  revealKey?: string | null;
}

/** A head or a row, in the order the panel shows them. */
type Entry<T> =
  | { kind: 'head'; section: Section<T>; key: string }
  | { kind: 'row'; section: Section<T>; key: string; item: T };

/** The nearest ancestor that scrolls vertically: the side panel for the Claims and Suggestions lists. */
function scrollParent(element: HTMLElement | null): HTMLElement | null {
  for (let node = element?.parentElement ?? null; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return null;
}

/** The top of `element` within the scrolled content of `parent`, in pixels. */
function offsetIn(parent: HTMLElement, element: HTMLElement): number {
  return (
    element.getBoundingClientRect().top - parent.getBoundingClientRect().top + parent.scrollTop
  );
}

/** An entry's height with its margins: entries are stacked by these heights. */
function outerHeight(element: Element): number {
  const style = getComputedStyle(element);
  return (
    element.getBoundingClientRect().height +
    parseFloat(style.marginTop || '0') +
    parseFloat(style.marginBottom || '0')
  );
}

/**
 * A panel of sections (one per source, or per source and type), each a head and a `<ul>` of
 * rows. A long panel draws only the heads and rows near the visible part of its scrolling
 * parent, through one @tanstack/react-virtual list over all of them (headless, measured
 * heights, `scrollMargin` for what sits above). One list for the whole panel, not one per
 * section: 200 sources used to mean 200 virtualisers, each measuring its place and re-rendering
 * on every scroll, ~40 ms of each tag on a 200-source project. A short panel renders plainly.
 */
export function VirtualSections<T>(props: VirtualSectionsProps<T>) {
  const rows = props.sections.reduce((sum, section) => sum + section.items.length, 0);
  if (rows > VIRTUALISE_ABOVE) return <WindowedSections {...props} />;
  return props.sections.map((section) => (
    <div key={section.key} className={section.className}>
      {section.head}
      <ul className={props.listClassName}>
        {section.items.map((item) => (
          <Fragment key={props.getKey(item)}>{props.renderRow(item, {})}</Fragment>
        ))}
      </ul>
    </div>
  ));
}

function WindowedSections<T>({
  sections,
  getKey,
  renderRow,
  estimateRow,
  estimateHead,
  listClassName,
  revealKey,
}: VirtualSectionsProps<T>) {
  const entries = useMemo(
    () =>
      sections.flatMap((section): Entry<T>[] => [
        { kind: 'head', section, key: `head:${section.key}` },
        ...section.items.map((item) => ({
          kind: 'row' as const,
          section,
          key: getKey(item),
          item,
        })),
      ]),
    [sections, getKey],
  );
  const box = useRef<HTMLDivElement>(null);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);
  // Where the panel's list starts in its scrolling parent: measured when it mounts, and a frame
  // after the parent scrolls (what sits above may have changed height), never on every render.
  useLayoutEffect(() => {
    const parent = scrollParent(box.current);
    setScroller(parent);
    if (parent && box.current) setMargin(offsetIn(parent, box.current));
  }, []);
  useEffect(() => {
    if (!scroller) return;
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (!box.current) return;
        const offset = offsetIn(scroller, box.current);
        setMargin((current) => (Math.abs(current - offset) >= 1 ? offset : current));
      });
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      scroller.removeEventListener('scroll', onScroll);
    };
  }, [scroller]);
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scroller,
    estimateSize: (index) => (entries[index]?.kind === 'head' ? estimateHead : estimateRow),
    getItemKey: (index) => entries[index]!.key,
    measureElement: outerHeight,
    scrollMargin: margin,
    overscan: 8,
  });
  // Only when the key changes: an edit that shifts rows must not pull the panel back.
  const latest = useRef(entries);
  latest.current = entries;
  useEffect(() => {
    if (!revealKey) return;
    const index = latest.current.findIndex(
      (entry) => entry.kind === 'row' && entry.key === revealKey,
    );
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [revealKey, virtualizer]);

  // The entries in view, by section, so each keeps its heading and its own list around its rows.
  const shown: { section: Section<T>; head?: ReactNode; rows: ReactNode[] }[] = [];
  for (const virtual of virtualizer.getVirtualItems()) {
    const entry = entries[virtual.index]!;
    const place = {
      ref: virtualizer.measureElement,
      'data-index': virtual.index,
      style: {
        position: 'absolute',
        top: 0,
        left: 0,
        width: '100%',
        transform: `translateY(${virtual.start - margin}px)`,
      } satisfies CSSProperties,
    };
    let group = shown.at(-1);
    if (group?.section !== entry.section)
      shown.push((group = { section: entry.section, rows: [] }));
    if (entry.kind === 'head')
      group.head = (
        <div className="section-head" {...place}>
          {entry.section.head}
        </div>
      );
    else group.rows.push(<Fragment key={entry.key}>{renderRow(entry.item, place)}</Fragment>);
  }
  return (
    <div
      ref={box}
      className="virtual-sections"
      style={{ position: 'relative', height: virtualizer.getTotalSize() }}
    >
      {shown.map(({ section, head, rows }) => (
        <div key={section.key} className={section.className}>
          {head}
          {rows.length > 0 ? <ul className={listClassName}>{rows}</ul> : null}
        </div>
      ))}
    </div>
  );
}
