/**
 * Sample utterances of opening the skill, help, stop, cancel, yes and no. Alexa has built-in
 * intents for all but opening (it sends a LaunchRequest), and these extend them; Dialogflow has
 * none, so without these lists its agent could not hear "yes" at all.
 */
import type { IntentModels } from './intent-model';
import { OUT_OF_SCOPE } from './out-of-scope';

type ConversationIntent = 'Launch' | 'Help' | 'Stop' | 'Thanks' | 'Cancel' | 'Yes' | 'Okay' | 'ProbablyYes' | 'Later' | 'Intended' | 'Wrong' | 'CantRemember' | 'No' | 'Wait' | 'Fallback';

/** English said alike in America and Britain. */
const ENGLISH = {
  Launch: [
    'hello', 'hi', 'hi there', 'hey', 'good morning', 'good evening', 'open voice bank', 'start voice bank', 'open my bank',
    'talk to my bank', 'i want to talk to my bank', 'hello bank', 'start banking', 'let us do some banking',
  ],
  Help: [
    'help', 'help me', 'what can i say', 'what can you do', 'how does this work', 'i need help', 'what are my options',
    'how do i use this', 'what things can you help with', 'what can i ask you', 'can you help me', 'i am stuck',
    'what were my options again', 'what are my options again', 'what were the options', 'what are the options', 'what can i say again', 'what were my choices',
    'what do i say now', 'what should i say', 'i do not know what to say', 'explain how this works',
    // A question about cancelling is no cancel: help says how, and nothing is undone.
    'how do i cancel a transfer', 'how can i cancel a transfer', 'how do i undo a transfer', 'can i cancel a transfer',
    'can i still cancel it later', 'can i cancel it later', 'how long can i cancel a transfer', 'is it possible to cancel a transfer',
    "i'm confused", "i'm lost", "i don't understand", 'what happens now', 'what happens next', 'so what now',
    'and now what', 'what now', 'okay and now', 'and what happens now',
    'why do you need my pin', 'why do i have to say my pin', 'is it safe to say my pin out loud', 'what is the pin for',
  ],
  Stop: [
    'stop', 'goodbye', 'bye', 'bye bye', 'exit', 'quit', "that's all", 'that is all', 'i am done', 'that is everything',
    'we are done', 'nothing else', 'no that is all thanks', 'close the bank', 'leave', 'end the session', 'see you',
    "i'm done", "i'm finished", 'that will be all',
    "no that's it", "that's it", 'that is it', "that's it thanks", "no that's all", "i'm good thanks", "no i'm good", 'all done', "that's everything thanks",
    // Thanks with a goodbye in it, British ("cheers") and not.
    'cheers that is all', 'cheers bye', 'thanks that is all', 'thank you that is all', 'thanks bye',
    // Led by an acknowledgement: answers closed with "okay" or "that's it" are samples of their own intents.
    "okay that's it", "alright that's all", "okay that's all", "okay that's everything", "alright that's it",
    // The conversation ended, never a transfer cancelled: "cancel" here is the session's.
    'cancel the conversation', 'end the conversation', 'no i meant cancel the conversation', 'no i meant end the conversation',
    'no just end the conversation', 'stop the conversation', "let's end the conversation",
    // Leaving in the middle of something: a goodbye, whatever was asked.
    'talk to you later', 'talk later', 'speak to you later', 'see you later', 'catch you later', 'gotta go', 'got to go', 'i have to go',
    "i've got to go", 'i need to go', 'i must go', 'i have to run', "that's all for now", 'that is all for now', "that's it for now", 'bye for now',
  ],
  // Thanks alone, or with an acknowledgement ("ok" alone stays a yes): a goodbye after an answer,
  // but while a transfer waits for an answer only thanks, and the question is put again.
  Thanks: [
    'thanks', 'thank you', 'cheers', 'ta', 'ta very much', 'thank you very much', 'thanks a lot', 'great thanks',
    'ok thanks', 'okay thank you', 'ok thank you', 'alright thanks', 'alright thank you', 'ok cheers', 'got it thanks',
    'cool thanks', 'perfect thank you', 'okay great thanks', 'thanks so much', 'many thanks', 'ok great thank you',
    // British praise said as thanks.
    'brilliant', 'brilliant thanks', 'brilliant cheers', 'lovely thanks', 'lovely cheers', 'great stuff', 'great stuff thanks', 'smashing thanks',
  ],
  Cancel: [
    'cancel', 'cancel that', 'never mind', 'forget it', 'scratch that', 'forget about it', 'never mind that', 'drop it',
    'cancel it', 'abort', 'leave it', 'i changed my mind', 'do not bother', 'let us not',
    'nevermind', 'forget the transfer', 'forget about the transfer',
    // Throwing it away said with any verb for it: never an "okay" that moves on to the PIN.
    'bin it', 'bin that', 'ditch it', 'kill it', 'trash it', 'scrap it', 'scrap that', 'delete it', 'delete that', 'abandon it',
    'dump it', 'chuck it', 'throw it away', 'get rid of it', 'skip it', 'actually cancel that', 'actually cancel it', 'actually forget it',
    // A moment asked for and a cancel in one breath: the cancel is the answer ("hold on" alone is Wait).
    'wait cancel that', 'wait cancel it', 'hold on cancel that', 'hold on cancel it', 'hang on cancel that', 'hang on cancel it',
    'wait a second cancel that', 'hold on forget it',
  ],
  Yes: [
    'yes', 'yeah', 'yep', 'yup', 'sure', 'correct', 'yes please', 'that is right', "that's right", 'yes really', 'really yes', 'yes i am sure', "yes i'm sure",
    // "Anything else?" - "yeah, go on": a yes that invites the next question.
    'yeah go on', 'yes go on', 'sure go on',
    // An acknowledgement with a yes in it is the yes (an acknowledgement or a go-ahead alone is Okay).
    'yes okay', 'okay yes', 'ok yes', 'okay sure', 'okay yes please', 'well yes', 'well yeah', 'oh yes', 'so yes',
    'yes that is fine', "yes it's fine", "yeah that's fine", "yes that's alright", 'yes that is alright', "yes that's ok",
    'yes that is correct', 'absolutely', 'confirm', 'i confirm',
    // Said the British way. ("That's grand" is left out: "grand" is a thousand pounds.)
    'bang on', "that's spot on",
    'affirmative', 'i approved it', 'it is approved', 'exactly',
    'aye', 'spot on', "that's the one", "yes that's it", 'yes that is it',
    'yes exactly', 'exactly right', 'yep exactly',
    'yes definitely', 'definitely yes', 'definitely', 'yes absolutely', 'absolutely yes', 'certainly', 'of course', 'yes of course',
    // To "did you make this purchase?": a no to fraud, said with a no in front.
    "no no that's mine", 'no no that is mine', 'nope i bought that', 'nah that was me', "that's legit", 'it is legit',
    'no no it was me', 'nope that was me', 'no that was me',
    // A change of mind back to yes: "actually" leads corrections as often as refusals.
    'actually yes', 'yes actually',
    // To "did you make this purchase?": whether it was the customer's own.
    'that was me', 'it was me', 'yes that was me', 'yes it was me', 'i made it', 'i made that purchase', 'yes i made it',
    'i did', 'yes i did', 'that was mine', 'that is mine', 'i bought that', 'yes i bought that', 'that one is mine',
    'actually that was me', 'wait that was me', 'oh that was me actually',
    // A yes with thanks is still a yes, never the goodbye that thanks alone is.
    'yes thank you', 'yes thanks', 'yeah thanks', 'yes please thank you', 'cheers yes', 'yes cheers', 'yeah cheers',
    "that's correct", "yes that's correct", 'yeah correct',
    // "Yes, lock it" is LockCard's: to "did you make this purchase?" it asks for the lock, never says yes.
    // Nothing to change after all, to "what should I change?": the read-back comes again.
    // Only words that say it is correct: "leave it as it is" could as well mean "don't send it".
    "actually it's correct", "it's correct after all", "it's right after all", 'actually that is correct',
    // Said while a transfer waits for approval in the bank's app: checking is what "continue" does.
    // ("Is it done yet?" there is TransferStatus, which the approval step takes as this yes.)
    'have you got it now', 'i have approved it',
    "i've approved it in the app", 'approved', 'it should be approved now', 'ok i approved it',
  ],
  // Agreement to what the skill proposes, an acknowledgement ("okay") or a go-ahead ("send it"): a
  // yes to "shall I send it?", but no answer to a question of fact ("did you make this purchase?"),
  // where "send it" is about a transfer, never the purchase (pipeline/acknowledged.ts).
  Okay: [
    'ok', 'okay', 'okay okay', 'ok ok', 'alright', 'all right', 'uh huh', 'mhm', 'mm hmm', 'okay then', 'alright then',
    'i see', 'got it', 'okay got it', 'understood', 'fine', 'oh okay', 'ah okay', 'fair enough', 'well okay',
    // A go-ahead; "never mind" before it takes back the doubt, not the transfer.
    'okay send it', 'ok send it', 'okay do it', 'ok go ahead', 'okay go ahead', 'alright send it', 'yes go ahead',
    'go ahead', 'do it', 'please do', 'continue', 'yes send it', 'send it', 'yes do it', 'go for it',
    'yeah go for it', 'go on then', 'yes please send it', 'ok pay it', 'yes pay it', 'pay it',
    'go ahead and pay it', 'actually go ahead', 'never mind do it', 'never mind just do it', 'never mind send it',
    'nothing send it', 'nothing just send it', 'no just send it', "it's fine send it",
    // Agreement as a shrug or praise ("why not", never the "not" in it; "sounds good", "lovely"): to a
    // proposal, never to a question of fact.
    'right', 'sounds good', 'perfect', 'lovely', 'that is fine', 'sure thing', 'righto', 'right oh', 'right you are',

    'sure why not', 'why not', 'yeah why not', 'okay why not', 'yes sure why not', 'done',
    "never mind it's fine", 'never mind it is fine', "nothing it's fine",
    // Approval of what was read back, alone or with a go-ahead.
    'looks good', 'looks good to me', 'that looks good', 'looks right', 'that looks right', 'looks fine',
    "that's correct send it", "that's right send it", 'correct go ahead', "that's right go ahead",
  ],
  // Hesitation: the customer needs a moment. Never a yes, a no or an answer. Not "let me
  // see" or "let me check": banking requests begin so ("let me see my transactions").
  Wait: [
    'uh', 'um', 'umm', 'er', 'erm', 'hmm', 'mm', 'mmm', 'hmm let me think', 'uh let me think', 'let me think', 'wait a second', 'one moment',
    'give me a second', 'hold on', 'hang on', 'hold on a second', 'hang on a minute', 'just a sec', 'one sec', 'wait',
    // A pause counted in seconds is a pause, never an amount or a payee called "seconds".
    'wait two seconds', 'hang on two seconds', 'hang on a couple of seconds', 'give me a few seconds', 'wait a few seconds', 'two secs',
    'just a moment', 'give me a minute', 'one minute', 'hold on please', 'uh hold on', 'wait a minute',
    'hmm good question', 'one second please', 'bear with me', 'give me a moment', 'oh', 'oh well',
    'okay wait', 'ok wait', 'alright hold on', 'okay hold on', 'okay one second', 'hang about', 'wait wait', 'okay give me a second',
    // "No, wait" holds the question open: what follows may be a yes or a correction.
    'no wait', 'no hold on', 'no wait a second', 'no hang on a sec',
    // A yes taken back in the same breath holds the question open too; "so" and "well" only fill a pause.
    'go ahead no wait', 'yes no wait', 'sure no wait', 'okay no wait', 'send it no wait', 'yes wait', 'yeah wait', 'okay wait no',
    'so', 'um so', 'hmm so', 'so um', 'well', 'well um', 'well then', 'so then', 'uh so',
    // Busy with the bank's app while an approval waits.
    "hold on i'm opening the app", 'let me open the app', 'one sec i am approving it', "i'm doing it now", 'still looking for my phone',
    'wait i have to find my banking app', 'hold on where is the app', 'give me a second to find the app', 'one moment i need my phone',
  ],
  // A hedged yes: a yes where nothing moves ("anything else?"), but never the yes that sends money,
  // changes a card or clears a purchase flagged as fraud (pipeline/hedged-yes.ts).
  ProbablyYes: [
    'i think so', 'yes i think so', 'yeah i think so', 'i guess so', 'yeah i guess', 'i suppose so', 'i believe so',
    'probably', 'probably yes', 'yes probably', 'yeah probably', 'i reckon so', 'most likely', 'i think that was me',
    'i guess that was me', 'probably me', 'i think i did', 'i think i made it', 'i think that was mine', 'yeah i reckon', 'i guess',
    // A yes that opens with a no ("no, that's right", said in Britain for yes) is no clear yes either.
    "no that's right", "no that's correct", "no it's correct", "no it's right",
  ],
  // "Not now", "ask me later": a no to being asked now. To "did you make this purchase?" it leaves
  // the purchase for later, never a "no" that reports it; elsewhere it is a no (pipeline/read-by-question.ts).
  Later: [
    'not now', 'not right now', 'later', 'maybe later', 'ask me later', 'remind me later', 'another time', 'some other time',
    'can we do this later', "let's do this later", 'not at the moment', 'i will deal with it later', 'i will check later', 'later please',
    'not today', 'i will look at it later',
  ],
  // "That's not right", "that looks wrong": what was read back or done is found wrong. Right after
  // a transfer it asks to undo it, never a goodbye; anywhere else it is a no (pipeline/read-by-question.ts).
  // Never the approval that "looks good" is.
  Wrong: [
    'wrong', 'that is wrong', 'that is not right', 'incorrect', "that doesn't look right", "doesn't look right",
    "that doesn't look good", 'that looks wrong', 'looks wrong', "that's not right", "that doesn't sound right",
    'that looks weird', 'that looks odd', "that's wrong", "no that's not right", "no that's wrong", 'no that is wrong',
    'no that is not right', "that's not correct", 'that is incorrect', "no that's incorrect", "hold on that's not right",
    "wait that's wrong", "that's all wrong",
  ],
  // "I can't remember it": what "it" is, the open question says. Asked for a PIN it is the PIN
  // forgotten; anywhere else no answer ("I can't remember" alone is out of scope, so at the fraud
  // question it is never a forgotten PIN), read in pipeline/read-by-question.ts.
  CantRemember: [
    "i can't remember it", 'i cannot remember it', "i don't remember it", 'i do not remember it', "i don't remember it at all",
    'i forgot it', "i've forgotten it", 'i have forgotten it', "i can't think of it", "it's slipped my mind", "i can't recall it",
    'it slipped my mind', "i don't know it",
  ],
  // "That was on purpose", "that's what I wanted": what was done or asked for is meant. To the offer
  // to undo a transfer it keeps the transfer; to "did you make this purchase?" it owns it
  // (pipeline/read-by-question.ts). Without it, "what I wanted" and "meant" read as the mistakes they echo.
  Intended: [
    'that was on purpose', 'it was on purpose', 'i did that on purpose', 'i did it on purpose', 'that was intentional',
    'it was intentional', 'i meant to do that', 'i meant to', 'i meant it', 'i meant to send it', 'i meant to send that',
    'i wanted to send that', 'i wanted to send it', "that's what i wanted", 'that is what i wanted', "it's what i wanted",
    "that's exactly what i wanted", "that's what i meant to do", 'that was deliberate', 'i did that deliberately',
    'that was the plan', 'that was planned', 'that was meant to happen', 'i intended that', 'i wanted that', 'i did want that',
    // A mistake denied: said as written these outweigh the mistakes they echo ("that was a mistake").
    "that wasn't a mistake", 'that was not a mistake', "it wasn't a mistake", 'it was not a mistake', 'that was no mistake',
    "no that wasn't a mistake", 'not a mistake', "that wasn't an accident", "it wasn't an accident",
    // Letting it stand: to the offer to undo the transfer stays, to the read-back it goes.
    'let it go through', 'let it stand', 'let it go ahead', 'just let it go through',
  ],
  No: [
    'no', 'nope', 'nah', 'no thanks', 'no thank you',
    'no it is not', 'no that is not it', 'not really', 'negative', 'no way', 'definitely not', 'i do not think so',
    'i guess not', 'i suppose not', "i don't think so no", 'yeah no', 'yeah nah', 'yes no no',
    // A no led by a word of agreement or a shrug is the no: "alright, no", "right then, don't send it".
    'alright no', 'okay no', 'okay then no', 'right then no', 'right no', 'well no', 'oh no thanks',
    "alright don't send it", "right then don't send it", "okay then don't", 'fine no', 'alright then no',
    // A hedged no is a no; "nah, you're alright" is the British "no, thanks".
    'probably not', 'probably no', 'no i guess', 'i guess no', 'i think not', 'no i think not',
    "nah you're alright", "no you're alright", "you're alright thanks", "you're all right thanks",
    // A negated "send it" must never be heard as its yes.
    "don't send it", 'do not send it', "don't do it", 'do not do that', "please don't", "no don't", 'no do not send it',
    // A moment asked for and a refusal in one breath: the refusal is the answer.
    "wait don't send it", "hold on don't send it", "hang on don't send it", "wait a second don't send it", "hold on don't do it",
    'wait actually no', 'hold on actually no', 'hang on no',
    'absolutely not', 'absolutely no', 'certainly not', 'of course not', 'definitely no',
    'not yet', 'hold off', 'wait no', "don't send the money", "don't go ahead", 'do not go ahead', "don't continue",
    "don't confirm", 'do not proceed', "don't transfer it",
    'actually no', 'no actually', 'actually not', 'on second thought no', 'no never mind', "actually don't",
    'sure actually no', 'yes actually no', 'yeah go hmm no', 'okay actually no', 'go ahead actually no', 'yes no', 'yeah no wait no',
    'yes wait no', 'yeah wait no', 'no ta', 'no ta very much', 'no thanks ta', 'nah ta',
    // A yes taken back in the same breath ("sure, why not... actually no"): the last word is the answer.
    'sure why not actually no', 'why not actually no', 'yeah why not no',
    // To "did you make this purchase?": it was not the customer's own.
    "that wasn't me", 'that was not me', "it wasn't me", 'it was not me', "no it wasn't me", 'not me', "i didn't make it",
    "i didn't make that purchase", 'i did not make that purchase', "i didn't", 'no i did not', "that's not mine",
    'that is not mine', "i didn't buy that", 'i never bought that', "i don't recognize that", "i don't recognise that",
    "i've never shopped there", 'i never shop there', "i don't know that store", 'never heard of them', "i've never been there",
    "i don't remember buying that", "i don't remember that purchase", 'i do not remember buying that',
    "that's fraud", 'that is fraud', 'yes that is fraud', "yes that's fraud", "it's fraud", 'that was fraud', 'that looks like fraud',
    'that must have been someone else', 'someone else made it', 'somebody else bought that', 'someone stole my card details',
    // A cancel refused: the transfer made stays ("do you want me to cancel it?" "no, don't cancel it").
    "no don't cancel it", 'no do not cancel it', "don't cancel it", "don't cancel the transfer",
    "no don't cancel the transfer", "no i don't want to cancel it", 'i do not want to cancel it',
    "i don't want to cancel it", "no wait don't cancel it", "no don't stop the transfer", "don't stop it",
    'no leave it', 'keep it', 'no keep it', 'no keep the transfer', 'keep it please', 'please keep it', "no no don't cancel it please",
    // A no followed by what it keeps ("no, it's fine", "no, just leave it", "no, I meant to send it"): the no is the answer.
    'no it is fine', 'no that is fine', 'no it is okay', 'no that is okay', 'nah it is fine',
    "no it's fine", "no that's fine", "no it's okay", "no that's okay", "no it's alright", "no that's alright", 'no all good',
    "no it's all good", "nah that's fine", "nah it's fine", "nope it's fine", "nope that's fine", "no it's fine leave it",
    'no just leave it', 'no leave it as it is', 'no let it go through', 'no let it go', 'no just keep it',
    'no i meant to send it', 'no i meant it', 'no i wanted to send it',
    'no that was on purpose', "no that's what i wanted", 'no that is what i wanted', 'no i meant to do that', 'no it was intentional',
    'no it was on purpose', 'nope that was on purpose', 'nah i meant to do that',
  ],
} as const;

