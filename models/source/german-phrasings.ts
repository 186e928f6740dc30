/**
 * More ways German speakers ask for each thing, spread into each intent's de-DE list, so that
 * German has the breadth of English (the validator holds every locale to half the samples of
 * the richest one).
 */
import type { IntentName } from '../../fulfillment/pipeline/intent-catalog';

/** Extra German sample utterances per intent. */
export const GERMAN_PHRASINGS: Partial<Readonly<Record<IntentName, readonly string[]>>> = {
  Balance: [
    'wie viel geld ist noch da', 'zeig mir meinen kontostand', 'wie sieht mein konto aus', 'wie viel habe ich auf dem {account}',
    'was liegt auf meinem {account}', 'bin ich im minus', 'wie hoch ist mein guthaben', 'was ist mein aktueller saldo',
    'reicht das geld auf meinem {account} für den einkauf', 'wie viel ist verfügbar', 'nenn mir meinen kontostand',
    'wie viel geld habe ich insgesamt', 'wie steht mein {account}', 'guthaben auf dem {account}', 'saldo von meinem {account}',
    'wie viel geld ist auf meinen konten', 'habe ich noch genug geld für einen neuen fernseher', 'kann ich mir einen urlaub leisten',
    'wie viel kann ich noch ausgeben', 'was ist noch auf dem konto', 'kontostand bitte', 'gib mir meinen kontostand',
    'wie hoch ist der saldo', 'was schulde ich auf meiner {account}', 'wie viel steht auf meiner {account} offen',
    'prüf meinen kontostand', 'wie viel geld liegt auf der bank', 'wie viel habe ich gerade', 'was habe ich auf dem {account} übrig',
    'ist noch geld auf meinem {account}', 'wie viel bleibt mir noch', 'wie voll ist mein {account}',
  ],
  ListAccounts: [
    'welche konten gibt es', 'zähl meine konten auf', 'was für konten habe ich bei euch', 'nenn mir meine konten',
    'welche konten sind auf meinen namen', 'zeig alle meine konten', 'wie viele konten habe ich', 'was habe ich für konten',
    'welche konten führe ich', 'liste alle konten',
  ],
  RecentTransactions: [
    'zeig mir meine letzten umsätze', 'was wurde zuletzt abgebucht', 'welche buchungen gab es heute', 'was habe ich zuletzt gekauft',
    'lies mir die kontobewegungen vor', 'zeig die letzten abbuchungen auf meinem {account}', 'welche zahlungen sind rausgegangen',
    'was ist in letzter zeit von meinem konto abgegangen', 'welche transaktionen gab es', 'meine letzten buchungen bitte',
    'was war meine letzte zahlung', 'was ging zuletzt von meiner {account} ab', 'welche umsätze hat mein {account}',
    'zeig mir die kontobewegungen', 'was wurde auf meinem {account} gebucht', 'gibt es neue buchungen', 'lies die letzten käufe vor',
    'welche abbuchungen gab es','umsatzliste bitte', 'was ist auf meiner {account} gebucht worden',
    'meine transaktionen',
  ],
  Spending: [
    'wie viel geld habe ich {period} ausgegeben', 'was hat mich {category} {period} gekostet', 'wie viel habe ich für {category} bezahlt',
    'wie hoch waren meine ausgaben {period}', 'wofür habe ich {period} mein geld ausgegeben', 'was habe ich bei {merchant} gelassen',
    'wie viel ging {period} für {category} drauf', 'wie viel gebe ich für {category} aus', 'zeig mir meine ausgaben',
    'wie viel habe ich in letzter zeit ausgegeben', 'was habe ich {period} bei {merchant} bezahlt', 'was kostet mich {category} im monat',
    'wie viel geld ist {period} für {category} weggegangen', 'meine ausgaben bei {merchant}', 'ausgaben für {category} {period}',
    'wie viel habe ich {period} verbraucht', 'wo ist mein geld {period} hingegangen', 'habe ich {period} viel ausgegeben',
    'was habe ich bei {merchant} {period} ausgegeben', 'was hat {merchant} mich gekostet', 'summe meiner ausgaben {period}',
    'wie viel habe ich seit {period} ausgegeben', 'wie viel habe ich bei {merchant} zwischen {period} und {until} ausgegeben',
  ],
  Income: [
    'ist mein lohn schon da', 'wie viel verdiene ich', 'wann wurde mein gehalt überwiesen', 'wie hoch war mein letztes gehalt',
    'was habe ich {period} verdient', 'wie hoch sind meine einnahmen', 'welche eingänge gab es {period}', 'ist das gehalt schon eingegangen',
    'wie viel geld ist {period} eingegangen', 'wann kommt mein nächstes gehalt', 'hat mein arbeitgeber schon gezahlt',
    'wie viel lohn habe ich {period} bekommen', 'welche gutschriften gab es', 'wann war der letzte geldeingang', 'ist geld reingekommen',
    'meine einnahmen {period}', 'wie viel habe ich zwischen {period} und {until} bekommen', 'wurde mein gehalt schon gebucht',
    'ist die überweisung von meinem arbeitgeber da', 'was kam {period} an geld rein',
  ],
  CardDetails: [
    'wie viel kann ich noch mit meiner kreditkarte ausgeben', 'wie hoch ist mein kreditkartenlimit', 'wann muss ich die kreditkarte bezahlen',
    'wie viel muss ich mindestens zahlen', 'wie hoch ist die kreditkartenabrechnung', 'wie viel rahmen habe ich noch',
    'wann ist die nächste kreditkartenzahlung fällig', 'wie hoch ist die mindestzahlung', 'was ist mein verfügbarer kreditrahmen',
    'sag mir meine {detail}', 'wie hoch ist die {detail} meiner kreditkarte', 'was ist die {detail} auf der kreditkarte',
    'bis wann muss die kreditkarte bezahlt sein', 'wie viel limit ist noch frei', 'was steht auf der letzten abrechnung',
    'wie hoch ist mein verfügungsrahmen', 'details zu meiner kreditkarte', 'wann wird die kreditkarte abgerechnet',
    'wie viel ist auf der kreditkartenrechnung offen', 'was ist mein kreditkartenrahmen', 'wie viel darf ich mit der karte noch ausgeben',
  ],
  LockCard: [
    'meine karte ist weg', 'ich finde meine karte nicht mehr', 'man hat mir die karte geklaut', 'blockiere meine karte',
    'friere meine karte ein', 'bitte sofort die karte sperren', 'mein portemonnaie wurde gestohlen', 'ich will meine {card} sperren lassen',
    'karte verloren', 'wie sperre ich meine karte', 'meine karte wurde gestohlen', 'sperr meine {card}', 'meine {card} ist weg',
    'ich habe meine {card} verloren', 'blockiere die {card}', 'die {card} muss gesperrt werden', 'meine geldbörse ist weg',
    'jemand hat meine karte gestohlen', 'ich vermisse meine karte', 'karte vorübergehend sperren', 'leg eine sperre auf meine karte',
    'die karte ist im automaten stecken geblieben und weg', 'bitte die {card} einfrieren', 'meine tasche mit der karte wurde geklaut',
    'sperr die karte', 'deaktiviere meine karte', 'ich hab meine karte irgendwo liegen lassen', 'karte ist verschwunden',
    'schnell die karte sperren', 'sperren bitte',
  ],
  UnlockCard: [
    'gib meine karte wieder frei', 'hebe die sperre meiner karte auf', 'die karte ist wieder aufgetaucht', 'karte wieder aktivieren',
    'entsperr die {card}', 'ich habe meine {card} wiedergefunden', 'die {card} wieder freischalten', 'sperre aufheben',
    'mach meine karte wieder an', 'taue meine karte auf', 'entsperre die karte wieder', 'ich habe die karte zurück', 'karte freigeben',
  ],
  SuspiciousActivity: [
    'da ist eine abbuchung die ich nicht kenne', 'jemand hat meine karte benutzt', 'ich glaube ich wurde betrogen',
    'da sind fremde umsätze auf meinem konto', 'ich möchte betrug melden', 'gibt es ungewöhnliche buchungen', 'ich habe diese zahlung nicht gemacht',
    'verdacht auf kartenmissbrauch', 'mein konto wurde gehackt', 'prüf mein konto auf betrug', 'gibt es auffällige umsätze',
    'ist mit meiner karte alles in ordnung', 'wurde meine karte missbraucht', 'da ist eine zahlung die nicht von mir ist',
    'ich sehe eine buchung die ich nicht gemacht habe', 'gibt es betrug auf meiner karte', 'irgendwas verdächtiges auf meinem konto',
    'hat jemand fremdes mit meiner karte bezahlt', 'betrugsverdacht melden', 'gibt es warnungen zu meiner karte',
    'ich will eine abbuchung reklamieren die ich nicht kenne', 'sind verdächtige transaktionen da',
  ],
  DiscreetMode: [
    'diskreter modus {state}', 'lies keine beträge laut vor', 'schalte den diskreten modus {state}', 'diskreten modus einschalten',
    'diskreten modus ausschalten', 'sag keine beträge mehr laut', 'beträge nicht mehr vorlesen', 'sei diskret', 'diskretion bitte',
    'beträge wieder vorlesen', 'mach den diskreten modus {state}', 'ist der diskrete modus eingeschaltet',
  ],
  Transfer: [
    'schick geld an {payee}', 'überweise {payee} {amount} euro', 'ich will {payee} geld schicken', 'zahle {amount} euro an {payee}',
    'sende {payee} etwas geld', 'ich möchte {amount} euro an {payee} überweisen', 'mach eine überweisung an {payee}', 'neue überweisung',
    'geld überweisen', 'schick {amount} euro an {payee}', 'überweis {payee} was', 'zahl {payee} {amount} euro', 'gib {payee} {amount} euro',
    'ich muss {payee} geld zurückzahlen', 'überweise {amount} euro von meinem {account}', 'geld senden', 'ich möchte geld schicken',
    'bitte {amount} euro an {payee} überweisen', 'überweisung an {payee} über {amount} euro', 'schick {payee} {amount} euro {cents}',
  ],
  TransferOwn: [
    'leg {amount} euro auf mein {to}', 'buche geld vom {from} aufs {to} um', 'schieb {amount} euro vom {from} auf das {to}',
    'geld zwischen meinen konten verschieben', 'übertrage {amount} euro auf mein {to}', 'ich will geld auf mein {to} umbuchen',
    'zahl {amount} euro auf mein {to} ein', 'umbuchung vom {from} aufs {to}', 'ich möchte {amount} euro aufs {to} legen',
    'überweise {amount} euro von meinem {from} auf mein {to}', 'verschieb geld aufs {to}', 'geld vom {from} holen',
    'übertrag geld zwischen meinen konten', 'lege geld zurück aufs {to}', 'buch {amount} euro um',
  ],
  PayCard: [
    'ich will meine kreditkarte zahlen', 'begleiche meine kreditkartenrechnung', 'zahl die kreditkarte ab', 'kreditkartenrechnung bezahlen',
    'zahle den vollen betrag der kreditkarte', 'zahle die {option} der kreditkarte', 'ich möchte {option} zahlen',
    'zahl die kreditkarte komplett', 'zahl {amount} euro auf die kreditkarte ein', 'gleich die kreditkarte aus', 'tilge meine kreditkarte',
  ],
  ListPayees: [
    'welche empfänger habe ich gespeichert', 'zeig meine empfänger', 'an wen kann ich überweisen', 'wer ist in meiner empfängerliste',
    'welche empfänger kenne ich', 'lies meine empfänger vor', 'an wen kann ich geld schicken', 'welche zahlungsempfänger gibt es',
    'nenn mir meine empfänger', 'wem kann ich geld senden',
  ],
  More: ['weiter vorlesen', 'und sonst', 'noch mehr', 'lies mehr vor', 'und weiter', 'gibt es noch mehr', 'die nächsten bitte', 'mehr davon'],
  CancelTransfer: [
    'überweisung abbrechen', 'schick das geld doch nicht', 'zahlung zurückziehen', 'hol die überweisung zurück', 'storniere das',
    'die letzte zahlung stornieren', 'nimm die überweisung zurück', 'mach die letzte überweisung rückgängig', 'stornier die überweisung',
  ],
};
