import type { Child } from 'hono/jsx';

// Server-rendered SVG charts: readable without JavaScript and without CSS, each with a <title>
// and a <desc> that says the numbers in words, scaled to the width of the page (viewBox).

const COLORS = { covered: '#1a7f37', open: '#0b5cad', track: '#e8ecf0', text: '#1b1f24', muted: '#5b6470' };

/** A chart in a figure with its caption and the link to its numbers as CSV. */
export function Chart(props: {
  id: string;
  title: string;
  desc: string;
  width: number;
  height: number;
  csvHref: string;
  csvLabel: string;
  children: Child;
}) {
  return (
    <figure class="chart" style="margin:1rem 0">
      <svg
        role="img"
        aria-labelledby={`${props.id}-title ${props.id}-desc`}
        viewBox={`0 0 ${props.width} ${props.height}`}
        width="100%"
        style={`max-width:${props.width}px;height:auto;display:block`}
        xmlns="http://www.w3.org/2000/svg"
        font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
      >
        <title id={`${props.id}-title`}>{props.title}</title>
        <desc id={`${props.id}-desc`}>{props.desc}</desc>
        {props.children}
      </svg>
      <figcaption>
        {props.title} · <a href={props.csvHref}>{props.csvLabel}</a>
      </figcaption>
    </figure>
  );
}

export interface Bar {
  label: string;
  value: number;
  /** The value as text (e.g. "42%", "1.234"). */
  text: string;
  highlight?: boolean;
}

/**
 * Horizontal bars, one per row: the label on its own line above its bar, so long Indonesian
 * function names never squeeze the bars on a phone.
 */
export function barsHeight(n: number) {
  return n * 44 + 8;
}

export function Bars(props: { bars: Bar[]; width: number; max?: number }) {
  const max = Math.max(props.max ?? 0, ...props.bars.map((b) => b.value), 1e-9);
  const track = props.width - 70;
  return (
    <>
      {props.bars.map((b, i) => {
        const y = i * 44 + 4;
        const w = Math.max(1, (b.value / max) * track);
        return (
          <g>
            <text x={0} y={y + 14} font-size="14" fill={COLORS.text}>
              {b.label.length > 60 ? `${b.label.slice(0, 58)}…` : b.label}
            </text>
            <rect x={0} y={y + 20} width={track} height={16} fill={COLORS.track} rx={2} />
            <rect
              x={0}
              y={y + 20}
              width={w.toFixed(1)}
              height={16}
              fill={b.highlight === false ? COLORS.open : COLORS.covered}
              rx={2}
            />
            <text x={track + 6} y={y + 33} font-size="14" fill={COLORS.text} font-weight="600">
              {b.text}
            </text>
          </g>
        );
      })}
    </>
  );
}

export interface Tile {
  label: string;
  value: number;
  covered: boolean;
  href: string;
}

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Squarified treemap layout (Bruls, Huizing, van Wijk 2000) of values sorted largest first. */
export function squarify(values: number[], box: Rect): Rect[] {
  const total = values.reduce((a, b) => a + b, 0);
  if (total <= 0) return values.map(() => ({ x: box.x, y: box.y, w: 0, h: 0 }));
  const scale = (box.w * box.h) / total;
  const areas = values.map((v) => v * scale);
  const out: Rect[] = [];
  let rest = { ...box };
  let i = 0;
  const worst = (row: number[], side: number) => {
    const s = row.reduce((a, b) => a + b, 0);
    const mx = Math.max(...row);
    const mn = Math.min(...row);
    return Math.max((side * side * mx) / (s * s), (s * s) / (side * side * mn));
  };
  while (i < areas.length) {
    const side = Math.min(rest.w, rest.h);
    const row = [areas[i]!];
    let j = i + 1;
    while (j < areas.length && worst([...row, areas[j]!], side) <= worst(row, side)) row.push(areas[j++]!);
    const s = row.reduce((a, b) => a + b, 0);
    if (rest.w >= rest.h) {
      const w = s / rest.h;
      let y = rest.y;
      for (const a of row) {
        out.push({ x: rest.x, y, w, h: a / w });
        y += a / w;
      }
      rest = { x: rest.x + w, y: rest.y, w: rest.w - w, h: rest.h };
    } else {
      const h = s / rest.w;
      let x = rest.x;
      for (const a of row) {
        out.push({ x, y: rest.y, w: a / h, h });
        x += a / h;
      }
      rest = { x: rest.x, y: rest.y + h, w: rest.w, h: rest.h - h };
    }
    i = j;
  }
  return out;
}

/** A treemap of tiles (largest first); each tile links to its page and names itself when it fits. */
export function Treemap(props: {
  tiles: Tile[];
  width: number;
  height: number;
  countText: (n: number) => string;
}) {
  const rects = squarify(
    props.tiles.map((t) => t.value),
    { x: 0, y: 0, w: props.width, h: props.height },
  );
  return (
    <>
      {props.tiles.map((t, i) => {
        const r = rects[i]!;
        const fits = r.w > 70 && r.h > 38;
        const size = Math.max(12, Math.min(22, r.w / 7, r.h / 3));
        return (
          <a href={t.href}>
            <rect
              x={(r.x + 1).toFixed(1)}
              y={(r.y + 1).toFixed(1)}
              width={Math.max(0, r.w - 2).toFixed(1)}
              height={Math.max(0, r.h - 2).toFixed(1)}
              fill={t.covered ? COLORS.covered : COLORS.open}
              fill-opacity={0.85 - Math.min(0.45, i * 0.02)}
              rx={3}
            >
              <title>{`${t.label}: ${props.countText(t.value)}`}</title>
            </rect>
            {fits ? (
              <>
                <text
                  x={(r.x + 8).toFixed(1)}
                  y={(r.y + 8 + size).toFixed(1)}
                  font-size={size.toFixed(0)}
                  fill="#fff"
                  font-weight="700"
                >
                  {t.label.length * size * 0.68 > r.w - 12
                    ? `${t.label.slice(0, Math.max(3, Math.floor((r.w - 12) / (size * 0.68)) - 1))}…`
                    : t.label}
                </text>
                <text
                  x={(r.x + 8).toFixed(1)}
                  y={(r.y + 12 + size * 2).toFixed(1)}
                  font-size={(size * 0.75).toFixed(0)}
                  fill="#fff"
                >
                  {props.countText(t.value)}
                </text>
              </>
            ) : null}
          </a>
        );
      })}
    </>
  );
}

/** A small legend row for the treemap's two colours. */
export function Legend(props: { items: { color: 'covered' | 'open'; label: string }[] }) {
  return (
    <p class="muted" style="display:flex;flex-wrap:wrap;gap:1rem;margin:0.25rem 0">
      {props.items.map((i) => (
        <span>
          <svg width="12" height="12" aria-hidden="true" style="vertical-align:-1px;margin-right:0.3rem">
            <rect width="12" height="12" rx="2" fill={COLORS[i.color]} />
          </svg>
          {i.label}
        </span>
      ))}
    </p>
  );
}
