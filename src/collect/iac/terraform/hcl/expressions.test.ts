import { describe, expect, it } from 'vitest';
import { ExpressionTable } from './expressions.js';
import { fastPath } from './ir.js';

describe('fastPath', () => {
  it('reads literal text and plain references, and leaves everything else to the library', () => {
    expect(fastPath('plain')).toEqual({ k: 'lit', v: 'plain' });
    expect(fastPath('${aws_kms_key.phi.arn}')).toEqual({
      k: 'trav',
      root: 'aws_kms_key',
      steps: [{ attr: 'phi' }, { attr: 'arn' }],
      text: 'aws_kms_key.phi.arn',
    });
    expect(fastPath('${ var.x }-$${lit}-${local.m["k"][0]}')).toEqual({
      k: 'tpl',
      parts: [
        { k: 'trav', root: 'var', steps: [{ attr: 'x' }], text: 'var.x' },
        { k: 'lit', v: '-${lit}-' },
        { k: 'trav', root: 'local', steps: [{ attr: 'm' }, { index: { k: 'lit', v: 'k' } }, { index: { k: 'lit', v: 0 } }], text: 'local.m["k"][0]' },
      ],
    });
    expect(fastPath('${true}')).toEqual({ k: 'lit', v: true });
    expect(fastPath('${var.a ? 1 : 2}')).toBeUndefined();
    expect(fastPath('${merge(a, b)}')).toBeUndefined();
    expect(fastPath('%{ if x }y%{ endif }')).toBeUndefined();
  });
});

describe('ExpressionTable', () => {
  it('parses calls through hcl2json and other shapes through the expression AST', async () => {
    const t = new ExpressionTable();
    const call = '${jsonencode({ A = "x\\"y", "b-c" = [1, var.v] })}';
    const cond = '${var.on ? "a\\tb" : "c"}';
    const broken = '${jsonencode(a) + jsonencode(b)}';
    for (const s of [call, cond, broken]) t.add(s);
    await t.prepare();
    expect(t.get(call)).toEqual({
      k: 'call',
      name: 'jsonencode',
      args: [{ k: 'raw', v: { A: 'x"y', 'b-c': [1, '${var.v}'] } }],
      expand: false,
      text: 'jsonencode(…)',
    });
    expect(t.get(cond)).toMatchObject({ k: 'cond', t: { k: 'lit', v: 'a\tb' }, f: { k: 'lit', v: 'c' } });
    // Not one call after all: the library rejects `[a) + jsonencode(b]`, so the AST reads it.
    expect(t.get(broken)).toMatchObject({ k: 'binary', op: 'add' });
  });

  it('keeps a string the library cannot read unsupported, and the rest of its batch', async () => {
    const t = new ExpressionTable();
    const bad = '${var.x ? }';
    const good = '${var.x == 1}';
    t.add(bad);
    t.add(good);
    await t.prepare();
    expect(t.get(bad)).toEqual({ k: 'unsupported', text: bad });
    expect(t.get(good)).toMatchObject({ k: 'binary', op: 'equal' });
  });

  it('reads bare and quoted object keys inside expressions', async () => {
    const t = new ExpressionTable();
    const s = '${{ é = 1, "q-r" = 2 }[var.k]}';
    t.add(s);
    await t.prepare();
    expect(t.get(s)).toMatchObject({
      k: 'index',
      coll: { k: 'object', items: [[{ k: 'lit', v: 'é' }, { k: 'lit', v: 1 }], [{ k: 'lit', v: 'q-r' }, { k: 'lit', v: 2 }]] },
    });
  });
});
