import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/language/tokenize.js';

const words = (text: string) => tokenize(text).map((t) => t.word);

describe('a word typed in two scripts', () => {
  it('is written in the script of most of its letters, where the others have a lookalike there', () => {
    // A Latin i in a Kazakh word, a Latin o in a Russian one, a Cyrillic а in an English one.
    expect(words('кай кунi')).toEqual(['кай', 'куні']);
    expect(words('Кoгда')).toEqual(['когда']);
    expect(words('Wаbtec')).toEqual(['wabtec']);
    expect(words('Cбер')).toEqual(['сбер']);
  });

  it('is left as written when a letter has no lookalike in the other script', () => {
    expect(words('iPhoneЖ')).toEqual(['iphoneж']);
  });
});

describe('a capitalised Latin word in a Cyrillic text', () => {
  it('is a name wherever it stands, the first word too', () => {
    expect(tokenize('Tesla Қазақстанда зауыт салады ма?')[0]).toMatchObject({ word: 'tesla', named: true });
    expect(tokenize('Wabtec-пен жасалған келісім қанша тұрады?')[0]).toMatchObject({ word: 'wabtec', named: true });
    expect(tokenize('Boeing поставит самолёты?')[0]).toMatchObject({ word: 'boeing', named: true });
  });

  it('is not, opening a Latin text, nor is a Cyrillic first word', () => {
    expect(tokenize('Tesla signed a deal?')[0]!.named).toBe(false);
    expect(tokenize('Сколько локомотивов поставит Wabtec?')[0]!.named).toBe(false);
  });
});

describe("a model's designation", () => {
  it('is one word, written without its hyphen, and a name wherever it stands', () => {
    expect(tokenize('Hány F-16-os vadászgépet vesz?').map((t) => [t.word, t.named])).toEqual([
      ['hány', false],
      ['f16', true],
      ['os', false],
      ['vadászgépet', false],
      ['vesz', false],
    ]);
    expect(tokenize('C-130J planes: how many?')[0]).toMatchObject({ word: 'c130j', named: true, start: 0, end: 6 });
    expect(words('самолёты Су-35 и МиГ-29')).toEqual(['самолёты', 'су35', 'и', 'миг29']);
  });

  it('is not a word and its suffix, nor a number with a letter after it, nor a long name and a year', () => {
    expect(words('АҚШ-тың келісімі')).toEqual(['ақш', 'тың', 'келісімі']);
    expect(words('2025-жылы')).toEqual(['2025', 'жылы']);
    expect(words('Казахстан-2050')).toEqual(['казахстан', '2050']);
  });
});
