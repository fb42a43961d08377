// A string scalar of a parsed JSON or YAML document as a template body with its exact position
// map: JSON string literals through decodeJsonString, YAML scalars through the YAML decoder.
import type { Scalar } from 'yaml';
import type { PositionMap } from '../../types.js';
import { decodeJsonString } from '../json-string.js';
import { tableMap } from '../position-map.js';
import { decodeYamlScalar } from '../yaml-scalar.js';

export type DataFormat = 'json' | 'yaml';

export interface DecodedBody {
  body: string;
  map: PositionMap;
}

/** A map from a scalar whose style the decoder could not reproduce: every offset lands on the scalar's start. */
function coarseUnitMap(start: number, length: number): PositionMap {
  return tableMap(new Array<number>(length + 1).fill(start), (text) => text);
}

/** The decoded value of a string scalar and the file offset of each of its characters. */
export function decodeScalarBody(text: string, node: Scalar, dataFormat: DataFormat): DecodedBody {
  const start = node.range?.[0] ?? 0;
  if (dataFormat === 'json' && text[start] === '"') {
    const decoded = decodeJsonString(text, start);
    return { body: decoded.value, map: decoded.map };
  }
  const decoded = decodeYamlScalar(node);
  const body = String(node.value);
  return { body, map: decoded ? decoded.map : coarseUnitMap(start, body.length) };
}
