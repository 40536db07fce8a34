/**
 * Reading a story from JSON text: syntax first, with a line and column, then the schema.
 * Pure (no file system), so the browser can use it for stories fetched at run time.
 */
import { type ParseResult, parseStory } from './schema';

/** Line and column (both from 1) of a character offset in a text. */
function lineAndColumn(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

class Stop {
  constructor(
    readonly offset: number,
    readonly expected: string,
  ) {}
}

/**
 * Where JSON text first goes wrong, and what was expected there. JSON.parse in Node 20 does
 * not always say where; this small scanner does. Used only after JSON.parse has failed.
 */
export function locateJsonError(source: string): { offset: number; expected: string } | undefined {
  let i = 0;
  const space = (): void => {
    while (i < source.length && ' \t\n\r'.includes(source[i] as string)) i++;
  };
  const stop = (expected: string): never => {
    throw new Stop(i, expected);
  };
  const word = (literal: string): void => {
    if (source.startsWith(literal, i)) i += literal.length;
    else stop(`"${literal}"`);
  };
  const string = (): void => {
    i++; // opening quote
    while (i < source.length) {
      const c = source[i] as string;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const next = source[i + 1] ?? '';
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) stop('four hex digits after \\u');
          i += 6;
        } else if ('"\\/bfnrt'.includes(next) && next !== '') i += 2;
        else stop('a valid escape after a backslash');
      } else if (c < ' ') stop('no raw line break or control character inside a string');
      else i++;
    }
    stop('a closing quote');
  };
  const number = (): void => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(source.slice(i));
    if (!match) stop('a number');
    i += (match as RegExpExecArray)[0].length;
  };
  const value = (depth: number): void => {
    if (depth > 512) throw new Stop(i, ''); // give up quietly on absurd nesting
    space();
    const c = source[i];
    if (c === '{') {
      i++;
      space();
      if (source[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        if (source[i] !== '"') stop('a property name in double quotes');
        string();
        space();
        if (source[i] !== ':') stop('":" after the property name');
        i++;
        value(depth + 1);
        space();
        if (source[i] === ',') i++;
        else if (source[i] === '}') {
          i++;
          return;
        } else stop('"," or "}"');
      }
    }
    if (c === '[') {
      i++;
      space();
      if (source[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        space();
        if (source[i] === ',') i++;
        else if (source[i] === ']') {
          i++;
          return;
        } else stop('"," or "]"');
      }
    }
    if (c === '"') string();
    else if (c === 't') word('true');
    else if (c === 'f') word('false');
    else if (c === 'n') word('null');
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) number();
    else stop('a value');
  };
  try {
    value(0);
    space();
    if (i < source.length) stop('the end of the text');
  } catch (error) {
    if (error instanceof Stop) return error.expected ? { offset: error.offset, expected: error.expected } : undefined;
    throw error;
  }
  return undefined;
}

function found(source: string, offset: number): string {
  if (offset >= source.length) return 'the end of the text';
  const snippet = source.slice(offset, offset + 16).split(/\r?\n/)[0] as string;
  return snippet === '' ? 'a line break' : `'${snippet}'`;
}

/**
 * Parse JSON text and check it against the story schema. `name` names the text in
 * messages (a file name, a URL).
 */
export function parseStoryText(source: string, name = 'the story'): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    const where = locateJsonError(source);
    if (where) {
      const { line, column } = lineAndColumn(source, where.offset);
      return {
        ok: false,
        problems: [
          `${name} is not valid JSON: at line ${line}, column ${column}, expected ${where.expected} but found ${found(source, where.offset)}`,
        ],
      };
    }
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [`${name} is not valid JSON: ${reason}`] };
  }
  return parseStory(json);
}
