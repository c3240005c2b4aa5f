import { EVENT_ID, type Event, getScalarValue, SCALAR_STYLE, type ScalarEvent } from 'js-yaml';

/** What one pass over js-yaml's event stream tells us without building anything else. */
export interface YamlLayout {
  /** Source offset of each logical id key under the top-level `Resources` mapping. */
  resourceKeys: Map<string, number>;
  /** Alias nodes (`*name`) in the stream; zero means the loaded value is a plain tree. */
  aliases: number;
}

/** Where the key's text starts: its anchor or tag if it has one, else the opening quote or first character. */
function keyStart(ev: ScalarEvent): number {
  let start = ev.valueStart;
  if (ev.style === SCALAR_STYLE.SINGLE_QUOTED || ev.style === SCALAR_STYLE.DOUBLE_QUOTED) start--;
  if (ev.anchorStart !== -1) start = Math.min(start, ev.anchorStart);
  if (ev.tagStart !== -1) start = Math.min(start, ev.tagStart);
  return start;
}

/**
 * The parser already knows where every node starts; reading the positions of the resource
 * keys from its events gives exact lines for every YAML style (quoted keys, flow mappings,
 * comments) without a second, position-preserving parse. Only the first document is read.
 *
 * Nearly every event sits deeper than the two mappings we care about (the root and
 * `Resources`), so those only move a depth counter; key/value alternation is tracked for
 * the two shallow mappings alone.
 */
export function readYamlLayout(source: string, events: readonly Event[]): YamlLayout {
  const resourceKeys = new Map<string, number>();
  let aliases = 0;
  let documents = 0;
  // Open collections: 1 inside the root mapping, 2 inside one of its values.
  let depth = 0;
  let rootIsMapping = false;
  let rootExpectsKey = true;
  let rootKeyIsResources = false;
  let inResources = false;
  let resourcesExpectsKey = true;

  // A complete node (scalar, alias or closed collection) at depth 1 or 2.
  const nodeDone = (at: number): void => {
    if (at === 1 && rootIsMapping) {
      if (!rootExpectsKey) rootKeyIsResources = false;
      rootExpectsKey = !rootExpectsKey;
    } else if (at === 2 && inResources) resourcesExpectsKey = !resourcesExpectsKey;
  };

  for (const ev of events) {
    const type = ev.type;
    if (type === EVENT_ID.SCALAR) {
      if (depth === 1 && rootIsMapping && rootExpectsKey) {
        rootKeyIsResources = getScalarValue(source, ev) === 'Resources';
      } else if (depth === 2 && inResources && resourcesExpectsKey) {
        const id = getScalarValue(source, ev);
        if (!resourceKeys.has(id)) resourceKeys.set(id, keyStart(ev));
      }
      if (depth <= 2) nodeDone(depth);
    } else if (type === EVENT_ID.MAPPING || type === EVENT_ID.SEQUENCE) {
      if (depth === 0) rootIsMapping = type === EVENT_ID.MAPPING;
      else if (depth === 1 && rootIsMapping && !rootExpectsKey && rootKeyIsResources && type === EVENT_ID.MAPPING) {
        inResources = true;
        resourcesExpectsKey = true;
      }
      depth++;
    } else if (type === EVENT_ID.POP) {
      // The document's own POP arrives at depth 0 and closes nothing we track.
      if (depth === 0) continue;
      depth--;
      if (depth === 1) inResources = false;
      if (depth >= 1 && depth <= 2) nodeDone(depth);
    } else if (type === EVENT_ID.ALIAS) {
      aliases++;
      if (depth <= 2) nodeDone(depth);
    } else if (type === EVENT_ID.DOCUMENT) {
      if (++documents > 1) break;
    }
  }
  return { resourceKeys, aliases };
}
