/**
 * Where the player is among the screens: a stack with a base screen at the bottom (the title,
 * the case, the ending) and the overlays opened above it, in order. Back pops to wherever the
 * player came from, at any depth. Pure: the rules come from the screen table.
 */

/** What Escape does on a screen: go back, open another screen, or nothing. */
export type EscapeAction<Name extends string = string> = 'back' | { readonly open: Name } | null;

export interface ScreenRule<Name extends string = string> {
  /** A base screen replaces the whole stack; an overlay opens above whatever is there. */
  readonly layer: 'base' | 'overlay';
  readonly escape: EscapeAction<Name>;
  /** What Back does: return to the screen below, or nothing (a base has nothing below). */
  readonly back: 'pop' | null;
}

export type ScreenRules<Name extends string> = { readonly [N in Name]: ScreenRule<Name> };

/** Never empty: the base screen comes first. */
export type Stack<Name extends string> = readonly [Name, ...Name[]];

export function topOf<Name extends string>(stack: Stack<Name>): Name {
  return stack[stack.length - 1] as Name;
}

export function baseOf<Name extends string>(stack: Stack<Name>): Name {
  return stack[0];
}

/**
 * Open a screen. A base screen starts a new stack. An overlay goes on top; if it is already
 * open lower down, the stack returns to it instead of holding it twice.
 */
export function openScreen<Name extends string>(
  stack: Stack<Name>,
  screen: Name,
  rules: ScreenRules<Name>,
): Stack<Name> {
  if (rules[screen].layer === 'base') return [screen];
  const at = stack.indexOf(screen);
  if (at > 0) return stack.slice(0, at + 1) as unknown as Stack<Name>;
  return [...stack, screen];
}

/** Back: one screen down, if the top screen goes back and there is one below. */
export function goBack<Name extends string>(stack: Stack<Name>, rules: ScreenRules<Name>): Stack<Name> {
  if (stack.length < 2 || rules[topOf(stack)].back !== 'pop') return stack;
  return stack.slice(0, -1) as unknown as Stack<Name>;
}

/** Escape: what the top screen's rule says. */
export function escapeFrom<Name extends string>(stack: Stack<Name>, rules: ScreenRules<Name>): Stack<Name> {
  const action = rules[topOf(stack)].escape;
  if (action === null) return stack;
  if (action === 'back') return goBack(stack, rules);
  return openScreen(stack, action.open, rules);
}
