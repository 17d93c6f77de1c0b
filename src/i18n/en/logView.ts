// English UI text: logView.
export const logView = {} as const;
