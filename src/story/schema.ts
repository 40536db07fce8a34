/**
 * The run-time schema of a story given as JSON (or any value not checked by the compiler).
 * A story must pass it before the engine sees it; every problem names its path in the data,
 * e.g. `chapters[0].passages[12].choices[0].to: expected string, got number`.
 * Structure only: links, reachability and the like are `validateStory`'s job.
 */

import { COMPARISONS, type Condition, DOCUMENT_KINDS, type Story, type StoryText } from './types';
import { z } from './zod';

/** Letters, digits, `-`, `_` and `.`, starting with a letter or digit: safe in saves and route links. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/** Variable names look like identifiers; this also keeps out `__proto__`. */
const VARIABLE_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/;
/** Deeper than any sensible story; stops hostile data from exhausting the stack. */
const MAX_DEPTH = 64;

const ID_RULE = "an id of letters, digits, '-', '_' or '.', starting with a letter or digit";
const VARIABLE_RULE = 'a variable name of letters, digits and _, starting with a letter';

const id = z.string().check(z.regex(ID_PATTERN, { error: `expected ${ID_RULE}` }));
const variableName = z.string().check(z.regex(VARIABLE_PATTERN, { error: `expected ${VARIABLE_RULE}` }));
const text = z.string();
const nonEmptyText = z.string().check(z.minLength(1));
const value = z.union([z.number(), z.boolean()], { error: 'expected a number or true/false' });
const comparison = z.enum(COMPARISONS);

const CONDITION_SHAPES =
  'expected a condition: {"var", "op", "value"}, {"visits", "op", "value"}, {"all": [...]}, {"any": [...]} or {"not": {...}}';

export const conditionSchema: z.ZodMiniType<Condition> = z.lazy(() =>
  z.union(
    [
      z.strictObject({ var: variableName, op: comparison, value }),
      z.strictObject({ visits: id, op: comparison, value: z.number() }),
      z.strictObject({ all: z.array(conditionSchema) }),
      z.strictObject({ any: z.array(conditionSchema) }),
      z.strictObject({ not: conditionSchema }),
    ],
    { error: CONDITION_SHAPES },
  ),
);

const TEXT_PART_SHAPES =
  'expected a text part: a string, {"when": condition, "text": string} or {"first": [{"when", "text"}, ..., {"text"}]}';

/** Text that may vary with the state: a string, or a list of parts (types.ts, `StoryText`). */
const storyText: z.ZodMiniType<StoryText> = z.union(
  [
    text,
    z.array(
      z.union(
        [
          text,
          z.strictObject({ when: conditionSchema, text }),
          z.strictObject({ first: z.array(z.strictObject({ when: z.optional(conditionSchema), text })) }),
        ],
        { error: TEXT_PART_SHAPES },
      ),
    ),
  ],
  { error: 'expected text: a string, or a list of text parts' },
);

const effectSchema = z.union(
  [z.strictObject({ set: variableName, value }), z.strictObject({ add: variableName, value: z.number() })],
  { error: 'expected an effect: {"set": name, "value": number or true/false} or {"add": name, "value": number}' },
);

const choiceSchema = z.strictObject({
  id,
  label: storyText,
  to: id,
  when: z.optional(conditionSchema),
  lockedHint: z.optional(text),
  effects: z.optional(z.array(effectSchema)),
});

const provenanceSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('dramatization'), facts: z.array(id) }),
    z.strictObject({ kind: z.literal('invented'), note: z.optional(text) }),
  ],
  { error: 'expected "dramatization" or "invented"' },
);

const passageSchema = z.strictObject({
  id,
  chapter: id,
  kind: z.enum(DOCUMENT_KINDS),
  title: text,
  date: z.optional(text),
  place: z.optional(text),
  body: storyText,
  sortDate: z.optional(
    z
      .string()
      .check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a sortable date: "2015", "2015-03" or "2015-03-09"')),
  ),
  flashback: z.optional(z.boolean()),
  provenance: provenanceSchema,
  choices: z.array(choiceSchema),
  ending: z.optional(z.strictObject({ id, title: storyText, verdict: text, summary: storyText })),
  exhibit: z.optional(z.strictObject({ id, label: text })),
});

const variableSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('number'), initial: z.number(), description: text }),
    z.strictObject({ type: z.literal('boolean'), initial: z.boolean(), description: text }),
  ],
  { error: 'expected "number" or "boolean"' },
);

const chapterSchema = z.strictObject({
  id,
  number: z.int(),
  title: text,
  period: text,
  ambience: z.optional(id),
  passages: z.array(passageSchema),
});

const factSchema = z.strictObject({
  id,
  summary: nonEmptyText,
  quote: z.optional(text),
  report: z.optional(z.readonly(z.array(nonEmptyText))),
  where: nonEmptyText,
});

const texts = z.array(text);

const recordLineSchema = z.strictObject({ section: nonEmptyText, text: nonEmptyText, when: conditionSchema });

const summaryRowSchema = z.discriminatedUnion(
  'show',
  [
    z.strictObject({
      label: nonEmptyText,
      variable: variableName,
      show: z.literal('money'),
      currency: text,
      unit: z.number().check(z.positive()),
    }),
    z.strictObject({ label: nonEmptyText, variable: variableName, show: z.literal('scale'), max: z.number() }),
    z.strictObject({ label: nonEmptyText, variable: variableName, show: z.literal('number') }),
    z.strictObject({ label: nonEmptyText, variable: variableName, show: z.literal('yes-no'), yes: text, no: text }),
  ],
  { error: 'expected "money", "scale", "number" or "yes-no"' },
);

/**
 * A story's metadata. A JSON story may leave out what it does not need: the defaults make a
 * plain file with no source, no facts and no statement.
 */
const metaSchema = z.strictObject({
  caseNumber: nonEmptyText,
  subject: z.strictObject({
    name: nonEmptyText,
    byline: z.optional(text),
    passenger: z.optional(text),
    senders: z.optional(texts),
  }),
  tagline: z._default(text, ''),
  coverNote: z._default(text, ''),
  statement: z._default(text, ''),
  source: z._default(
    z.strictObject({ outlet: text, headline: text, claimant: text, claimantShort: text, response: text }),
    { outlet: '', headline: '', claimant: '', claimantShort: '', response: '' },
  ),
  facts: z._default(z.array(factSchema), []),
  fileSummary: z._default(z.array(summaryRowSchema), []),
  record: z._default(z.array(recordLineSchema), []),
  notes: z._default(
    z.strictObject({
      verifiable: z._default(texts, []),
      unverifiable: z._default(texts, []),
      invented: z._default(texts, []),
    }),
    { verifiable: [], unverifiable: [], invented: [] },
  ),
});

export const storySchema = z.strictObject({
  /** The JSON Schema a story file names for its editor (schema/story.schema.json); not kept. */
  $schema: z.optional(z.string()),
  id,
  title: nonEmptyText,
  version: z.int().check(z.gte(0)),
  start: id,
  meta: metaSchema,
  variables: z.record(variableName, variableSchema),
  chapters: z.array(chapterSchema),
});

export type ParseResult =
  | { readonly ok: true; readonly story: Story }
  | { readonly ok: false; readonly problems: string[] };

/** Check any value (usually parsed JSON) against the story schema. */
export function parseStory(json: unknown): ParseResult {
  const refused = screen(json);
  if (refused !== undefined) return { ok: false, problems: [refused] };
  const result = storySchema.safeParse(json);
  if (result.success) {
    const { meta, $schema: _schema, ...rest } = result.data;
    const subject = {
      ...meta.subject,
      byline: meta.subject.byline ?? `Subject: ${meta.subject.name}`,
      senders: meta.subject.senders ?? [meta.subject.name],
    };
    const story: Story = { ...rest, meta: { ...meta, subject } };
    return { ok: true, story };
  }
  const problems: string[] = [];
  for (const issue of result.error.issues) explain(issue, [], json, problems);
  return { ok: false, problems: [...new Set(problems)] };
}

