/** Evaluating and explaining conditions, and applying effects. Pure functions of the state. */
import type { Comparison, Condition, Effect, RunState, Value } from './types';

export function compare(left: Value, op: Comparison, right: Value): boolean {
  switch (op) {
    case '==':
      return left === right;
    case '!=':
      return left !== right;
    case '<':
      return Number(left) < Number(right);
    case '<=':
      return Number(left) <= Number(right);
    case '>':
      return Number(left) > Number(right);
    case '>=':
      return Number(left) >= Number(right);
  }
}

type Facts = Pick<RunState, 'variables' | 'visits'>;

/**
 * A record's own entry, or undefined. Plain `record[key]` would find `constructor` or
 * `toString` on Object.prototype for a passage or variable of that name.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function holds(condition: Condition, state: Facts): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, state));
  if ('any' in condition) return condition.any.some((c) => holds(c, state));
  if ('not' in condition) return !holds(condition.not, state);
  if ('visits' in condition) {
    return compare(own(state.visits, condition.visits) ?? 0, condition.op, condition.value);
  }
  const value = own(state.variables, condition.var);
  return value !== undefined && compare(value, condition.op, condition.value);
}

const OP_WORDS: Record<Comparison, string> = {
  '==': 'is',
  '!=': 'is not',
  '<': 'is below',
  '<=': 'is at most',
  '>': 'is above',
  '>=': 'is at least',
};

/** A plain sentence for a condition, used to say why a choice is locked (author mode, tests). */
export function describeCondition(condition: Condition): string {
  if ('all' in condition) return condition.all.map(describeCondition).join(' and ');
  if ('any' in condition) return `either ${condition.any.map(describeCondition).join(' or ')}`;
  if ('not' in condition) return `not (${describeCondition(condition.not)})`;
  if ('visits' in condition) {
    return `visits to "${condition.visits}" ${OP_WORDS[condition.op]} ${condition.value}`;
  }
  return `${condition.var} ${OP_WORDS[condition.op]} ${String(condition.value)}`;
}

/**
 * The parts of a condition that fail in this state, described; empty when it holds.
 * For `all`, only the failing parts are named; for `any`, all alternatives are.
 */
export function whyNot(condition: Condition, state: Facts): string[] {
  if (holds(condition, state)) return [];
  if ('all' in condition) return condition.all.flatMap((c) => whyNot(c, state));
  return [`needs ${describeCondition(condition)}`];
}

export function applyEffects(
  variables: Readonly<Record<string, Value>>,
  effects: readonly Effect[],
): Readonly<Record<string, Value>> {
  if (effects.length === 0) return variables;
  const next: Record<string, Value> = { ...variables };
  for (const effect of effects) {
    if ('set' in effect) next[effect.set] = effect.value;
    else next[effect.add] = Number(own(next, effect.add) ?? 0) + effect.value;
  }
  return next;
}
