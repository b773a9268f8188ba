import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSyntaxProblem } from './problems';

/** The message parseDataset would give: the parser's own, as this Node's JSON.parse words it. */
function problemOf(text: string): string {
  try {
    JSON.parse(text);
  } catch (e) {
    return jsonSyntaxProblem(text, (e as Error).message).message;
  }
  throw new Error('the text parsed');
}

describe('jsonSyntaxProblem: a broken JSON file in the data layer’s words, not the parser’s', () => {
  it('a file cut short says where it breaks off, whatever the parser said', () => {
    const real = readFileSync('data/governance.json', 'utf8');
    const half = real.slice(0, Math.floor(real.length / 2));
    const lines = half.trimEnd().split('\n');
    const where = `line ${lines.length}, column ${(lines[lines.length - 1] ?? '').length + 1}`;
    const expected = `the file is not valid JSON: it breaks off at ${where} before its data is complete (was it cut short?)`;
    expect(problemOf(half)).toBe(expected);
    // Other browsers word the same failure otherwise (Chromium 156, Chromium 86): the same problem.
    expect(jsonSyntaxProblem(half, 'Unterminated string in JSON at position 3456').message).toBe(
      expected,
    );
    expect(jsonSyntaxProblem(half, 'Unexpected end of JSON input').message).toBe(expected);
  });

  it('a file cut inside a string, or with a bracket left open, is cut short', () => {
    expect(problemOf('{"dataset": "migr')).toMatch(/breaks off at line 1, column 18 /);
    expect(problemOf('{\n  "a": [1, 2')).toMatch(/breaks off at line 2, column 13 /);
    expect(problemOf('{"a": "}\\""')).toMatch(/breaks off/);
  });

  it('text that is not JSON at all: line 1, column 1 (this parser names no position for it)', () => {
    expect(problemOf('crime figures: 43000, 15000')).toBe(
      'the file is not valid JSON: unexpected text at line 1, column 1',
    );
    expect(problemOf('\n\n  crime')).toBe(
      'the file is not valid JSON: unexpected text at line 3, column 3',
    );
  });

  it('an error inside complete text: the line and column of the position the parser names', () => {
    expect(problemOf('{\n  "a": 1,\n  "b" 2\n}')).toBe(
      'the file is not valid JSON: unexpected text at line 3, column 7',
    );
    expect(problemOf('{"a": 1} x')).toBe(
      'the file is not valid JSON: unexpected text at line 1, column 10',
    );
    // Chromium 86's wording of the same.
    expect(jsonSyntaxProblem('{"a" 1}', 'Unexpected number in JSON at position 5').message).toBe(
      'the file is not valid JSON: unexpected text at line 1, column 6',
    );
  });

  it('no position and text that begins as JSON: said without one', () => {
    expect(
      jsonSyntaxProblem('[1,,2]', 'Unexpected token \',\', "[1,,2]" is not valid JSON').message,
    ).toBe('the file is not valid JSON');
  });
});
