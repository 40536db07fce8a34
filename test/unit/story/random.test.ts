/** The one seeded generator gives the numbers the game and the checks have always drawn. */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/game/theme';
import { mulberry32 } from '../../../src/story/random';

describe('mulberry32', () => {
  it('draws the same numbers from the same seed, as it always has', () => {
    const draw = mulberry32(123456789);
    expect([draw(), draw(), draw()]).toEqual([0.2577907438389957, 0.9707721115555614, 0.7853280142880976]);
    // A negative seed is read as its 32 bits.
    const negative = mulberry32(-5);
    expect([negative(), negative()]).toEqual([0.48384718922898173, 0.05296749505214393]);
  });

  it("is the game's generator too: a string seed gives one sequence, every time", () => {
    const a = seededRandom('stamp:exchange-application');
    const b = seededRandom('stamp:exchange-application');
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});
