/**
 * What people say to reach the platforms' own intents (AMAZON.HelpIntent, a Dialogflow welcome
 * intent...). The model lists none for them because the platforms supply them; the local
 * understanding needs some to stand in for the platform.
 */
import type { Locale } from '../../fulfillment/kit/locale';

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

/** Questions outside banking, and banking questions the skill does not answer, in either English. */
const ENGLISH_OUT_OF_SCOPE = [
  'how does a car engine work', 'how does the stock market work', 'how do vaccines work', 'what are black holes made of',
  'where do tomatoes come from', 'where does rain come from', 'why is the sky blue', 'what is the speed of light',
  'who invented the telephone', 'when was the eiffel tower built', 'what year did the war end', 'who is the president',
  'who wrote hamlet', 'which countries border germany', 'which planet is the biggest', 'how many people live in china',
  'what is the population of texas', 'what is the longest river', 'is it going to snow this weekend', 'do i need an umbrella today',
  'are cats better than dogs', 'is coffee bad for you', 'are electric cars expensive', 'are eggs healthy', 'is the museum open today',
  'what does this word mean', 'define the word serendipity', 'what is the meaning of life', 'how do i fix a leaky faucet',
  'where is the oil filter on my car', 'what tires fit my truck', 'how do i get to the airport', 'how far is the moon',
  'what new shows are on tonight', 'who sings this song', 'play the latest podcast', 'what games are coming out this year',
  'how many cups are in a gallon', 'convert ten miles to kilometers', 'what is twelve times eight', 'how do i learn guitar',
  'give me a recipe for soup', 'what should i cook for dinner', 'how long do i boil an egg', 'where can i buy shoes',
  'what are some good deals online', 'is bitcoin going up', 'which stock should i buy', 'what is the price of gold',
  'how do i open a new account', 'what is the interest rate on a mortgage', 'how do i apply for a loan', 'what are your branch hours',
  'how much is the overdraft fee', 'how long do wire transfers take', 'how do i change my address', 'what is my credit score',
  'how do i save more money', 'how can i reduce my spending', 'find an atm near me', 'is the bank open on sunday',
  'i am kind of busy right now', 'my dog ate my homework', 'the birds are singing', 'i like turtles', 'what is up with the weather',
  'help me study for my exam', 'teach me some spanish', 'can you sing a song', 'what is your favorite color', 'are you a robot',
  'how old are you', 'do you dream', 'read me a story', 'what happened in the news today', 'who won the election',
  'book a table for two', 'call a taxi', 'text my sister', 'where are my keys', 'turn the volume up', 'what day is it tomorrow',
  'when was the first car made', 'when was this company founded', 'when did the beatles break up', 'when was the singer born',
  'when did the painter die', 'when does school start', 'when does the game start', 'when is the concert', 'when did the team win',
  'what is the most popular sport', 'what is the most common bird', 'what is the tallest building', 'what is the best phone',
  'tell me something about football', 'tell me about the olympics', 'tell me a fact about space', 'is there overtime in hockey',
  'how long are the star wars movies', 'how much does a movie star earn', 'how much do pilots make', 'how rich is the king',
  'is it worth investing in gold', 'should i buy a house now', 'what is the best credit card to get', 'compare savings rates',
  'what personality type am i', 'which season do people like best', 'what music is popular now', 'what scale is this song in',
  'i need to talk to customer service about my flight', 'what is the headline news', 'any local news', 'what is on the radio',
  'what color do leaves turn in fall', 'how many species of fish are there', 'what animals are cold blooded', 'what is evolution',
  'what percentage of people are left handed', 'how many teeth do adults have', 'how big is the ocean', 'why do cats purr',
  'how do i reset my router', 'is my computer safe from viruses', 'what is the best laptop', 'how do i update my phone',
  'what are the symptoms of the flu', 'how much water should i drink', 'how many hours should i sleep', 'is running good for you',
  'what is a good stretch for my back', 'how do i get rid of a headache', 'what should i pack for a trip', 'how long is the flight to tokyo',
  'what is there to do in london', 'is my flight on time', 'find me a hotel', 'how do i plant roses', 'when should i water my plants',
  'how do i clean an oven', 'what paint color goes with grey', 'how do i unclog a drain', 'what is the best pizza topping',
  'is chocolate good for dogs', 'how do i train a puppy', 'how long do parrots live', 'what does a giraffe eat', 'are sharks dangerous',
  'how do magnets work', 'what is gravity', 'why do we have seasons', 'how are rainbows made', 'what is the boiling point of water',
  'what is inflation', 'what does a stock broker do', 'who is the richest person', 'how does insurance work', 'what is a good investment',
  'what are the rules of chess', 'who won the world cup', 'when are the playoffs', 'what is my team ranked', 'is the pool open',
  'how do you say thank you in french', 'what rhymes with orange', 'give me a fun fact', 'what is trending online', 'what is new in movies',
  'what is the weather tomorrow', 'play some music', 'set a timer for ten minutes', 'tell me a joke',
  'what time is it', 'order a pizza', 'book a flight to paris', 'how do i cook pasta', 'turn on the lights',
  'what is the news today', 'translate this into spanish', 'remind me to buy milk',
  'find a restaurant near me', 'add eggs to my shopping list', 'what is my horoscope',
  'set an alarm for seven', 'what is the capital of france',
] as const;

/**
 * Requests no banking skill answers, trained as NLP.js's "None" intent so that text outside
 * the model goes to the fallback (Dialogflow's negative examples play the same part).
 */
export const OUT_OF_SCOPE: Readonly<Record<Locale, readonly string[]>> = {
  'en-US': [
    ...ENGLISH_OUT_OF_SCOPE,
    'call my mom', 'who won the game last night', 'how tall is mount everest', 'what movies are playing',
    'how do i change a tire', 'spell necessary', 'recommend a good book', 'how many calories in an apple',
    'get me an uber', 'when is the next holiday', 'play my playlist',
  ],
  'en-GB': [
    ...ENGLISH_OUT_OF_SCOPE,
    'ring my mum', 'who won the match last night', 'how tall is ben nevis', 'what films are on',
    'how do i change a tyre',
  ],
  'de-DE': [
    'wie wird das wetter morgen', 'spiel musik', 'stell einen timer auf zehn minuten', 'erzähl mir einen witz', 'wie spät ist es',
    'bestell eine pizza', 'buche einen flug nach paris', 'wie koche ich nudeln', 'ruf meine mutter an', 'mach das licht an',
    'was gibt es neues', 'übersetze das ins englische', 'wer hat gestern gewonnen', 'erinnere mich milch zu kaufen',
    'wie hoch ist die zugspitze', 'finde ein restaurant in der nähe', 'welche filme laufen im kino', 'setz eier auf die einkaufsliste',
    'wie wechsle ich einen reifen', 'was sagt mein horoskop', 'stell einen wecker auf sieben', 'was ist die hauptstadt von frankreich',
  ],
};