/** German. */
const GERMAN = {
  Launch: [
    'hallo', 'hi', 'guten tag', 'guten morgen', 'guten abend', 'servus', 'moin', 'öffne sprachbank', 'starte sprachbank',
    'hallo bank', 'sprachbank öffnen', 'ich will mit meiner bank sprechen', 'banking starten', 'grüß gott',
    'hallo sprachbank',
    'hey',
    'grüß dich',
    'guten tag bank',
  ],
  Help: [
    'hilfe', 'hilf mir', 'was kann ich sagen', 'was kannst du', 'wie funktioniert das', 'ich brauche hilfe',
    'was kann ich hier machen', 'welche möglichkeiten habe ich', 'wobei kannst du helfen', 'kannst du mir helfen',
    // Eine Frage nach dem Stornieren storniert nichts: die Hilfe sagt, wie es geht.
    'wie storniere ich eine überweisung', 'wie kann ich eine überweisung stornieren', 'kann ich eine überweisung stornieren',
    'kann ich das später noch stornieren', 'kann ich sie später stornieren', 'wie lange kann ich eine überweisung stornieren',
    'was soll ich sagen', 'ich komme nicht weiter', 'was kann ich dich fragen', 'erklär mir wie das geht', 'wie benutze ich das',
    'was geht hier alles',
    'warum brauchst du meine pin', 'wozu brauchst du die pin', 'ist es sicher meine pin laut zu sagen', 'wofür ist die pin',
    'hilfe bitte',
    'was kann die sprachbank',
    'ich verstehe das nicht',
    'ich bin verwirrt', 'ich blicke nicht durch', 'was passiert jetzt', 'wie geht es jetzt weiter',
    'und jetzt', 'und was jetzt', 'und nun', 'was nun', 'und was passiert jetzt',
    'welche befehle gibt es',
  ],
  Stop: [
    'stopp', 'stop', 'halt', 'halt stopp', 'tschüss', 'ciao', 'auf wiedersehen', 'beenden', 'das wars', 'ende', 'das wäre alles', 'ich bin fertig',
    'mehr brauche ich nicht', 'tschau', 'nichts weiter', 'das ist alles danke', 'schluss', 'bis dann', 'beende die sitzung',
    'ich bin fertig danke',
    'nichts mehr', 'nix mehr', 'ich will nix mehr', 'ich brauch nix mehr', 'ich brauche nichts mehr',
    'das reicht',
    'danke das wars',
    'ende bitte',
    'das war es schon', 'das wäre es', 'das wars schon danke', 'das war alles',
    // Von einer Bestätigung eingeleitet: Antworten mit "okay" oder "das war's" danach sind Samples ihrer Intents.
    'okay das wars', 'gut das wars', 'nein das wars', 'alles klar das wars', 'okay das ist alles', 'nein danke das ist alles',
    // Mitten in etwas gehen: ein Abschied, was auch gefragt war.
    'ich muss los', 'ich muss jetzt los', 'ich muss weg', 'ich muss gehen', 'bis später', 'bis bald', 'wir hören uns', 'wir hören uns später',
    'das wars fürs erste', 'das wars für jetzt', 'das ist alles für jetzt', 'machs gut',
  ],
  // Dank allein oder mit einer Bestätigung ("ok" allein bleibt ein Ja): nach einer Antwort ein
  // Abschied, während eine Überweisung auf eine Antwort wartet nur ein Dank.
  Thanks: [
    'danke', 'danke schön', 'danke dir', 'vielen dank', 'dankeschön', 'super danke',
    'ok danke', 'okay danke', 'alles klar danke', 'gut danke', 'prima danke', 'perfekt danke schön', 'ok vielen dank',
    'danke sehr', 'herzlichen dank', 'besten dank', 'merci', 'merci vielmals', 'merci dir',
    'tausend dank', 'vielen lieben dank', 'danke für die hilfe', 'das ist nett danke', 'super vielen dank', 'danke das hilft mir',
    'lieben dank', 'danke vielmals',
  ],
  Cancel: [
    'abbrechen', 'brich ab', 'vergiss es', 'lass es', 'vergiss das', 'doch nicht', 'lass gut sein', 'abbruch',
    'ich hab es mir anders überlegt', 'schon gut', 'lass das', 'brich das ab', 'lieber doch nicht',
    'stopp das',
    'vergiss es einfach',
    'nein lass es',
    // "Lass mal" heißt "lass gut sein": kein Nein, das nach einer Änderung fragt.
    'lass mal', 'nee lass mal', 'nein lass mal', 'ach lass mal',
    'abbrechen bitte',
    // Ein Moment erbeten und abgebrochen in einem Atemzug: das Abbrechen ist die Antwort.
    'warte brich das ab', 'moment brich das ab', 'warte abbrechen', 'halt brich ab', 'warte mal vergiss es',
    'vergiss die überweisung', 'die überweisung abbrechen',
    // Wegwerfen, mit welchem Verb auch immer: nie ein "okay", nach dem die PIN kommt, nie eine Kartensperre.
    'weg damit', 'streich das', 'streich es', 'lösch das', 'schmeiß das weg', 'wirf das weg', 'verwirf das', 'eigentlich abbrechen',
    'ach vergiss es', 'ach brich ab', 'vergiss es lieber', 'kannst du wegwerfen',
  ],
  Yes: [
    // "Ja, sperren" gehört zu LockCard: auf "Hast du das gekauft?" bittet es um die Sperre und ist kein Ja.
    'ja', 'jawohl', 'genau', 'richtig', 'ja bitte', 'stimmt', 'ja gerne', 'klar', 'auf jeden fall', 'ja wirklich', 'wirklich ja', 'ja ich bin sicher',
    // Eine Bestätigung mit Ja darin ist das Ja (eine Bestätigung oder ein Auftrag allein ist Okay).
    'ja okay', 'okay ja', 'ok ja', 'sicher', 'ja sicher', 'ja ist in ordnung', 'ja in ordnung', 'ja das passt', 'ja gern',
    'jep', 'korrekt', 'bestätigt', 'ich bestätige',
    'ich habe es freigegeben',
    'ja klar', 'doch ja', 'eigentlich ja', 'ja doch',
    // "Ach doch" nach einem Nein: doch ja.
    'ach doch', 'ach doch ja', 'na doch', 'doch',
    'jo', 'jupp', 'na klar',
    'jawoll',
    'selbstverständlich',
    'ja passt', 'ja passt schon',
    'ja genau passt so', 'genau so', 'ganz genau', 'genau das', 'ja so ist es', 'ja genau so', 'absolut', 'jup', 'jap',
    'ja richtig',
    'das ist richtig',
    // Auf "Hast du das gekauft?": es war die eigene Zahlung.
    'das war ich', 'ja das war ich', 'das war ich selbst', 'das habe ich gekauft', 'ja das habe ich gekauft', 'ja habe ich',
    'das war meine zahlung', 'das ist meins', 'ja das war meins', 'hab ich gekauft',
    'doch das war ich', 'moment das war doch ich', 'ach das war ich doch',
    // "Nein nein, das war schon ich": das Nein beruhigt, "schon" und "doch" sagen, wessen Zahlung es war.
    'nein nein das war schon ich', 'nein das war doch ich', 'nein das war schon ich', 'nee das war schon ich', 'nein nein das war doch ich',
    'ja danke', 'ja bitte danke', 'ja gerne danke',
    // Ein Ja mit "weiter" ist das Ja ("weiter" allein ist More: auch "als Nächstes").
    'ja weiter', 'ja weiter bitte', 'ja bitte weiter', 'ja genau weiter',
    'ist doch richtig', 'stimmt doch', 'war doch richtig', 'doch alles richtig',
    // Gefragt, während eine Freigabe in der App der Bank wartet: nachsehen ist, was "weiter" tut.
    'ich habe es bestätigt', 'hab es freigegeben',
    'ist freigegeben', 'jetzt sollte es freigegeben sein', 'ok ich habe es freigegeben',
  ],
  // Zustimmung zu dem, was der Skill vorschlägt, eine Bestätigung ("okay") oder ein Auftrag ("schick
  // es ab"): ein Ja auf "Soll ich das überweisen?", aber keine Antwort auf eine Tatsachenfrage
  // ("Hast du das gekauft?").
  Okay: [
    'okay', 'ok', 'okay okay', 'ok ok', 'mhm', 'aha', 'ach so', 'alles klar', 'verstehe', 'verstanden', 'na gut okay',
    'okay dann', 'ah okay', 'achso okay', 'gut', 'schon klar',
    // Ein Auftrag; "egal", "passt schon" davor nehmen den Zweifel zurück, nicht die Überweisung.
    'okay schick es ab', 'ok mach das', 'okay überweisen', 'alles klar schick es ab', 'egal schick es ab',
    'passt schon schick es ab', 'nichts schick es ab', 'ach egal mach es', 'mach das', 'mach weiter',
    'ja schick es ab', 'ja mach das', 'ja bitte ausführen', 'überweisen', 'ja überweisen', 'abschicken',
    'ja abschicken', 'schick es ab', 'mach es', 'los geht es',
    'ja mach mal', 'mach mal', 'ja tu das', 'tu das', 'ja passt so schick es ab',
    'sieht gut aus', 'sieht richtig aus', 'das sieht gut aus', 'sieht gut aus schick es ab',
    // Zustimmung mit Achselzucken oder Lob ("warum nicht", nie das "nicht" darin; "passt"): zu einem
    // Vorschlag, nie zu einer Tatsachenfrage.
    'in ordnung', 'passt', 'na gut', 'na gut dann', 'meinetwegen', 'von mir aus', 'einverstanden', 'okidoki',
    'gern', 'gerne', 'warum nicht', 'klar warum nicht', 'ja warum nicht', 'jo passt', 'safe',
    'jo safe', 'erledigt',
  ],
  // Zögern: die Kundin braucht einen Moment. Nie ein Ja, ein Nein oder eine Antwort.
  Wait: [
    'äh', 'ähm', 'hm', 'mm', 'öhm', 'öh', 'ähh', 'moment', 'lass mich überlegen', 'warte kurz', 'ähm moment', 'einen augenblick',
    'moment mal', 'einen moment bitte', 'warte mal', 'kleinen moment', 'eine sekunde', 'sekunde', 'augenblick',
    'nicht so schnell', 'mach mal langsam', 'langsam bitte',
    'lass mich kurz nachdenken', 'gib mir eine minute', 'muss kurz überlegen', 'warte eine sekunde', 'moment bitte',
    'ich muss kurz schauen', 'gib mir einen moment', 'äh warte', 'hmm', 'okay moment', 'okay warte mal', 'naja', 'na ja', 'tja', 'oh',
    'nein warte', 'nein moment', 'nee warte', 'nein warte mal',
    'sekunde bitte', 'warte bitte', 'kurz warten', 'einen kleinen augenblick', 'lass mich nachschauen', 'ich schau mal nach',
    'moment ich überlege', 'hm lass mich überlegen', 'gib mir kurz zeit', 'einen augenblick noch', 'warte mal kurz', 'ich überlege noch',
    'moment ich öffne die app', 'ich mache die app auf', 'warte ich gebe es gerade frei', 'ich suche mein handy',
    'moment ich muss die app finden', 'warte wo ist die app',
  ],
  // Ein Ja unter Vorbehalt: ein Ja, wo nichts passiert, nie das Ja, das Geld überweist, eine Karte
  // ändert oder eine als Betrug markierte Zahlung freigibt (pipeline/hedged-yes.ts).
  ProbablyYes: [
    'ich denke schon', 'ja ich denke schon', 'ich glaube schon', 'ja glaube schon', 'glaub schon', 'ich glaube ja',
    'ich denke ja', 'wahrscheinlich', 'wahrscheinlich ja', 'ja wahrscheinlich', 'vermutlich', 'vermutlich ja',
    'ich glaube das war ich', 'das war wohl ich', 'wohl schon', 'schätze schon', 'ich schätze ja', 'denke schon',
    // Ein Ja, das mit Nein beginnt ("nein, das stimmt so"), ist kein klares Ja.
    'nein das ist richtig', 'nein das stimmt', 'nein stimmt schon', 'nein das stimmt so', 'nein richtig', 'nein ist richtig',
  ],
  // "Jetzt nicht", "frag mich später": bei der Frage nach einer Zahlung bleibt sie offen, sonst ein Nein.
  Later: [
    'jetzt nicht', 'nicht jetzt', 'später', 'vielleicht später', 'frag mich später', 'erinnere mich später', 'ein andermal', 'lieber später',
    'können wir das später machen', 'das mache ich später', 'gerade nicht', 'im moment nicht', 'heute nicht', 'später bitte',
  ],
  // "Das stimmt nicht", "das ist falsch": gleich nach einer Überweisung die Frage, ob sie storniert werden soll, sonst ein Nein.
  Wrong: [
    'falsch', 'das sieht falsch aus', 'sieht nicht richtig aus', 'das sieht komisch aus', 'das sieht nicht gut aus', 'das stimmt so nicht',
    'das stimmt nicht', 'das ist falsch', 'nicht richtig', 'nein stimmt nicht', 'nein das ist falsch', 'nein das stimmt nicht',
    'halt das ist falsch', 'moment das stimmt nicht', 'das ist nicht richtig', 'nein das ist nicht richtig', 'das ist verkehrt',
  ],
  // "Ich komm nicht drauf": bei der PIN-Frage die vergessene PIN, sonst keine Antwort.
  CantRemember: [
    'ich komm nicht drauf', 'ich komme nicht drauf', 'es fällt mir nicht ein', 'fällt mir nicht ein', 'mir fällt es nicht ein',
    'ich komme gerade nicht drauf', 'ich weiß es nicht mehr', 'weiß ich nicht mehr', 'ich hab es vergessen', 'hab ich vergessen',
    'das habe ich vergessen', 'ich erinnere mich nicht daran', 'mir fällt sie nicht ein',
  ],
  // "Das war Absicht", "das war so gewollt": gemeint, was geschah; beim Angebot zu stornieren bleibt die Überweisung.
  Intended: [
    'das war absicht', 'das war mit absicht', 'das war so gewollt', 'das war gewollt', 'das habe ich mit absicht gemacht',
    'das wollte ich so', 'ich wollte das so', 'genau das wollte ich',
    'das war beabsichtigt', 'das sollte so sein', 'das war so geplant', 'das hatte ich so vor', 'ich wollte das überweisen',
    'ich wollte das schicken', 'das sollte so raus', 'das war schon so gemeint', 'das war so gemeint', 'das habe ich absichtlich gemacht',
    'das war absichtlich', 'so wollte ich das', 'das war richtig so', 'das passt so wie es ist',
    // Ein verneinter Fehler: wörtlich gesagt gewinnt er gegen den Fehler, dem er gleicht ("das war ein Fehler").
    'das war kein fehler', 'das war kein versehen', 'kein fehler', 'nein das war kein fehler', 'das war kein irrtum', 'das war kein zufall',
  ],
  No: [
    'nein', 'nee', 'nein danke', 'nein lieber nicht', 'auf keinen fall', 'nö', 'bloß nicht',
    // Ein Nein nach einem Wort der Zustimmung ist das Nein: "na gut, nein".
    'na gut nein', 'gut nein', 'okay nein', 'also gut nein', 'naja nein', 'tja nein', 'also nein',
    'wahrscheinlich nicht', 'vermutlich nicht',
    // Ein Nein und was es behält ("nein, passt schon", "nein, lass es so"): das Nein ist die Antwort.
    'nein passt schon', 'nee passt schon', 'nein passt', 'nein ist gut', 'nein alles gut', 'nein schon gut', 'nein das passt',
    'nein ist in ordnung', 'nein lass es so', 'nein lass nur',
    // Behalten, was geschah: beim Angebot zu stornieren das Nein.
    'behalten', 'bitte behalten', 'behalten bitte', 'die behalte ich', 'nein das wollte ich so',
    'nein ich wollte das überweisen', 'nein das sollte so raus', 'nein das war absicht', 'nein das war so gewollt',
    'nein das war mit absicht', 'nein das war schon richtig so', 'nee das war absicht',
    'nein das nicht', 'eher nicht', 'keinesfalls',
    'nein nicht',
    'ne',
    'nein auf keinen fall',
    'lieber nicht',
    'nein falsch',
    'nicht so',
    'nein das will ich nicht',
    'nö danke',
    'nicht überweisen', 'nein nicht überweisen', 'schick es nicht ab', 'überweise das nicht', 'bitte nicht', 'noch nicht',
    // Ein Moment und ein Nein in einem Atemzug: das Nein ist die Antwort.
    'moment mal nicht überweisen', 'moment nicht überweisen', 'moment doch nicht', 'moment mal doch nicht', 'warte nicht überweisen',
    'warte mal doch nicht', 'moment nicht abschicken', 'halt moment nicht überweisen', 'moment mal nein',
    'eigentlich nicht', 'nein doch nicht', 'ach nein', 'eigentlich nein',
    // Ein Ja, im selben Atemzug zurückgenommen ("klar, warum nicht... ach nee"): das letzte Wort gilt.
    'klar warum nicht ach nee', 'ja klar ach nee', 'warum nicht ach nein', 'okay ach nee', 'ja ach nee', 'na gut doch nicht',
    'ja doch nicht', 'klar doch nicht', 'ja warte nein', 'okay doch lieber nicht',
    'ich glaube nicht', 'ich denke nicht', 'glaube ich nicht', 'eher nein',
    'mach das nicht', 'nicht abschicken', 'nicht weitermachen', 'nicht bestätigen', 'nicht ausführen', 'nein nicht weiter',
    // Auf "Hast du das gekauft?": es war nicht die eigene Zahlung.
    'das war ich nicht', 'nein das war ich nicht', 'ich war das nicht', 'nicht ich', 'das habe ich nicht gekauft',
    'hab ich nicht gekauft', 'nein habe ich nicht', 'das kenne ich nicht', 'das ist nicht meins', 'das war nicht meine zahlung',
    'da kaufe ich nie ein', 'den laden kenne ich nicht', 'nie gehört', 'da war ich noch nie',
    'daran kann ich mich nicht erinnern', 'ich kann mich nicht erinnern das gekauft zu haben',
    'das ist betrug', 'das war betrug', 'ja das ist betrug', 'das muss jemand anders gewesen sein', 'ne das muss jemand anders gewesen sein',
    'das war jemand anders', 'das hat jemand anders gekauft', 'da hat jemand meine karte benutzt',
    // Eine Stornierung abgelehnt: die Überweisung bleibt.
    'nein nicht stornieren', 'nicht stornieren', 'storniere sie nicht', 'nein storniere sie nicht',
    'bitte nicht stornieren', 'nein bitte nicht stornieren', 'nein danke nicht stornieren',
    'nein nicht abbrechen', 'lass sie', 'nein lass sie', 'behalte sie', 'nein die soll bleiben',
    'ich will sie nicht stornieren',
  ],
} as const;

