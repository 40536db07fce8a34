/**
 * The rules about variables: conditions (of choices and of text) and effects that name
 * undeclared ones or give the wrong type, variables never read or never written, and the
 * closed file's summary rows.
 */

import { describeVariant, textVariants } from './text-sites';
import type { Condition, Story, VariableDeclaration } from './types';
import { allChoices, analyseUsage, effectTarget, forEachComparison } from './usage';
import { choiceName, quote, type Report, showValue, typeWord } from './validate-rules';

type Declaration = (name: string) => VariableDeclaration | undefined;

/**
 * One condition's comparisons against the declarations and the passages. `who` names where
 * the condition sits, as the message begins: `Choice "x"`, `The text "..." (the body, part 2)`.
 */
function checkCondition(
  condition: Condition,
  who: string,
  passage: string | undefined,
  declaration: Declaration,
  known: ReadonlyMap<string, string>,
  report: Report,
): void {
  forEachComparison(condition, (leaf) => {
    if (leaf.kind === 'visits') {
      if (!known.has(leaf.passage)) {
        report(
          'missing-visits-passage',
          `${who} counts visits to ${quote(leaf.passage)}, which is not a passage.`,
          passage,
        );
      }
      return;
    }
    const decl = declaration(leaf.name);
    if (!decl) {
      report(
        'undeclared-variable',
        `${who} reads the variable ${quote(leaf.name)}, which the story does not declare.`,
        passage,
      );
      return;
    }
    if (decl.type === 'boolean') {
      if (typeof leaf.value !== 'boolean') {
        report(
          'impossible-comparison',
          `${who} compares the yes/no variable ${quote(leaf.name)} with the number ${showValue(leaf.value)}; compare it with true or false.`,
          passage,
        );
      } else if (leaf.op !== '==' && leaf.op !== '!=') {
        report(
          'impossible-comparison',
          `${who} compares the yes/no variable ${quote(leaf.name)} with "${leaf.op}"; a yes/no variable can only be compared with == or !=.`,
          passage,
        );
      }
    } else if (typeof leaf.value !== 'number') {
      report(
        'impossible-comparison',
        `${who} compares the number variable ${quote(leaf.name)} with ${showValue(leaf.value)}; compare it with a number.`,
        passage,
      );
    }
  });
}

export function checkVariables(story: Story, known: ReadonlyMap<string, string>, report: Report): void {
  const declared = story.variables;
  const declaration: Declaration = (name) => (Object.hasOwn(declared, name) ? declared[name] : undefined);
  for (const chapter of story.chapters) {
    for (const passage of chapter.passages) {
      for (const variant of textVariants(passage)) {
        if (!variant.when) continue;
        checkCondition(variant.when, describeVariant(variant), passage.id, declaration, known, report);
      }
    }
  }
  for (const line of story.meta.record) {
    checkCondition(line.when, `The record line ${quote(line.text)}`, undefined, declaration, known, report);
  }
  for (const { passage, choice } of allChoices(story)) {
    if (choice.when) checkCondition(choice.when, choiceName(choice), passage.id, declaration, known, report);
    for (const effect of choice.effects ?? []) {
      const name = effectTarget(effect);
      const decl = declaration(name);
      if (!decl) {
        report(
          'undeclared-variable',
          `${choiceName(choice)} changes the variable ${quote(name)}, which the story does not declare.`,
          passage.id,
        );
        continue;
      }
      if ('add' in effect) {
        if (decl.type !== 'number') {
          report(
            'effect-type',
            `${choiceName(choice)} adds to the yes/no variable ${quote(name)}; set it to true or false instead.`,
            passage.id,
          );
        }
      } else if (typeof effect.value !== decl.type) {
        report(
          'effect-type',
          `${choiceName(choice)} sets the ${typeWord(decl)} variable ${quote(name)} to ${showValue(effect.value)}; give it a ${decl.type === 'boolean' ? 'true or false' : 'number'}.`,
          passage.id,
        );
      }
    }
  }

  const usage = analyseUsage(story);
  checkSummary(story, declaration, report);
  for (const [name, decl] of Object.entries(declared)) {
    const read = usage.reads.has(name) || usage.shown.has(name);
    const written = usage.writes.has(name);
    if (read && !written) {
      report(
        'variable-never-written',
        `The variable ${quote(name)} is read by conditions but no choice ever changes it, so it always stays at ${showValue(decl.initial)}.`,
      );
    } else if (written && !read) {
      report(
        'variable-never-read',
        `The variable ${quote(name)} is changed by choices but no condition ever reads it.`,
      );
    } else if (!read && !written) {
      report('unused-variable', `The variable ${quote(name)} is declared but no choice reads or changes it.`);
    }
  }
}

/** The closed file's rows: each names a declared variable of the type its display needs. */
export function checkSummary(
  story: Story,
  declaration: (name: string) => VariableDeclaration | undefined,
  report: Report,
): void {
  for (const row of story.meta.fileSummary) {
    const decl = declaration(row.variable);
    const needs = row.show === 'yes-no' ? 'boolean' : 'number';
    if (!decl) {
      report(
        'summary-variable',
        `The closed file's row ${quote(row.label)} shows the variable ${quote(row.variable)}, which the story does not declare.`,
      );
    } else if (decl.type !== needs) {
      report(
        'summary-variable',
        `The closed file's row ${quote(row.label)} shows ${quote(row.variable)} as "${row.show}", which needs a ${needs === 'boolean' ? 'yes/no (boolean)' : 'number'} variable; it is a ${typeWord(decl)}.`,
      );
    }
  }
}
