import {
  CORE_SCHEMA,
  defineMappingTag,
  defineScalarTag,
  defineSequenceTag,
  mapTag,
  type Schema,
  type TagDefinition,
} from 'js-yaml';

/**
 * CloudFormation's YAML short forms (`!Ref X`, `!Sub ...`) and the long-form key each one
 * stands for. The resolver only ever sees the long form, so JSON and YAML templates take the
 * same path after parsing.
 */
export const SHORT_FORMS: Readonly<Record<string, string>> = {
  Ref: 'Ref',
  Condition: 'Condition',
  GetAtt: 'Fn::GetAtt',
  Sub: 'Fn::Sub',
  Join: 'Fn::Join',
  Select: 'Fn::Select',
  Split: 'Fn::Split',
  If: 'Fn::If',
  Equals: 'Fn::Equals',
  Not: 'Fn::Not',
  And: 'Fn::And',
  Or: 'Fn::Or',
  FindInMap: 'Fn::FindInMap',
  Base64: 'Fn::Base64',
  Cidr: 'Fn::Cidr',
  GetAZs: 'Fn::GetAZs',
  ImportValue: 'Fn::ImportValue',
  Transform: 'Fn::Transform',
  ToJsonString: 'Fn::ToJsonString',
  Length: 'Fn::Length',
};

function wrap(fn: string, arg: unknown): Record<string, unknown> {
  return { [fn]: arg };
}

/** `!GetAtt Res.Attr.Sub` is the long form `[Res, 'Attr.Sub']`: only the first dot separates. */
function getAttScalar(source: string): string[] {
  const dot = source.indexOf('.');
  return dot < 0 ? [source] : [source.slice(0, dot), source.slice(dot + 1)];
}

function tagsFor(short: string, fn: string): TagDefinition[] {
  const name = `!${short}`;
  const loadOnly = () => false;
  return [
    defineScalarTag(name, {
      resolve: (source) => wrap(fn, short === 'GetAtt' ? getAttScalar(source) : source),
      identify: loadOnly,
    }),
    defineSequenceTag<unknown[], Record<string, unknown>>(name, {
      create: () => [],
      addItem: (items, item) => {
        items.push(item);
      },
      finalize: (items) => wrap(fn, items),
      identify: loadOnly,
    }),
    // A mapping argument (`!Base64 {Fn::Sub: ...}`, `!Transform {Name: ...}`) is built with
    // js-yaml's own map tag so keys such as `__proto__` get the same safe handling.
    defineMappingTag<Record<string, unknown>, Record<string, unknown>>(name, {
      create: () => mapTag.create('tag:yaml.org,2002:map'),
      addPair: (map, key, value) => mapTag.addPair(map, key, value),
      has: (map, key) => mapTag.has(map, key),
      keys: (result) => Object.keys(result),
      get: (result, key) => (Object.hasOwn(result, String(key)) ? result[String(key)] : null),
      finalize: (map) => wrap(fn, map),
      identify: loadOnly,
    }),
  ];
}

/** YAML 1.2 core schema plus every CloudFormation short-form tag, in scalar, sequence and mapping form. */
export const CFN_SCHEMA: Schema = CORE_SCHEMA.withTags(
  Object.entries(SHORT_FORMS).flatMap(([short, fn]) => tagsFor(short, fn)),
);
