/**
 * What people say to reach the platforms' own intents (AMAZON.HelpIntent, a Dialogflow welcome
 * intent...). The model lists none for them because the platforms supply them; the local
 * understanding needs some to stand in for the platform.
 */
import type { Locale } from '../../fulfillment/locale';

/** Sample utterances per built-in intent name and locale. */
export const BUILTIN_UTTERANCES: Readonly<Record<string, Readonly<Record<Locale, readonly string[]>>>> = {
  Launch: {
    'en-US': ['open voice bank', 'start voice bank', 'launch my bank', 'hello', 'hi there'],
    'en-GB': ['open voice bank', 'start voice bank', 'launch my bank', 'hello', 'hiya'],
    'de-DE': ['öffne sprachbank', 'starte sprachbank', 'hallo', 'guten tag'],
  },
  Help: {
    'en-US': ['help', 'help me', 'what can i say', 'what can you do', 'how does this work', 'i need help'],
    'en-GB': ['help', 'help me', 'what can i say', 'what can you do', 'how does this work', 'i need help'],
    'de-DE': ['hilfe', 'hilf mir', 'was kann ich sagen', 'was kannst du', 'wie funktioniert das', 'ich brauche hilfe'],
  },
  Stop: {
    'en-US': ['stop', 'goodbye', 'bye', 'exit', 'quit', "that's all", 'i am done'],
    'en-GB': ['stop', 'goodbye', 'bye', 'exit', 'quit', "that's all", 'cheers bye'],
    'de-DE': ['stopp', 'tschüss', 'auf wiedersehen', 'beenden', 'das wars', 'ende'],
  },
  Cancel: {
    'en-US': ['cancel', 'cancel that', 'never mind', 'forget it'],
    'en-GB': ['cancel', 'cancel that', 'never mind', 'forget it'],
    'de-DE': ['abbrechen', 'brich ab', 'vergiss es', 'egal'],
  },
  Yes: {
    'en-US': ['yes', 'yeah', 'yep', 'sure', 'correct', 'yes please', 'that is right', 'ok'],
    'en-GB': ['yes', 'yeah', 'yep', 'sure', 'correct', 'yes please', 'that is right', 'ok'],
    'de-DE': ['ja', 'jawohl', 'genau', 'richtig', 'ja bitte', 'stimmt', 'okay'],
  },
  No: {
    'en-US': ['no', 'nope', 'no thanks', 'no thank you', 'not now', 'wrong'],
    'en-GB': ['no', 'nope', 'no thanks', 'no thank you', 'not now', 'wrong'],
    'de-DE': ['nein', 'nee', 'nein danke', 'jetzt nicht', 'falsch'],
  },
};

/**
 * Requests no banking skill answers, trained as NLP.js's "None" intent so that text outside
 * the model goes to the fallback (Dialogflow's negative examples play the same part).
 */
export const OUT_OF_SCOPE: Readonly<Record<Locale, readonly string[]>> = {
  'en-US': [
    'what is the weather tomorrow', 'play some music', 'set a timer for ten minutes', 'tell me a joke', 'what time is it',
    'order a pizza', 'book a flight to paris', 'how do i cook pasta', 'call my mom', 'turn on the lights',
    'what is the news today', 'translate this into spanish', 'who won the game last night', 'remind me to buy milk',
    'how tall is mount everest', 'find a restaurant near me', 'what movies are playing', 'add eggs to my shopping list',
    'how do i change a tire', 'what is my horoscope', 'set an alarm for seven', 'spell necessary', 'what is the capital of france',
    'recommend a good book', 'how many calories in an apple', 'get me an uber', 'when is the next holiday', 'play my playlist',
  ],
  'en-GB': [
    'what is the weather tomorrow', 'play some music', 'set a timer for ten minutes', 'tell me a joke', 'what time is it',
    'order a pizza', 'book a flight to paris', 'how do i cook pasta', 'ring my mum', 'turn on the lights',
    'what is the news today', 'translate this into spanish', 'who won the match last night', 'remind me to buy milk',
    'how tall is ben nevis', 'find a restaurant near me', 'what films are on', 'add eggs to my shopping list',
    'how do i change a tyre', 'what is my horoscope', 'set an alarm for seven', 'what is the capital of france',
  ],
  'de-DE': [
    'wie wird das wetter morgen', 'spiel musik', 'stell einen timer auf zehn minuten', 'erzähl mir einen witz', 'wie spät ist es',
    'bestell eine pizza', 'buche einen flug nach paris', 'wie koche ich nudeln', 'ruf meine mutter an', 'mach das licht an',
    'was gibt es neues', 'übersetze das ins englische', 'wer hat gestern gewonnen', 'erinnere mich milch zu kaufen',
    'wie hoch ist die zugspitze', 'finde ein restaurant in der nähe', 'welche filme laufen im kino', 'setz eier auf die einkaufsliste',
    'wie wechsle ich einen reifen', 'was sagt mein horoskop', 'stell einen wecker auf sieben', 'was ist die hauptstadt von frankreich',
  ],
};
