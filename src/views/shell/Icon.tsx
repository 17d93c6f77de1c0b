// Small inline SVG icons (no icon font: the glyphs must render on every system), decorative only.
const PATHS = {
  play: 'M5 3.5v13l11-6.5z',
  pause: 'M5 3.5h3.5v13H5zM11.5 3.5H15v13h-3.5z',
  stepBack: 'M4 4h2.5v12H4zM17 4v12L7.5 10z',
  stepForward: 'M13.5 4H16v12h-2.5zM3 4v12l9.5-6z',
  link: 'M8.5 11.5a3.5 3.5 0 0 0 5 0l3-3a3.5 3.5 0 0 0-5-5l-1 1M11.5 8.5a3.5 3.5 0 0 0-5 0l-3 3a3.5 3.5 0 0 0 5 5l1-1',
  globe:
    'M10 2.5a7.5 7.5 0 1 0 0 15a7.5 7.5 0 1 0 0-15M2.5 10h15M10 2.5c2.2 2.2 2.2 12.8 0 15M10 2.5c-2.2 2.2-2.2 12.8 0 15',
  keyboard: 'M2.5 5.5h15v9h-15zM5 8h1M8 8h1M11 8h1M14 8h1M6.5 11.5h7',
  check: 'M4 10.5l4 4l8-9',
} as const;

export type IconName = keyof typeof PATHS;

const STROKED: ReadonlySet<IconName> = new Set(['link', 'globe', 'keyboard', 'check']);

export function Icon({ name, size = 16 }: { name: IconName; size?: number }) {
  const stroked = STROKED.has(name);
  return (
    <svg
      className="icon-svg"
      width={size}
      height={size}
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[name]}
        fill={stroked ? 'none' : 'currentColor'}
        stroke={stroked ? 'currentColor' : 'none'}
        strokeWidth={stroked ? 1.6 : 0}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
