// Varints: numbers in 0..2^32-1 come back exactly; cut, overlong or trailing bytes are refused.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromVarints, toVarints } from '../src/util/varint.js';

test('varints give back every value in 0..2^32-1 exactly, small ones in one byte', () => {
  const values = [0, 1, 127, 128, 255, 16_383, 16_384, 2_097_151, 2_097_152, 268_435_455, 268_435_456, 0xffffffff];
  for (let i = 0; i < 1000; i++) values.push(Math.floor(Math.random() * 0x100000000));
  const bytes = toVarints(values);
  assert.deepEqual([...fromVarints(bytes, values.length)!], values);
  assert.equal(toVarints([0, 1, 127]).length, 3);
  assert.equal(toVarints([128]).length, 2);
  assert.equal(toVarints([0xffffffff]).length, 5);
});

test('varints cut short, longer than a 32-bit value, or followed by bytes not asked for are refused', () => {
  const bytes = toVarints([300, 70_000]);
  assert.equal(fromVarints(bytes.subarray(0, bytes.length - 1), 2), null, 'cut');
  assert.equal(fromVarints(bytes, 1), null, 'bytes left over');
  assert.equal(fromVarints(bytes, 3), null, 'fewer values than asked');
  assert.equal(fromVarints(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x1f]), 1), null, 'above 2^32-1');
  assert.equal(fromVarints(Uint8Array.from([0x80, 0x80, 0x80, 0x80, 0x80, 0x01]), 1), null, 'six bytes');
  assert.throws(() => toVarints([-1]), RangeError);
  assert.throws(() => toVarints([2 ** 32]), RangeError);
});
