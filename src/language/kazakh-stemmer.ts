/** Placeholder until the Kazakh suffix stripper lands: plural and the commonest case endings. */
export function stemKazakh(word: string): string {
  return word.length > 5 ? word.replace(/(?:лар|лер|дар|дер|тар|тер)?(?:дың|дің|тың|тің|ның|нің|ға|ге|қа|ке|да|де|та|те|дан|ден|тан|тен|мен|бен|пен)$/u, '') : word;
}
