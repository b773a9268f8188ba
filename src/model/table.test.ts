import { describe, expect, it } from 'vitest';
import { csvCell, ROW_SOURCE, type TableData, tableToCsv } from './table';

describe('csvCell', () => {
  it('writes numbers as numbers, negative ones included; non-finite numbers as empty', () => {
    expect(csvCell(43000)).toBe('43000');
    expect(csvCell(96.1)).toBe('96.1');
    expect(csvCell(-70.6)).toBe('-70.6');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['=1+2', "'=1+2"],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['-70.6', "'-70.6"], // a number written as text is text: a spreadsheet must not compute it
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
    ['\r=CR', `"'\r=CR"`],
  ])('neutralises a formula start: %j → %j', (cell, csv) => {
    expect(csvCell(cell)).toBe(csv);
  });

  it('leaves text that merely contains a formula character alone', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('2010–2019')).toBe('2010–2019');
    expect(csvCell('同比下降70.6%')).toBe('同比下降70.6%');
    expect(csvCell(' =1')).toBe(' =1');
    expect(csvCell('')).toBe('');
  });

  it('quotes cells with a comma, a quote or a line break, doubling the quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rlf')).toBe('"cr\rlf"');
    expect(csvCell('“全角引号”,中文')).toBe('"“全角引号”,中文"');
  });

  it('keeps markup as plain text', () => {
    expect(csvCell('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    expect(csvCell('</script><script>x</script>')).toBe('</script><script>x</script>');
  });
});

describe('tableToCsv', () => {
  const table: TableData = {
    caption: 'ignored in the CSV',
    columns: [
      { key: 'label', label: '指标' },
      { key: 'value', label: '数值', numeric: true },
      { key: 'note', label: '=说明' },
    ],
    rows: [
      { label: '刑事案件总量', value: 43000, note: '峰值' },
      { label: '-2 下降', value: -65.1, note: 'a, "b"' },
      { label: '@SUM(A1)', value: 7 },
    ],
  };

  it('starts with a UTF-8 byte-order mark and ends every line with CRLF', () => {
    const csv = tableToCsv(table);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toHaveLength(table.rows.length + 2); // header, rows, final empty
  });

  it('writes the header from the column labels and the cells in column order, neutralised', () => {
    expect(tableToCsv(table)).toBe(
      '\uFEFF' +
        [
          "指标,数值,'=说明",
          '刑事案件总量,43000,峰值',
          `'-2 下降,-65.1,"a, ""b"""`,
          "'@SUM(A1),7,",
        ].join('\r\n') +
        '\r\n',
    );
  });

  it('writes an empty table as its header only', () => {
    expect(tableToCsv({ caption: '', columns: [{ key: 'a', label: 'A' }], rows: [] })).toBe(
      '\uFEFFA\r\n',
    );
  });

  it('never lets a cell start with a formula character unless it is a number', () => {
    const nasty = ['=1', '+1', '-1x', '@a', '\t1', '\r1', '=cmd|"/c calc"!A0'];
    const csv = tableToCsv({
      caption: '',
      columns: [{ key: 'a', label: 'A' }],
      rows: [...nasty.map((a) => ({ a })), { a: -5 }],
    });
    const cells = csv
      .slice(1)
      .split('\r\n')
      .filter(Boolean)
      .map((c) => c.replace(/^"|"$/g, ''));
    for (const c of cells) if (/^[=+\-@\t\r]/.test(c)) expect(c).toMatch(/^-?\d+(\.\d+)?$/);
  });
});

describe('tableToCsv with its context', () => {
  const table: TableData = {
    caption: '',
    columns: [{ key: 'a', label: 'A' }],
    rows: [{ a: 1, [ROW_SOURCE]: '“今年又连破7起命积案” — 《报道》' }, { a: 2 }],
  };
  it('names the filters in a first comment line and gives each row its source in a last column', () => {
    expect(tableToCsv(table, { lang: 'zh', filters: '筛选:浙江' })).toBe(
      '\uFEFF# 筛选:浙江\r\nA,原句与出处\r\n1,“今年又连破7起命积案” — 《报道》\r\n2,\r\n',
    );
  });
  it('says no filter line when there is none; the source column keeps its place', () => {
    expect(tableToCsv(table, { lang: 'en' })).toBe(
      '\uFEFFA,Source sentence and report\r\n1,“今年又连破7起命积案” — 《报道》\r\n2,\r\n',
    );
  });
});
