/**
 * Checks JSON against Dialogflow CX's own message definitions (the v3 protos that Google ships
 * in @google-cloud/dialogflow-cx): every key must be a field of its message, every enum value one
 * of its names. A misspelt field then fails here rather than at Restore, without a Google call.
 * Exports carry a few keys the public protos lack (a language code on phrases, entities and
 * messages); those are allowed by name. Tooling only: nothing on the request path loads it.
 */
import * as protobuf from 'protobufjs';

/** Keys exports carry beyond the proto, per message. */
const EXPORT_ONLY: Readonly<Record<string, readonly string[]>> = {
  'google.cloud.dialogflow.cx.v3.ResponseMessage': ['languageCode'],
  'google.cloud.dialogflow.cx.v3.Intent.TrainingPhrase': ['languageCode'],
  'google.cloud.dialogflow.cx.v3.EntityType.Entity': ['languageCode'],
};

let root: protobuf.Root | undefined;

/** A v3 message type by its short name ("Flow", "Intent.TrainingPhrase"). */
export function cxType(name: string): protobuf.Type {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a JSON descriptor file, read once
  root ??= protobuf.Root.fromJSON(require('@google-cloud/dialogflow-cx/build/protos/protos.json') as protobuf.INamespace);
  return root.lookupType(`google.cloud.dialogflow.cx.v3.${name}`);
}

/** How map fields are written: as key/value lists (exports) or as objects (webhook JSON). */
export type MapStyle = 'lists' | 'objects';

/** The problems of a JSON value as a message of a type, each naming where it is. */
export function protoProblems(type: protobuf.Type, value: unknown, where: string, maps: MapStyle): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [`${where}: expected an object for ${type.name}`];
  const problems: string[] = [];
  const allowed = EXPORT_ONLY[type.fullName.slice(1)] ?? [];
  for (const [key, v] of Object.entries(value)) {
    const field = type.fields[key];
    if (!field) {
      if (!allowed.includes(key)) problems.push(`${where}: unknown field "${key}" of ${type.name}`);
      continue;
    }
    field.resolve();
    const sub = field.resolvedType;
    const at = `${where}.${key}`;
    if (field.map) {
      const isList = Array.isArray(v);
      if ((maps === 'lists') !== isList) problems.push(`${at}: map fields are written as ${maps === 'lists' ? 'key/value lists' : 'objects'} here`);
      continue;
    }
    const items = field.repeated ? (Array.isArray(v) ? v : (problems.push(`${at}: expected a list`), [])) : [v];
    for (const [i, item] of items.entries()) {
      const here = field.repeated ? `${at}[${i}]` : at;
      if (sub instanceof protobuf.Type && !sub.fullName.startsWith('.google.protobuf.')) problems.push(...protoProblems(sub, item, here, maps));
      else if (sub instanceof protobuf.Enum && !(typeof item === 'string' && item in sub.values)) problems.push(`${here}: ${JSON.stringify(item)} is not a ${sub.name}`);
    }
  }
  return problems;
}
