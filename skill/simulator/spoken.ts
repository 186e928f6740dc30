/** What a platform response says aloud, as plain text, and whether it ends the session. */
import type { SimulatedPlatform } from './understand';

const ENTITIES: Readonly<Record<string, string>> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&amp;': '&' };

/** Turns SSML into the words it speaks: tags dropped, entities unescaped. */
export function ssmlToText(ssml: string): string {
  return ssml.replace(/<[^>]+>/g, '').replace(/&(lt|gt|quot|apos|amp);/g, (e) => ENTITIES[e] ?? e).trim();
}

/** The spoken text of a response body. */
export function spokenText(platform: SimulatedPlatform, body: Record<string, unknown>): { spoken: string; endsSession: boolean } {
  if (platform === 'alexa') {
    const response = (body['response'] ?? {}) as { outputSpeech?: { ssml?: string; text?: string }; shouldEndSession?: boolean };
    const speech = response.outputSpeech;
    return { spoken: speech?.ssml ? ssmlToText(speech.ssml) : (speech?.text ?? ''), endsSession: response.shouldEndSession !== false };
  }
  if (platform === 'dialogflow-cx') {
    const messages = ((body['fulfillmentResponse'] as { messages?: { text?: { text?: string[] } }[] } | undefined)?.messages ?? []);
    const target = body['targetPage'];
    return { spoken: messages.flatMap((m) => m.text?.text ?? []).join(' '), endsSession: typeof target === 'string' && target.endsWith('/pages/END_SESSION') };
  }
  const google = (body['payload'] as { google?: { expectUserResponse?: boolean } } | undefined)?.google;
  const text = typeof body['fulfillmentText'] === 'string' ? body['fulfillmentText'] : '';
  return { spoken: text, endsSession: google?.expectUserResponse === false || !('fulfillmentText' in body) };
}