/**
 * Problems no schema should have to meet: nesting deep enough to exhaust the stack, and a
 * `__proto__` key (which JSON.parse keeps as a plain key, and which zod's records drop
 * silently). Iterative on purpose; stops at the first one found.
 */
function screen(root: unknown): string | undefined {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop() as { value: unknown; path: PropertyKey[] };
    if (typeof current !== 'object' || current === null) continue;
    if (path.length >= MAX_DEPTH) return `${formatPath(path)}: nested more than ${MAX_DEPTH} levels deep`;
    if (!Array.isArray(current) && Object.hasOwn(current, '__proto__')) {
      return `${formatPath([...path, '__proto__'])}: "__proto__" is not allowed as a name`;
    }
    const entries: [PropertyKey, unknown][] = Array.isArray(current)
      ? current.map((item, index) => [index, item])
      : Object.entries(current);
    for (const [key, item] of entries) stack.push({ value: item, path: [...path, key] });
  }
  return undefined;
}

/** `chapters[0].passages[12].choices[0].to`; `(root)` for the whole document. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(root)';
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  return typeof value;
}

function listOf(values: readonly unknown[]): string {
  const shown = values.map((v) => JSON.stringify(v));
  return shown.length <= 1 ? (shown[0] ?? 'nothing') : `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`;
}

type Issue = z.core.$ZodIssue;

/** How badly a union branch misses: wrong kind of value, or unknown or missing keys at its top. */
function shallowMisses(issues: readonly Issue[], data: unknown, base: readonly PropertyKey[]): number {
  let misses = 0;
  for (const issue of issues) {
    if (issue.path.length === 0) misses += issue.code === 'unrecognized_keys' ? issue.keys.length : 100;
    else if (issue.path.length === 1 && valueAt(data, [...base, ...issue.path]) === undefined) misses += 1;
  }
  return misses;
}

/** Turn one zod issue into author-readable lines, choosing the closest branch of a union. */
function explain(issue: Issue, base: readonly PropertyKey[], data: unknown, out: string[]): void {
  const path = [...base, ...issue.path];
  const where = formatPath(path);
  const got = valueAt(data, path);
  switch (issue.code) {
    case 'invalid_type':
      out.push(
        got === undefined
          ? `${where}: expected ${issue.expected}, but it is missing`
          : `${where}: expected ${issue.expected}, got ${describe(got)}`,
      );
      return;
    case 'unrecognized_keys':
      for (const key of issue.keys) out.push(`${formatPath([...path, key])}: unknown field`);
      return;
    case 'invalid_value':
      out.push(`${where}: expected ${listOf(issue.values)}, got ${describe(got)}`);
      return;
    case 'too_small':
      out.push(
        issue.origin === 'string' ? `${where}: must not be empty` : `${where}: must be at least ${issue.minimum}`,
      );
      return;
    case 'invalid_format':
      out.push(`${where}: ${issue.message}, got ${describe(got)}`);
      return;
    case 'invalid_key': {
      const key = path.at(-1);
      out.push(`${where}: ${JSON.stringify(String(key))} is not ${VARIABLE_RULE}`);
      return;
    }
    case 'invalid_union': {
      const branches = issue.errors;
      // An object or a list (text parts): explain the branch it most nearly fits.
      if (branches.length > 0 && typeof got === 'object' && got !== null) {
        const scored = branches
          .map((branch) => ({ branch, misses: shallowMisses(branch, data, path) }))
          .sort((a, b) => a.misses - b.misses || a.branch.length - b.branch.length);
        const [best, next] = scored;
        if (best && best.misses < 100 && (!next || next.misses > best.misses)) {
          for (const inner of best.branch) explain(inner, path, data, out);
          return;
        }
      }
      out.push(`${where}: ${issue.message}, got ${describe(got)}`);
      return;
    }
    case 'not_multiple_of':
    case 'too_big':
    case 'invalid_element':
    case 'custom':
      out.push(`${where}: ${issue.message}`);
      return;
  }
}
