import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

// «Касым-Жомарт Токаев принял… Фото: Акорда. Президент поздравил…»: a sentence that opens with a title and no name
// goes on with the one just named; whom "the President" congratulated is whom Tokayev did.
describe('a sentence that opens with a bare title, after one that names the person', () => {
  const ctx = useEngineOver({
    'nortec.txt': 'Nortec in Astana\n\nOn 3 May Kassym-Jomart Tokayev received the Nortec chairman John Miller in Astana.\n\nPhoto: Akorda\n\nThe President congratulated Peter Brown on his appointment as the new US ambassador, noting that Kazakhstan will support his mission.\n',
    'other.txt': 'Trade news\n\nThe Nortec chairman John Miller thanked Kassym-Jomart Tokayev for the wagon contract signed in Astana.\n',
  });

  it.each(['Whom did Tokayev congratulate?', 'Кого поздравил Токаев?', 'Кого поздрави Токаев?', 'Kinek gratulált Tokajev?'])('tells what that person did: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toBe('Peter Brown');
  });

  it('is no referent where the title names the person itself: «The chairman John Miller thanked…»', async () => {
    expect((await ctx.engine.ask('Who thanked Tokayev for the wagon contract?')).lead).toBe('John Miller');
  });
});
