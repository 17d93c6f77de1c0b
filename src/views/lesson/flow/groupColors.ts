// One colour per member of a consumer group, by its index in the group, for its chip and the
// partitions it owns. Hues kept away from the broker palette (theme.ts) so an owner chip is never
// read as a broker; each still carries white text at 4.5:1, and chips show a number too, so colour
// is never the only cue (the palette wraps past six members).
export const MEMBER_PALETTE = [
  '#6D3FC0', // violet (the diagram's consumer purple)
  '#D81B60', // raspberry
  '#2E7D32', // green
  '#795548', // brown
  '#00838F', // teal
  '#455A64', // slate
] as const;

/** The colour of the member at `index` (0-based) in its group; wraps. */
export function memberColor(index: number): string {
  const i = ((index % MEMBER_PALETTE.length) + MEMBER_PALETTE.length) % MEMBER_PALETTE.length;
  return MEMBER_PALETTE[i] ?? MEMBER_PALETTE[0];
}
