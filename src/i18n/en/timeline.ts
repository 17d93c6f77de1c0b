// English UI text: timeline.
export const timeline = {} as const;
