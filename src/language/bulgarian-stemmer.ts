/**
 * Bulgarian light stemmer (Savoy's algorithm, as in @orama/stemmers' "bulgarian"). Ported rather than
 * imported: that package's version assigns into a string, which throws in strict mode on words such as
 * «министърът». Here the word is an array of letters, so the letter changes the algorithm asks for
 * (ен → н, ъ dropped before the last consonant, plural ци → к…) really happen.
 */
export function stemBulgarian(word: string): string {
  const w = [...word];
  let n = w.length;
  if (n < 4) return word;
  const ends = (suffix: string) => n >= suffix.length && w.slice(n - suffix.length, n).join('') === suffix;
  if (n > 5 && ends('ища')) return w.slice(0, n - 3).join('');

  // The definite article.
  if (n > 6 && ends('ият')) n -= 3;
  else if (n > 5 && (ends('ът') || ends('то') || ends('те') || ends('та') || ends('ия'))) n -= 2;
  else if (n > 4 && ends('ят')) n -= 2;

  // The plural.
  if (n > 6 && (ends('овци') || ends('ове'))) n -= 3;
  else if (n > 6 && ends('еве')) {
    w[n - 3] = 'й';
    n -= 2;
  } else if (n > 5 && ends('ища')) n -= 3;
  else if (n > 5 && ends('та')) n -= 2;
  else if (n > 5 && ends('ци')) {
    w[n - 2] = 'к';
    n -= 1;
  } else if (n > 5 && ends('зи')) {
    w[n - 2] = 'г';
    n -= 1;
  } else if (n > 5 && w[n - 3] === 'е' && w[n - 1] === 'и') {
    w[n - 3] = 'я';
    n -= 1;
  } else if (n > 4 && ends('си')) {
    w[n - 2] = 'х';
    n -= 1;
  } else if (n > 4 && ends('и')) n -= 1;

  // A final vowel, then the fleeting vowels of «-ен» and «-ъ-».
  if (n > 3) {
    if (ends('я')) n -= 1;
    if (ends('а') || ends('о') || ends('е')) n -= 1;
  }
  if (n > 4 && ends('ен')) {
    w[n - 2] = 'н';
    n -= 1;
  }
  if (n > 5 && w[n - 2] === 'ъ') {
    w[n - 2] = w[n - 1]!;
    n -= 1;
  }
  return w.slice(0, n).join('');
}
