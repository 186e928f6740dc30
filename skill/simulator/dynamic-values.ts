/**
 * Per-session slot values, as the platforms learn them from the skill: Alexa from a
 * Dialog.UpdateDynamicEntities directive, Dialogflow ES from session entity types. A conversation
 * takes them from each response; before the skill has said anything, a customer's payees stand
 * in, rendered by the platform units themselves, as the skill teaches them on launch. A CX
 * webhook teaches nothing: its Payee entity expands to names it was not given, which the
 * simulation stands in for with the customer's payee names.
 */
import type { Payee } from '../../fulfillment/banks/bank-types';
import type { SimulatedPlatform } from './understand';
import type { Reply } from '../../fulfillment/pipeline/reply';
import { toResponse as toAlexaResponse } from '../alexa/to-response';
import { toResponse as toDialogflowResponse } from '../dialogflow/to-response';
import type { CustomTypes } from './values/find-values';
import { payeeEntities } from '../../fulfillment/transfers/payee-entities';

interface AlexaDirective {
  readonly type?: string;
  readonly types?: readonly { readonly name: string; readonly values: readonly { readonly id: string; readonly name: { readonly value: string; readonly synonyms?: readonly string[] } }[] }[];
}
interface SessionEntityType {
  readonly name: string;
  readonly entities: readonly { readonly value: string; readonly synonyms: readonly string[] }[];
}

/** The session values a platform response teaches, by slot type name; undefined when it teaches none. */
export function taughtValues(platform: SimulatedPlatform, response: Record<string, unknown>): CustomTypes | undefined {
  if (platform === 'dialogflow-cx') return undefined;
  if (platform === 'alexa') {
    const directives = ((response['response'] as { directives?: AlexaDirective[] } | undefined)?.directives ?? []).filter((d) => d.type === 'Dialog.UpdateDynamicEntities');
    if (directives.length === 0) return undefined;
    return Object.fromEntries(directives.flatMap((d) => d.types ?? []).map((t) => [t.name, t.values.map((v) => ({ id: v.id, synonyms: [v.name.value, ...(v.name.synonyms ?? [])] }))]));
  }
  const types = response['sessionEntityTypes'] as SessionEntityType[] | undefined;
  if (!types?.length) return undefined;
  return Object.fromEntries(types.map((t) => [`@${t.name.split('/').pop() ?? ''}`, t.entities.map((e) => ({ id: e.value, synonyms: e.synonyms }))]));
}

/** A customer's payees as the skill teaches them to a platform on launch (opaque ids by position, display names). */
export function payeeValues(platform: SimulatedPlatform, payees: readonly Payee[]): CustomTypes {
  const entities = payeeEntities(payees);
  if (platform === 'dialogflow-cx') {
    // What CX's expansion hears of them: the names and their parts, as ES's session entities.
    return entities.length > 0 ? { '@Payee': entities.map((p) => ({ id: p.name, synonyms: [p.name, ...p.synonyms] })) } : {};
  }
  const reply: Reply = { type: 'ask', speech: '', reprompt: '', payees: entities };
  const response = platform === 'alexa' ? { response: toAlexaResponse(reply) } : (toDialogflowResponse(reply, 'simulator', undefined) as Record<string, unknown>);
  return taughtValues(platform, response) ?? {};
}