const both = (intent: keyof typeof ENGLISH) => ({ 'en-US': ENGLISH[intent], 'en-GB': ENGLISH[intent], 'de-DE': GERMAN[intent] });

/** These intents' models, spread into INTENT_MODELS. */
export const CONVERSATION_INTENT_MODELS: Pick<IntentModels, ConversationIntent> = {
  Launch: { slots: {}, utterances: both('Launch') },
  Help: { slots: {}, utterances: both('Help') },
  Stop: { slots: {}, utterances: both('Stop') },
  Thanks: { slots: {}, utterances: both('Thanks') },
  Cancel: { slots: {}, utterances: both('Cancel') },
  Yes: { slots: {}, utterances: both('Yes') },
  Okay: { slots: {}, utterances: both('Okay') },
  ProbablyYes: { slots: {}, utterances: both('ProbablyYes') },
  Later: { slots: {}, utterances: both('Later') },
  Intended: { slots: {}, utterances: both('Intended') },
  Wrong: { slots: {}, utterances: both('Wrong') },
  CantRemember: { slots: {}, utterances: both('CantRemember') },
  No: { slots: {}, utterances: both('No') },
  Wait: { slots: {}, utterances: both('Wait') },
  // What the skill does not do: Alexa's fallback samples and Dialogflow's negative examples.
  Fallback: { slots: {}, utterances: OUT_OF_SCOPE },
};
