import { EVENT_ID, type Event, getScalarValue, SCALAR_STYLE, type ScalarEvent } from 'js-yaml';

/** What one pass over js-yaml's event stream tells us without building anything else. */
export interface YamlLayout {
  /** Source offset of each logical id key under the top-level `Resources` mapping. */
  resourceKeys: Map<string, number>;
  /** Alias nodes (`*name`) in the stream; zero means the loaded value is a plain tree. */
  aliases: number;
}

// Frame kinds on the walk's stack.
const DOC = 0;
const SEQ = 1;
const MAP_KEY = 2; // a mapping waiting for its next key
const MAP_VALUE = 3; // a mapping waiting for the value of the key just read

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
 */
export function readYamlLayout(source: string, events: readonly Event[]): YamlLayout {
  const resourceKeys = new Map<string, number>();
  let aliases = 0;
  const stack: number[] = [];
  // Stack height of the `Resources` mapping's frame while we are inside it, else -1.
  let resourcesFrame = -1;
  let rootKeyIsResources = false;
  let documents = 0;

  // A node ended (scalar, alias or popped collection): advance the enclosing mapping.
  const nodeDone = (): void => {
    const top = stack.length - 1;
    if (stack[top] === MAP_KEY) stack[top] = MAP_VALUE;
    else if (stack[top] === MAP_VALUE) {
      stack[top] = MAP_KEY;
      if (top === 1) rootKeyIsResources = false;
    }
  };

  for (const ev of events) {
    switch (ev.type) {
      case EVENT_ID.DOCUMENT:
        if (++documents > 1) return { resourceKeys, aliases };
        stack.push(DOC);
        break;
      case EVENT_ID.ALIAS:
        aliases++;
        nodeDone();
        break;
      case EVENT_ID.SCALAR: {
        const top = stack.length - 1;
        if (stack[top] === MAP_KEY) {
          if (top === 1) rootKeyIsResources = getScalarValue(source, ev) === 'Resources';
          else if (top === resourcesFrame) {
            const id = getScalarValue(source, ev);
            if (!resourceKeys.has(id)) resourceKeys.set(id, keyStart(ev));
          }
        }
        nodeDone();
        break;
      }
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        if (ev.type === EVENT_ID.MAPPING && stack.length === 2 && stack[1] === MAP_VALUE && rootKeyIsResources) {
          resourcesFrame = stack.length;
        }
        stack.push(ev.type === EVENT_ID.MAPPING ? MAP_KEY : SEQ);
        break;
      case EVENT_ID.POP:
        if (stack.length - 1 === resourcesFrame) resourcesFrame = -1;
        stack.pop();
        nodeDone();
        break;
    }
  }
  return { resourceKeys, aliases };
}
