/**
 * The rules about conditional text that need the exploration: a variant no reachable state
 * shows (dead text), and one every reachable state shows (it need not be conditional).
 */
import type { Exploration } from './explore';
import { describeVariant } from './text-sites';
import type { Report } from './validate-rules';

export function checkTextReach(exploration: Exploration, report: Report): void {
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
