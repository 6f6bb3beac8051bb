import { describe, expect, it } from 'vitest';
import { actionResultFromFlight, FlightErrorRow, FlightFormatError, parseFlightRows } from './flight';

const utf8 = (s: string) => Buffer.from(s, 'utf8');

/** A text row as React writes it: the byte length in hex, then the bytes, no newline. */
const textRow = (id: string, text: string) => `${id}:T${Buffer.byteLength(text, 'utf8').toString(16)},${text}`;

describe('Flight action responses', () => {
  it('reads a result sent as a promise in a later row, unescaping $$ and dropping $undefined', () => {
    const body = utf8(
      ':HL["/_next/static/css/app.css","style"]\n' +
        '0:{"a":"$@1","f":"","b":"build-1","q":"","i":false}\n' +
        '1:{"status":"error","message":"Please correct the highlighted fields.","fieldErrors":{"asOf":["As-of date must be a real date written as YYYY-MM-DD."]},"values":{"note":"$$100 bn","value":"$undefined"},"nonce":"n-1"}\n',
    );
    expect(actionResultFromFlight(body)).toEqual({
      status: 'error',
      message: 'Please correct the highlighted fields.',
      fieldErrors: { asOf: ['As-of date must be a real date written as YYYY-MM-DD.'] },
      values: { note: '$100 bn' },
      nonce: 'n-1',
    });
  });

  it('follows outlined long strings in length-prefixed text rows, multi-byte characters and newlines included', () => {
    const long = `Ω line one\nline two ${'ж'.repeat(2000)} 🏳️‍🌈`;
    const body = utf8(`0:{"a":"$@2","q":""}\n${textRow('3', long)}2:{"status":"error","values":{"note":"$3"}}\n`);
    const result = actionResultFromFlight(body) as { values: { note: string } };
    expect(result.values.note).toBe(long);
  });

  it('reads a result inlined in the root row and ignores a rendered tree after it', () => {
    const body = utf8(
      '0:{"a":{"status":"ok","message":"Update logged and published.","result":{"version":"7"}},"f":[["$","div",null,{}]],"q":""}\n4:I["chunk",[]]\n',
    );
    expect(actionResultFromFlight(body)).toEqual({ status: 'ok', message: 'Update logged and published.', result: { version: '7' } });
  });

  it('resolves path references into another row', () => {
    const body = utf8('0:{"a":"$@1"}\n1:{"status":"error","values":{"a":"$5:x:y"}}\n5:{"x":{"y":"deep"}}\n');
    expect(actionResultFromFlight(body)).toEqual({ status: 'error', values: { a: 'deep' } });
  });

  it('reports an error row as the action having thrown', () => {
    const body = utf8('0:{"a":"$@1","q":""}\n1:E{"digest":"NEXT_HTTP_ERROR_FALLBACK;401"}\n');
    expect(() => actionResultFromFlight(body)).toThrow(FlightErrorRow);
  });

  it('refuses bodies that are not a Flight action response', () => {
    expect(() => actionResultFromFlight(utf8('<!DOCTYPE html><html></html>'))).toThrow(FlightFormatError);
    expect(() => actionResultFromFlight(utf8('0:{"q":""}\n'))).toThrow(/no action result/);
    expect(() => actionResultFromFlight(utf8('0:{"a":"$@9"}\n'))).toThrow(/missing row/);
    expect(() => actionResultFromFlight(utf8('0:{"a":"$Q1"}\n'))).toThrow(/unsupported Flight reference/);
    expect(() => parseFlightRows(utf8('1:T40,short'))).toThrow(/cut short/);
  });

  it('keeps tagged rows apart from JSON rows', () => {
    const rows = parseFlightRows(utf8('2:I["a",[]]\n3:"plain"\n'));
    expect(rows.get('2')?.tag).toBe('I');
    expect(rows.get('3')?.tag).toBe('');
    expect(rows.get('3')?.bytes.toString()).toBe('"plain"');
  });
});
