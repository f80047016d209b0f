import { useVirtualizer } from '@tanstack/react-virtual';
import {
  Fragment,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
  type Ref,
} from 'react';

/** Lists up to this long render every row: cheap, and nothing to get wrong for screen readers. */
export const VIRTUALISE_ABOVE = 100;

/** What a row's `<li>` must carry so the list can place and measure it (spread it on the `<li>`). */
export interface RowProps {
  ref?: Ref<HTMLLIElement>;
  'data-index'?: number;
  style?: CSSProperties;
}

interface VirtualRowsProps<T> {
  items: readonly T[];
  getKey: (item: T) => string;
  /** Draws one row as an `<li>` with `row` spread on it. */
  renderRow: (item: T, row: RowProps) => ReactNode;
  /** A first guess of a row's height in pixels; rows are measured once drawn. */
  estimateHeight: number;
  className?: string;
  /** The key of a row to bring into view (the active claim or suggestion). */
  revealKey?: string | null;
  /**
   * Whether to draw only the rows in view; by default when this list is long. A panel of many
   * short lists passes its total, so 200 lists of 100 rows are windowed too.
   */
  windowed?: boolean;
}

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

/**
 * A `<ul>` that draws only the rows near the visible part of its scrolling panel, through
 * @tanstack/react-virtual (headless, measured row heights, a list inside a larger scrolled panel
 * via `scrollMargin`). 5,000 claims then cost a few dozen rows per render instead of 5,000.
 * Short lists render plainly.
 */
export function VirtualRows<T>(props: VirtualRowsProps<T>) {
  return (props.windowed ?? props.items.length > VIRTUALISE_ABOVE) ? (
    <WindowedRows {...props} />
  ) : (
    <ul className={props.className}>
      {props.items.map((item) => (
        <Fragment key={props.getKey(item)}>{props.renderRow(item, {})}</Fragment>
      ))}
    </ul>
  );
}

function WindowedRows<T>({
  windowed: _windowed,
  items,
  getKey,
  renderRow,
  estimateHeight,
  className,
  revealKey,
}: VirtualRowsProps<T>) {
  const list = useRef<HTMLUListElement>(null);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);
  // Where the list starts in its scrolling panel. Measured when the list mounts or changes
  // length, not on every render (each reading forces a layout, which costs milliseconds beside
  // a long source text), and again, one frame later, whenever the panel scrolls: a panel of many
  // lists (one per source) moves every list below one that grew or shrank, or whose rows were
  // measured, and a list that kept its first offset drew the rows of the wrong place (a 200-source
  // Claims panel was blank past its first screen).
  useLayoutEffect(() => {
    const parent = scrollParent(list.current);
    setScroller(parent);
    if (parent && list.current) setMargin(offsetIn(parent, list.current));
  }, [items.length]);
  useEffect(() => {
    if (!scroller) return;
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (!list.current) return;
        const offset = offsetIn(scroller, list.current);
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
    count: items.length,
    getScrollElement: () => scroller,
    estimateSize: () => estimateHeight,
    getItemKey: (index) => getKey(items[index]!),
    scrollMargin: margin,
    overscan: 8,
  });
  // Only when the key changes: an edit that shifts rows must not pull the panel back.
  const latest = useRef({ items, getKey });
  latest.current = { items, getKey };
  useEffect(() => {
    if (!revealKey) return;
    const { items: rows, getKey: keyOf } = latest.current;
    const index = rows.findIndex((item) => keyOf(item) === revealKey);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [revealKey, virtualizer]);
  return (
    <ul
      ref={list}
      className={className}
      style={{ position: 'relative', height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((row) => (
        <Fragment key={row.key}>
          {renderRow(items[row.index]!, {
            ref: virtualizer.measureElement,
            'data-index': row.index,
            style: {
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              transform: `translateY(${row.start - margin}px)`,
            },
          })}
        </Fragment>
      ))}
    </ul>
  );
}
