import type { Concept } from './concept.js';

/** Descriptive words: size, importance, quality. */
export const DESCRIPTIVE: readonly Concept[] = [
  { id: 'large', en: ['=large', 'largest', '=big', 'biggest'], ru: ['крупн', 'крупнейш'], bg: ['=голям', '=голяма', '=големи'], hu: ['=nagy', 'nagyobb', 'legnagyobb'], kk: ['=ірі', 'үлкен'] },
];
