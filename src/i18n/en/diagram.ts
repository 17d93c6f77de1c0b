// English UI text: diagram.
export const diagram = {} as const;
