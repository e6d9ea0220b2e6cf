/** A concept and the word stems that express it in each language. */
export interface Concept { id: string; en: string[]; ru: string[]; bg: string[]; hu: string[]; kk: string[] }
export const CONCEPTS: readonly Concept[] = [];
