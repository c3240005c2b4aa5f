import { isUnknown, type Known } from '../../../model/unknown.js';

/**
 * `Fn::Sub` text substitution: `${Name}` is looked up, `${!Text}` stands for the literal
 * `${Text}`. The result is unknown as soon as one placeholder is; a string with a hole in it
 * is not a value a rule can judge. Null when the text would grow past `maxLength`.
 */
export function substitute(template: string, maxLength: number, lookup: (name: string) => Known<string>): Known<string> | null {
  let open = template.indexOf('${');
  if (open === -1) return template;
  let out = '';
  let last = 0;
  while (open !== -1) {
    const close = template.indexOf('}', open + 2);
    if (close === -1) break;
    out += template.slice(last, open);
    const inner = template.slice(open + 2, close);
    if (inner.startsWith('!')) out += `\${${inner.slice(1)}}`;
    else {
      const v = lookup(inner.trim());
      if (isUnknown(v)) return v;
      out += v;
    }
    if (out.length > maxLength) return null;
    last = close + 1;
    open = template.indexOf('${', last);
  }
  return out + template.slice(last);
}
