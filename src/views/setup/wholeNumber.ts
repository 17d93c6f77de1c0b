// What the setup forms accept as a whole number typed in a text field.

/** The digits typed (spaces around allowed) as a number, else NaN (so every range check fails). */
export const wholeNumber = (text: string): number =>
  /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
