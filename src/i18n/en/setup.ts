// English UI text: setup.
export const setup = {} as const;
