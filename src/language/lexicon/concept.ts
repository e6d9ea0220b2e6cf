/**
 * Hand-curated multilingual concept lexicon: the cross-lingual bridge for lexical retrieval.
 *
 * Domain: business / diplomacy / economy news about Kazakhstan, the US and Central Asia.
 * Languages: en, ru, bg, hu, kk. Everything is lowercase and in native script.
 *
 * Entry syntax (applied by lexicon.ts, not here):
 *  - a plain entry is a STEM: any word that starts with it matches ('локомотив' → 'локомотивов');
 *  - an entry starting with '=' is an EXACT whole word ('=сша', '=év');
 *  - an entry starting with '==' is a word SPELLED exactly, unfolded, and wins over the rest: it tells apart
 *    words folding merges («направленный», aimed, folds like «направлений», of directions).
 *
 * How entries are matched, and why many of them look the way they do:
 *  - every entry and every text word is folded to one Latin spelling (fold.ts foldWord), and the
 *    stems of ALL languages share one table. A stem therefore also meets the other languages' words:
 *    Russian 'север' (north) would catch English "several", Russian 'импорт' "important", Hungarian
 *    'irány' (direction) folds to "iran". Such stems are replaced by exact forms or longer stems;
 *  - folding drops accents and doubled letters, so 'arány'/'arany' or 'прибыль'/'прибыл' become one
 *    word; entries whose folded forms would collide across concepts are left out;
 *  - a word takes its exact entry if there is one, otherwise the concepts of the longest stem it
 *    starts with (so 'сельхозтехник' wins over 'сельхоз' for "сельхозтехники");
 *  - folded stems shorter than 4 letters are ignored, and hyphens split words, so entries are single
 *    words without hyphens; question words and stopwords are removed before lookup.
 * Company and person names do not belong here; Bulgarian adjectives list the masculine form with
 * its fleeting vowel ('съвместн' + 'съвместен'); Russian lists 'е' and 'ё' spellings where needed.
 * Topic files (agreements.ts, finance.ts...) hold the concepts; a concept lives in exactly one file.
 * lexicon-check.ts measures corpus coverage and finds collisions (`npm run lexicon`), and
 * test/lexicon-data.test.ts fails on any of them.
 */

/** A concept and the word stems that express it in each language. */
export interface Concept {
  id: string;
  en: string[];
  ru: string[];
  bg: string[];
  hu: string[];
  kk: string[];
}
