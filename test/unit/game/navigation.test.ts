import { describe, expect, it } from 'vitest';
import {
  baseOf,
  escapeFrom,
  goBack,
  openScreen,
  type ScreenRules,
  type Stack,
  topOf,
} from '../../../src/game/navigation';
import { SCREENS, type ScreenName } from '../../../src/game/screen-table';

type Name = 'home' | 'play' | 'pause' | 'options' | 'help';
const rules: ScreenRules<Name> = {
  home: { layer: 'base', escape: null, back: null },
  play: { layer: 'base', escape: { open: 'pause' }, back: null },
  pause: { layer: 'overlay', escape: 'back', back: 'pop' },
  options: { layer: 'overlay', escape: 'back', back: 'pop' },
  help: { layer: 'overlay', escape: null, back: 'pop' },
};

describe('the screen stack', () => {
  it('puts an overlay on top and a base screen in place of everything', () => {
    const paused = openScreen<Name>(['play'], 'pause', rules);
    expect(paused).toEqual(['play', 'pause']);
    expect(openScreen(paused, 'options', rules)).toEqual(['play', 'pause', 'options']);
    expect(openScreen(openScreen(paused, 'options', rules), 'home', rules)).toEqual(['home']);
    expect(topOf<Name>(['play', 'pause'])).toBe('pause');
    expect(baseOf<Name>(['play', 'pause'])).toBe('play');
  });

  it('goes back to wherever the player came from, at any depth', () => {
    const deep: Stack<Name> = ['home', 'help', 'options'];
    const once = goBack(deep, rules);
    expect(once).toEqual(['home', 'help']);
    expect(goBack(once, rules)).toEqual(['home']);
    // Back on a base screen does nothing.
    expect(goBack<Name>(['home'], rules)).toEqual(['home']);
  });

  it('returns to an overlay already open lower down instead of opening it twice', () => {
    expect(openScreen<Name>(['play', 'pause', 'options', 'help'], 'options', rules)).toEqual([
      'play',
      'pause',
      'options',
    ]);
    const same: Stack<Name> = ['play', 'pause'];
    expect(openScreen(same, 'pause', rules)).toEqual(same);
  });

  it('does on Escape what each screen says', () => {
    expect(escapeFrom<Name>(['play'], rules)).toEqual(['play', 'pause']);
    expect(escapeFrom<Name>(['play', 'pause', 'options'], rules)).toEqual(['play', 'pause']);
    expect(escapeFrom<Name>(['home', 'help'], rules)).toEqual(['home', 'help']);
    expect(escapeFrom<Name>(['home'], rules)).toEqual(['home']);
  });

  it("follows the game's own table: title, then sources, then settings; Back, Back is the title", () => {
    let stack: Stack<ScreenName> = ['title'];
    stack = openScreen(stack, 'sources', SCREENS);
    stack = openScreen(stack, 'settings', SCREENS);
    expect(stack).toEqual(['title', 'sources', 'settings']);
    stack = goBack(stack, SCREENS);
    expect(stack).toEqual(['title', 'sources']);
    expect(goBack(stack, SCREENS)).toEqual(['title']);
  });

  it("follows the game's own table in a case: Escape opens the menu; settings from it return to it", () => {
    let stack: Stack<ScreenName> = ['case'];
    stack = escapeFrom(stack, SCREENS);
    expect(stack).toEqual(['case', 'menu']);
    stack = openScreen(stack, 'settings', SCREENS);
    stack = escapeFrom(stack, SCREENS);
    expect(stack).toEqual(['case', 'menu']);
    expect(escapeFrom(stack, SCREENS)).toEqual(['case']);
    expect(escapeFrom<ScreenName>(['ending'], SCREENS)).toEqual(['ending']);
  });
});
