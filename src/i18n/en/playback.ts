// English UI text: playback.
export const playback = {} as const;
