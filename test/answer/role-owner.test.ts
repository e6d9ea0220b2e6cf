import { describe, expect, it } from 'vitest';
import { UNRELATED_ARTICLES, useEngineOver, useOfflineEngine } from '../support/workspace.js';

// «Boeing компаниясының қай өкілімен»: the word for the company, possessed by the name before it, and the question word
// may stand between the owner and the role; «Токаев компанияның қай басшысымен» is the company's head, not Tokayev's.
describe('a Kazakh role whose owner stands three words before it', () => {
  const ctx = useOfflineEngine();

  it.each([
    ['Тоқаев Boeing компаниясының қай өкілімен кездесті?', 'Jeff Shockey'],
    ['Boeing туралы: Тоқаев компанияның қай басшысымен сөйлесті?', 'Jeff Shockey'],
  ])('is the owner\'s person: %s', async (question, lead) => {
    expect((await ctx.engine.ask(question)).lead).toBe(lead);
  });
});

// "…with a Boeing vice president. What is the name of this Boeing representative?": a name the message repeats owns
// the role it stands beside the second time, though it first stood before another role.
describe('a role owner the message names twice', () => {
  const ctx = useOfflineEngine();

  it.each([
    'Tokayev talked about Dreamliners with a Boeing vice president. Who was that Boeing representative?',
    'Токаев говорил о самолётах с вице-президентом Boeing. Как зовут этого представителя Boeing?',
  ])('is the owner of the role asked: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toBe('Jeff Shockey');
  });
});

// «a SCAT *Airlines* vezérigazgatója»: an airline is a company, and the word for it may stand between its name and the
// role it owns; a window that gives no one that role does not answer it with a company the airline buys from.
describe('a role owned by an airline named with the word for it', () => {
  const ctx = useOfflineEngine();

  it.each(['Hogy hívják a SCAT Airlines vezérigazgatóját?', 'Ki a SCAT Airlines elnök-vezérigazgatója?'])('is not answered by another company: %s', async (question) => {
    expect((await ctx.engine.ask(question)).answered).toBe(false);
  });
});

// «…се срещна с главния изпълнителен директор на Kestrel Иван Петров»: the name right after a role and its "of" is whom
// the role is of, not who holds it; and an English auxiliary after a role opens
// a clause whose subject owns no role ("which head of the company *did* Ozols invite?").
describe('the name a role is of', () => {
  const ctx = useEngineOver({
    ...UNRELATED_ARTICLES,
    'ports.txt': 'Пристанищна сделка\n\nМинистърът на транспорта на Латвия Андрис Озолс се срещна с главния изпълнителен директор на Kestrel Иван Петров в Рига. По време на разговора главният изпълнителен директор на Kestrel беше поканен да построи два контейнерни терминала в Латвия.\n',
  });

  it.each([
    'Which head of the company was invited to build terminals?',
    'Кой директор беше поканен да построи терминали?',
    'Какого директора пригласили построить терминалы?',
  ])('is not its holder: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toBe('Иван Петров');
  });

  it.each(['Which head of the company did Ozols invite to build terminals?', 'Which boss of the firm did Ozols meet in Riga?'])('is not the subject of a clause after it: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toBe('Иван Петров');
  });

  // («Озолс қай директор*мен* кездесті?»: a Kazakh role with no possessive is nobody's, and the name before it the
  // clause's subject; «Kestrel компаниясының қай директор*ы*мен» is the company's.)
  it.each(['Озолс қай директормен кездесті?', 'Озолс Ригада қандай басшымен кездесті?', 'Kestrel компаниясының қай директорымен кездесті Озолс?'])('is not a Kazakh subject\'s before a role with no possessive: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toBe('Иван Петров');
  });
});
