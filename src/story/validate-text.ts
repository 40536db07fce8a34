/**
 * The rules about conditional text that need the exploration: a variant no reachable state
 * shows (dead text), one every reachable state shows (it need not be conditional), and text
 * that some reachable state shows empty.
 */
import type { Exploration } from './explore';
import { describeField, describeVariant } from './text-sites';
import type { Report } from './validate-rules';

export function checkTextReach(exploration: Exploration, report: Report): void {
  // Certain even past the bound: each was seen in a state a player can reach.
  for (const { passage, field } of exploration.blankTexts) {
    report(
      'empty-text',
      `In some playthrough ${describeField(field)} shows nothing (no part of it that holds there has text); give it text for that case.`,
      passage,
    );
  }
  // A bounded search saw only some states: "never" and "always" would be guesses.
  if (exploration.boundHit) return;
  for (const { passage, variant, everShown, everHidden } of exploration.texts) {
    if (!everShown) {
      const why =
        variant.before.length > 0
          ? 'its condition never holds here when the alternatives before it fail'
          : 'its condition never holds here';
      report(
        'text-never-shown',
        `${describeVariant(variant)} is shown in no playthrough: ${variant.when ? why : 'an alternative before it always holds'}; change the condition or cut the text.`,
        passage,
      );
    } else if (!everHidden && variant.when) {
      report(
        'text-always-shown',
        `${describeVariant(variant)} is shown in every playthrough that reaches this passage, so it need not be conditional; write it as plain text or change the condition.`,
        passage,
      );
    }
  }
}
