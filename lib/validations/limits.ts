// What the forms show (maxLength, the choices of a select) and their schemas enforce. Without
// zod, so that a client form importing these does not ship the schema library to the browser.

export const CORRECTION_KINDS = ["CORRECTION", "REBUTTAL"] as const;
export const CORRECTION_TEXT_MAX = 1000;
export const BIO_MAX = 300;
