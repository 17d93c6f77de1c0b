// English UI text: scenario.
export const scenario = {} as const;
