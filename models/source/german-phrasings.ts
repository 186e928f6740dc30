/**
 * More ways German speakers ask for each thing, spread into each intent's de-DE list, so that
 * German has the breadth of English (the validator holds every locale to half the samples of
 * the richest one).
 */
import type { IntentName } from '../../fulfillment/pipeline/intent-catalog';

/** Extra German sample utterances per intent. */
export const GERMAN_PHRASINGS: Partial<Readonly<Record<IntentName, readonly string[]>>> = {
  Balance: [
    // Erst die PIN, dann die Frage: die PIN gilt der Überweisung, die Antwort kommt danach.
    '{pin} und dann wie ist mein kontostand', '{pin} und wie ist mein kontostand', '{pin} und dann sag mir meinen kontostand',
    // Karte oder Konto nach den letzten Ziffern.
    'wie viel ist auf der karte mit der endung {last4}', 'wie viel ist auf dem konto mit der endung {last4}', 'was ist auf der karte mit der endung {last4}',
    // Ja oder nein: ist ein Konto unter null?
    'bin ich {overdrawn}', 'ist mein konto {overdrawn}', 'ist mein {account} {overdrawn}', 'ist eines meiner konten {overdrawn}', 'bin ich auf dem {account} {overdrawn}',
    // Gefragt, während eine Überweisung wartet: das Konto, von dem sie abgeht, danach.
    'wie viel {afterwards}', 'was {afterwards}', 'wie viel {afterwards} auf dem {account}', 'wie viel geld {afterwards}', 'wie viel {afterwards} auf meinem {account}',
    // "Wie viel habe ich" allein ist der Stand, wie "wie viel Geld habe ich": nie die Ausgaben.
    'wie viel habe ich', 'wie viel hab ich', 'wie viel habe ich denn', 'wie viel hab ich noch',
    'wie viel geld ist noch da', 'zeig mir meinen kontostand', 'wie sieht mein konto aus', 'wie viel habe ich auf dem {account}',
    'was liegt auf meinem {account}', 'wie hoch ist mein guthaben', 'was ist mein aktueller saldo',
    'reicht das geld auf meinem {account} für den einkauf', 'wie viel ist verfügbar', 'nenn mir meinen kontostand',
    'wie viel geld habe ich insgesamt', 'wie steht mein {account}', 'guthaben auf dem {account}', 'saldo von meinem {account}',
    'wie viel geld ist auf meinen konten', 'habe ich noch genug geld für einen neuen fernseher', 'kann ich mir einen urlaub leisten',
    'wie viel kann ich noch ausgeben', 'was ist noch auf dem konto', 'kontostand bitte', 'gib mir meinen kontostand',
    'wie hoch ist der saldo', 'was schulde ich auf meiner {account}', 'wie viel steht auf meiner {account} offen',
    'prüf meinen kontostand', 'wie viel geld liegt auf der bank', 'wie viel habe ich gerade', 'was habe ich auf dem {account} übrig',
    'ist noch geld auf meinem {account}', 'wie viel bleibt mir noch', 'wie voll ist mein {account}',
    'wie viel geld habe ich auf dem konto',
    'wie viel ist auf meinen konten',
    'was ist auf dem girokonto',
    'wie viel habe ich noch auf der bank',
    'mein kontostand',
    'wie steht es um mein konto',
    'wie viel liegt auf meinem {account}',
    'zeig mir das guthaben',
    'was zeigt mein konto an',
    'wie viel geld ist da',
    // "Aufm" ist gesprochenes "auf dem".
    'was ist aufm {account}', 'was ist aufm {account} drauf', 'und aufm {account}', 'wie viel ist aufm {account}', 'was hab ich aufm {account}',
    // Höflich oder indirekt gefragt: "kannst du mir sagen …", "ich möchte wissen …".
    'kannst du mir sagen wie viel geld ich habe', 'könntest du mir sagen wie viel auf meinem {account} ist', 'kannst du mir bitte meinen kontostand sagen', 'ich möchte wissen wie viel geld ich habe', 'ich würde gern wissen wie viel auf meinem {account} ist', 'könntest du bitte nachsehen wie viel geld auf meinem konto ist', 'sag mir bitte was auf meinem {account} ist', 'weißt du wie viel geld ich noch habe', 'kannst du mal schauen was auf dem {account} ist',
    // Umgangssprachlich: Kohle, Knete.
    'hab ich noch kohle', 'wie viel kohle hab ich noch', 'wie viel kohle ist auf dem {account}', 'wie viel knete ist auf meinem konto', 'hab ich noch geld', 'hab ich noch was auf dem konto',
  ],
  ListAccounts: [
    'welche konten gibt es', 'zähl meine konten auf', 'was für konten habe ich bei euch', 'nenn mir meine konten',
    'welche konten sind auf meinen namen', 'zeig alle meine konten', 'wie viele konten habe ich', 'was habe ich für konten',
    'welche konten führe ich', 'liste alle konten',
  ],
  AccountNumber: [
    'gib mir meine iban', 'welche kontonummer hat mein {account}', 'wie lautet die iban meines {account}', 'sag mir die iban',
    'kannst du mir meine kontonummer sagen', 'wie ist die vollständige kontonummer', 'was sind meine kontodaten',
  ],
  RecentTransactions: [
    // Ein Tag, gefragt mit den Worten eines Kontoauszugs.
    'was lief {period} über mein konto', 'was lief {period} über mein {account}', 'was ging {period} über mein konto',
    // Die Liste, mit den Worten einer Frage nach einer Abbuchung gefragt ("zeig mir alle Abbuchungen"): nie "welche Abbuchung?".
    'zeig mir alle abbuchungen', 'zeig mir alle zahlungen', 'zeig mir alles', 'gab es abbuchungen', 'welche zahlungen gab es', 'lies mir alle abbuchungen vor',
    // Karte oder Konto nach den letzten Ziffern.
    'was waren die letzten umsätze auf der karte mit der endung {last4}', 'zeig mir die umsätze auf dem konto mit der endung {last4}', 'die letzten buchungen auf der karte mit der endung {last4}',
    'was ist neu auf meinem konto',
    'gibt es was neues auf meinem {account}',
    'zeig mir meine letzten umsätze', 'was wurde zuletzt abgebucht', 'welche buchungen gab es heute', 'was habe ich zuletzt gekauft',
    'lies mir die kontobewegungen vor', 'zeig die letzten abbuchungen auf meinem {account}', 'welche zahlungen sind rausgegangen',
    'was ist in letzter zeit von meinem konto abgegangen', 'welche transaktionen gab es', 'meine letzten buchungen bitte',
    'was ging zuletzt von meiner {account} ab', 'welche umsätze hat mein {account}',
    'zeig mir die kontobewegungen', 'was wurde auf meinem {account} gebucht', 'gibt es neue buchungen', 'lies die letzten käufe vor',
    'welche abbuchungen gab es','umsatzliste bitte', 'was ist auf meiner {account} gebucht worden',
    'meine transaktionen',
    'welche buchungen gab es zuletzt',
    'zeig mir die letzten abbuchungen',
    'was wurde in letzter zeit gebucht',
    'was ist zuletzt vom konto abgegangen',
    'welche zahlungen gingen zuletzt raus',
    'meine letzten einkäufe',
    // Höflich oder indirekt gefragt: "kannst du mir sagen …", "ich möchte wissen …".
    'kannst du mir meine letzten umsätze sagen', 'könntest du mir die letzten buchungen vorlesen', 'ich möchte wissen was zuletzt abgebucht wurde', 'ich würde gern meine letzten umsätze hören', 'sag mir bitte meine letzten buchungen', 'kannst du mir sagen was {period} abgebucht wurde',
    // Wer zuletzt abgebucht hat.
    'wer hat da abgebucht', 'wer hat zuletzt abgebucht', 'wer hat {period} abgebucht', 'was wurde da abgebucht',
  ],
  Spending: [
    // Gekauft bei einem Geschäft: eine Frage nach den Ausgaben dort, kein Zweifel an einer Abbuchung.
    'was hab ich bei {merchant} gekauft', 'was habe ich bei {merchant} eingekauft', 'was hab ich {period} bei {merchant} gekauft', 'was habe ich {period} bei {merchant} eingekauft',
    // Karte oder Konto nach den letzten Ziffern.
    'wie viel hab ich {period} mit der karte mit der endung {last4} ausgegeben', 'was habe ich mit der karte mit der endung {last4} ausgegeben', 'wie viel ging {period} vom konto mit der endung {last4} ab', 'ausgaben mit der karte mit der endung {last4} {period}',
    'ich will meine letzten ausgaben wissen',
    // Wohin das Geld ging, ist was ausgegeben wurde, nie der Stand einer Überweisung.
    'wohin ist mein geld {period} gegangen', 'wohin ist mein geld gegangen', 'wo ist mein geld hin', 'wo ist mein geld {period} hin', 'wohin ging mein geld {period}',
    'wo ist mein ganzes geld {period} geblieben',
    'was habe ich in letzter zeit ausgegeben',
    'wie sehen meine ausgaben {period} aus',
    'was habe ich {period} mit meiner {account} ausgegeben', 'wie viel habe ich mit meiner {account} ausgegeben', 'wie viel habe ich {period} von meinem {account} ausgegeben',
    'wie viel geld habe ich {period} ausgegeben', 'was hat mich {category} {period} gekostet', 'wie viel habe ich für {category} bezahlt',
    'wie hoch waren meine ausgaben {period}', 'wofür habe ich {period} mein geld ausgegeben', 'was habe ich bei {merchant} gelassen',
    'wie viel ging {period} für {category} drauf', 'wie viel gebe ich für {category} aus', 'zeig mir meine ausgaben',
    'wie viel habe ich in letzter zeit ausgegeben', 'was habe ich {period} bei {merchant} bezahlt', 'was kostet mich {category} im monat',
    'wie viel geld ist {period} für {category} weggegangen', 'meine ausgaben bei {merchant}', 'ausgaben für {category} {period}',
    'wie viel habe ich {period} verbraucht', 'wo ist mein geld {period} hingegangen', 'habe ich {period} viel ausgegeben',
    'was habe ich bei {merchant} {period} ausgegeben', 'was hat {merchant} mich gekostet', 'summe meiner ausgaben {period}',
    'wie viel habe ich seit {since} ausgegeben', 'wie viel habe ich bei {merchant} zwischen {period} und {until} ausgegeben',
    'wie viel habe ich {period} für {category} ausgegeben',
    'wie viel geld ging {period} bei {merchant} weg',
    'was habe ich {period} für {category} bezahlt',
    'wie hoch waren {period} meine ausgaben für {category}',
    // Ein Preis, der immer wieder bezahlt wird ("was zahle ich für Spotify?"): die Zahlungen dort.
    'was zahle ich für {merchant}', 'was zahle ich im monat für {merchant}', 'was zahle ich {period} an {merchant}',
    'wie viel verlangt {merchant} von mir',
    // Höflich oder indirekt gefragt: "kannst du mir sagen …", "ich möchte wissen …".
    'kannst du mir sagen was ich {period} ausgegeben habe', 'könntest du mir sagen wie viel ich {period} für {category} ausgegeben habe', 'ich möchte wissen wie viel ich {period} ausgegeben habe', 'ich würde gern wissen was ich bei {merchant} ausgegeben habe', 'sag mir bitte wie viel ich {period} ausgegeben habe', 'kannst du nachsehen wie viel ich für {category} bezahlt habe',
    // Was ein Abo oder ein Laden kostet.
    'was kostet mich {merchant} im monat', 'was kostet mich {merchant}', 'wie viel zahle ich für {merchant}', 'was zahle ich monatlich an {merchant}', 'wie viel geht jeden monat an {merchant}',
  ],
  Income: [
    // Ein Konto nach den letzten Ziffern.
    'was kam auf das konto mit der endung {last4}', 'was ist {period} auf dem konto mit der endung {last4} eingegangen',
    'wer hat mir zuletzt geld überwiesen', 'wer hat mir zuletzt geld geschickt', 'was kam zuletzt rein', 'wie viel geld kam {period} rein',
    'ist mein lohn schon da', 'wie viel verdiene ich', 'wann wurde mein gehalt überwiesen', 'wie hoch war mein letztes gehalt',
    'was habe ich {period} verdient', 'wie hoch sind meine einnahmen', 'welche eingänge gab es {period}', 'ist das gehalt schon eingegangen',
    'wie viel geld ist {period} eingegangen', 'wann kommt mein nächstes gehalt', 'hat mein arbeitgeber schon gezahlt',
    'wie viel lohn habe ich {period} bekommen', 'welche gutschriften gab es', 'wann war der letzte geldeingang', 'ist geld reingekommen',
    'meine einnahmen {period}', 'wie viel habe ich zwischen {period} und {until} bekommen', 'wurde mein gehalt schon gebucht',
    'ist die überweisung von meinem arbeitgeber da', 'was kam {period} an geld rein',
    'habe ich schon gehalt bekommen', 'bin ich schon bezahlt worden', 'ist mein gehalt schon gekommen', 'wurde ich schon bezahlt', 'ist der lohn schon drauf',
    'wie viel verdiene ich im jahr',
    'was bekomme ich pro monat',
    'wie hoch ist mein stundenlohn',
    'wie hoch ist mein jahresgehalt',
    'was zahlt mir mein arbeitgeber',
    'wie viel bleibt netto übrig',
    'wann ist der nächste zahltag',
    'wie viel geld kommt jeden monat rein',
    'wie hoch ist mein nettogehalt',
    'was verdiene ich',
    // Das Gehalt, die Rente und andere Eingänge, wie man im Alltag danach fragt.
    'wie hoch ist mein gehalt', 'was ist mein gehalt im moment', 'wie viel verdiene ich im monat', 'wie viel bekomme ich beim nächsten gehalt', 'was zahlt mir die arbeit', 'was bekomme ich netto', 'wie viel lohn bekomme ich', 'wie viel verdiene ich pro stunde', 'wie viel gehalt kam {period}', 'habe ich eine gutschrift bekommen', 'welche einzahlungen gab es {period}', 'wie hoch war die letzte gutschrift', 'wann gab es zuletzt gehalt', 'ist die rente schon da', 'ist das kindergeld schon da', 'hat mir jemand geld überwiesen', 'ist eine zahlung eingegangen', 'sind neue eingänge da', 'was habe ich im letzten jahr verdient', 'wie viel kommt bei mir monatlich rein',
    // Höflich oder indirekt gefragt: "kannst du mir sagen …", "ich möchte wissen …".
    'kannst du mir sagen ob mein gehalt da ist', 'könntest du nachsehen ob geld eingegangen ist', 'ich möchte wissen wann mein gehalt kam', 'sag mir bitte was {period} reingekommen ist',
  ],
  CardDetails: [
    // Was auf der Kreditkarte noch frei ist, nie ihr Kontostand.
    'wie viel geld ist auf der kreditkarte noch {detail}', 'wie viel ist auf meiner kreditkarte noch {detail}',
    'wie viel kann ich noch mit meiner kreditkarte ausgeben', 'wie hoch ist mein kreditkartenlimit', 'wann muss ich die kreditkarte bezahlen',
    'wie viel muss ich mindestens zahlen', 'wie hoch ist die kreditkartenabrechnung', 'wie viel rahmen habe ich noch',
    'wann ist die nächste kreditkartenzahlung fällig', 'wie hoch ist die mindestzahlung', 'was ist mein verfügbarer kreditrahmen',
    'sag mir meine {detail}', 'wie hoch ist die {detail} meiner kreditkarte', 'was ist die {detail} auf der kreditkarte',
    'bis wann muss die kreditkarte bezahlt sein', 'wie viel limit ist noch frei', 'was steht auf der letzten abrechnung',
    'wie hoch ist mein verfügungsrahmen', 'details zu meiner kreditkarte', 'wann wird die kreditkarte abgerechnet',
    'wie viel ist auf der kreditkartenrechnung offen', 'was ist mein kreditkartenrahmen', 'wie viel darf ich mit der karte noch ausgeben',
    'wie hoch ist das limit meiner kreditkarte',
    'sag mir mein kreditlimit',
    'wie viel ist auf der kreditkarte noch {detail}', 'wie viel geld ist auf der karte noch {detail}', 'was ist auf der kreditkarte noch {detail}',
    'wie viel kann ich mit der karte maximal ausgeben',
    'was ist mein ausgabelimit',
    'wie viel muss ich diesen monat mindestens zahlen',
    'was ist der kleinste betrag den ich zahlen muss',
    'wie hoch ist der mindestbetrag',
    'was ist mein kreditrahmen insgesamt',
    'wie niedrig darf meine rate sein',
    'was ist der offene betrag auf der abrechnung',
    'was ist die mindestzahlung diesen monat',
    'wie wenig kann ich auf die rechnung zahlen',
    'was muss ich auf die rechnung mindestens überweisen',
    'wie hoch ist mein maximales limit',
    'was ist mein aktuelles kreditlimit',
    'wann ist die kartenzahlung fällig',
    'wie viel kreditrahmen bleibt mir',
    'kreditlimit bitte',
    'mindestbetrag bitte',
    // Rahmen, Mindestzahlung und Fälligkeit der Kreditkarte, anders gefragt.
    'wie viel kann ich mit der kreditkarte noch bezahlen', 'wie viel spielraum habe ich auf der kreditkarte', 'wann muss die kreditkartenrechnung bezahlt werden', 'bis wann muss ich die karte ausgleichen', 'wie hoch ist die letzte kreditkartenabrechnung', 'wie viel ist auf der kreditkarte noch frei', 'was ist das höchste was ich mit der karte ausgeben kann', 'wie viel muss ich auf die kreditkarte mindestens einzahlen', 'wann wird die kreditkartenabrechnung fällig', 'wie viel darf ich mit der kreditkarte noch zahlen',
    // Höflich oder indirekt gefragt: "kannst du mir sagen …", "ich möchte wissen …".
    'kannst du mir sagen wie hoch meine mindestzahlung ist', 'könntest du mir sagen wann die kreditkarte fällig ist', 'ich möchte wissen wie viel ich auf der kreditkarte schulde', 'sag mir bitte mein kreditlimit',
  ],
  LockCard: [
    // Gleich nachdem eine Karte gesperrt wurde: noch eine ("und die Kreditkarte auch").
    'und die {card} auch', 'die {card} auch', 'und meine {card} auch', 'meine {card} auch', 'sperr die {card} auch', 'sperr auch die {card}', 'die {card} bitte auch', 'und die {card} bitte auch',
    // Erst die PIN, dann die Sperre: die PIN gilt der Überweisung, die Sperre wird danach angeboten.
    '{pin} und dann sperr meine {card}', '{pin} und sperr meine {card}', '{pin} und dann sperre meine {card}', '{pin} und sperr bitte meine {card}', '{pin} und dann die {card} sperren',
    '{pin} und danach sperr meine {card}', '{pin} und sperr auch meine {card}',
    'ich kann meine {card} nicht finden',
    // Irgendwo liegen gelassen: eine Karte, die verloren sein kann.
    'ich habe meine karte in der kneipe vergessen', 'ich glaube ich habe meine karte verloren', 'ich habe meine karte im taxi liegen lassen',
    'meine {card} ist verschwunden',
    'ich habe meine karte irgendwo liegen lassen',
    'sperr meine karten', 'sperre alle meine karten', 'alle karten sperren',
    'meine karte ist weg', 'ich finde meine karte nicht mehr', 'man hat mir die karte geklaut', 'blockiere meine karte',
    'friere meine karte ein', 'bitte sofort die karte sperren', 'mein portemonnaie wurde gestohlen', 'ich will meine {card} sperren lassen',
    'karte verloren', 'wie sperre ich meine karte', 'meine karte wurde gestohlen', 'sperr meine {card}', 'meine {card} ist weg',
    'ich habe meine {card} verloren', 'blockiere die {card}', 'die {card} muss gesperrt werden', 'meine geldbörse ist weg',
    'jemand hat meine karte gestohlen', 'ich vermisse meine karte', 'karte vorübergehend sperren', 'leg eine sperre auf meine karte',
    'die karte ist im automaten stecken geblieben und weg', 'bitte die {card} einfrieren', 'meine tasche mit der karte wurde geklaut',
    'sperr die karte', 'deaktiviere meine karte', 'ich hab meine karte irgendwo liegen lassen', 'karte ist verschwunden',
    'schnell die karte sperren', 'sperren bitte',
    'jemand hat meine {card} gestohlen',
    'meine {card} wurde mir geklaut',
    'ich muss meine gestohlene karte melden',
    'meine karte ist gestohlen worden',
    'ich kann meine {card} nirgends finden',
    'bitte meine karte als verloren melden',
    'die karte darf nicht mehr funktionieren',
    'jemand hat mir die {card} weggenommen',
    'ein taschendieb hat meine karte',
    'jemand hat meine karte',
    'meine {card} ist gestern gestohlen worden',
    'die karte ist weg bitte sperren',
    'kündige meine karte sofort',
    // Umgangssprachlich verloren: "futsch", "abhandengekommen".
    'meine karte ist futsch', 'meine {card} ist futsch', 'die karte ist futsch', 'meine karte ist verloren gegangen', 'meine {card} ist abhandengekommen',
  ],
  UnlockCard: [
    'gib meine karte wieder frei', 'hebe die sperre meiner karte auf', 'die karte ist wieder aufgetaucht', 'karte wieder aktivieren',
    'entsperr die {card}', 'ich habe meine {card} wiedergefunden', 'die {card} wieder freischalten', 'sperre aufheben',
    'mach meine karte wieder an', 'taue meine karte auf', 'entsperre die karte wieder', 'ich habe die karte zurück', 'karte freigeben',
  ],
  SuspiciousActivity: [
    'habe ich warnungen', 'gibt es warnungen', 'gibt es betrugswarnungen', 'hab ich irgendwelche warnungen',
    'da ist eine abbuchung die ich nicht kenne', 'jemand hat meine karte benutzt', 'ich glaube ich wurde betrogen',
    'da sind fremde umsätze auf meinem konto', 'ich möchte betrug melden', 'gibt es ungewöhnliche buchungen', 'ich habe diese zahlung nicht gemacht',
    'verdacht auf kartenmissbrauch', 'mein konto wurde gehackt', 'prüf mein konto auf betrug', 'gibt es auffällige umsätze',
    'ist mit meiner karte alles in ordnung', 'wurde meine karte missbraucht', 'da ist eine zahlung die nicht von mir ist',
    'ich sehe eine buchung die ich nicht gemacht habe', 'gibt es betrug auf meiner karte', 'irgendwas verdächtiges auf meinem konto',
    'hat jemand fremdes mit meiner karte bezahlt', 'betrugsverdacht melden', 'gibt es warnungen zu meiner karte',
    'ich will eine abbuchung reklamieren die ich nicht kenne', 'sind verdächtige transaktionen da',
    'da sind käufe die ich nicht gemacht habe',
    'jemand hat ohne mein wissen mit meiner karte bezahlt',
    'diese abbuchung ist nicht von mir',
    'ich möchte unberechtigte zahlungen melden',
    'ich erkenne eine buchung nicht',
    // Eine Abbuchung beim Namen des Händlers angezweifelt.
    'war das ich bei {merchant}', 'war ich das bei {merchant}', 'hab ich bei {merchant} was bestellt', 'habe ich wirklich bei {merchant} gekauft',
    'ich hab nie bei {merchant} bestellt',
    'die abbuchung von {merchant} kenne ich nicht', 'wer hat bei {merchant} eingekauft',
    // Eine Abbuchung, nach der gefragt wird.
    'was ist das für eine abbuchung', 'was ist das für eine zahlung', 'was ist das für eine buchung auf meiner karte',
    'ich habe da nichts gekauft', 'ich habe nichts bei {merchant} gekauft', 'ich war nicht bei {merchant}', 'wer ist {merchant}',
    'was ist das für eine abbuchung von {merchant}',
    'ist irgendwas komisches auf meinem konto', 'gibt es was seltsames auf meiner karte', 'ist da was faul auf meinem konto',
    // Betrug und fremde Abbuchungen, mit eigenen Worten gesagt.
    'da stimmt was mit meinem konto nicht', 'ich habe eine seltsame abbuchung gesehen', 'jemand hat mit meiner kreditkarte eingekauft', 'ich glaube meine karte wurde kopiert', 'wurde meine karte gehackt', 'hat jemand meine kartendaten', 'gibt es unbekannte zahlungen', 'ich sehe eine fremde abbuchung', 'da wurde geld abgebucht das ich nicht kenne', 'prüf ob es betrug gibt', 'gibt es neue sicherheitswarnungen', 'hat die bank eine warnung für mich', 'gibt es merkwürdige zahlungen auf meiner kreditkarte', 'ich möchte einen betrugsfall melden', 'ich bin opfer von betrug geworden', 'da hat jemand in meinem namen bezahlt', 'jemand hat geld von meinem konto genommen', 'sind auf meiner karte fremde käufe', 'unbekannte buchung melden', 'ich hab eine abbuchung die mir nichts sagt', 'ist auf meinem konto alles sauber', 'gab es verdächtige aktivitäten',
  ],
  Transfer: [
    'schick {payee} {amount} euro für die pizza', 'überweise {amount} euro an {payee} für die miete',
    'schick geld an {payee}', 'überweise {payee} {amount} euro', 'ich will {payee} geld schicken', 'zahle {amount} euro an {payee}',
    'sende {payee} etwas geld', 'ich möchte {amount} euro an {payee} überweisen', 'mach eine überweisung an {payee}', 'neue überweisung',
    'geld überweisen', 'schick {amount} euro an {payee}', 'überweis {payee} was', 'zahl {payee} {amount} euro', 'gib {payee} {amount} euro',
    'ich muss {payee} geld zurückzahlen', 'überweise {amount} euro von meinem {account}', 'geld senden', 'ich möchte geld schicken',
    'bitte {amount} euro an {payee} überweisen', 'überweisung an {payee} über {amount} euro', 'schick {payee} {amount} euro {cents}',
    'überweise {payee} {amount}', 'schick {payee} {amount}', 'überweise {amount} an {payee}', 'schick {amount} an {payee}', 'gib {payee} {amount}',
    'überweise {amount} vom {account} an {payee}', 'zahl {payee} {amount}', 'sende {amount} an {payee}',
    'doch lieber {amount} euro an {payee}', 'nee lieber {amount}', 'nein lieber {amount}', 'nein schick lieber {amount} euro an {payee}', 'lieber {amount} an {payee} überweisen',
    'eigentlich will ich jemandem geld schicken',
    'ich schulde {payee} {amount} euro', 'ich schulde {payee} noch geld', 'ich muss {payee} {amount} euro zurückzahlen', 'zahl {payee} das geld zurück',
    'kannst du {payee} {amount} euro rüberschicken', 'schick {payee} mal {amount} euro rüber', 'überweis {payee} mal {amount} euro',
    // Geld "verschicken".
    'ich will geld verschicken', 'ich möchte geld verschicken', 'geld verschicken', 'ich muss geld verschicken',
  ],
  TransferOwn: [
    'geld von einem konto aufs andere überweisen',
    'ich will geld von einem meiner konten auf das andere schieben',
    'leg {amount} euro auf mein {to}', 'buche geld vom {from} aufs {to} um', 'schieb {amount} euro vom {from} auf das {to}',
    'geld zwischen meinen konten verschieben', 'übertrage {amount} euro auf mein {to}', 'ich will geld auf mein {to} umbuchen',
    'zahl {amount} euro auf mein {to} ein', 'umbuchung vom {from} aufs {to}', 'ich möchte {amount} euro aufs {to} legen',
    'überweise {amount} euro von meinem {from} auf mein {to}', 'verschieb geld aufs {to}', 'geld vom {from} holen',
    'übertrag geld zwischen meinen konten', 'lege geld zurück aufs {to}', 'buch {amount} euro um',
    'schick geld von meinem {from} auf mein {to}',
    'nimm geld vom {from} und leg es aufs {to}',
    'überweis vom {from} aufs {to}',
    'fülle mein {to} vom {from} auf',
    'buche {amount} aufs {to} um', 'leg {amount} aufs {to}', 'schieb {amount} vom {from} aufs {to}', 'übertrage {amount} auf mein {to}',
    'ich möchte {amount} euro vom {from} aufs {to} buchen', 'kannst du {amount} euro auf mein {to} legen', 'von meinem {from} {amount} euro aufs {to}',
    'pack {amount} euro aufs {to}', 'spar {amount} euro auf mein {to}', 'zwischen meinen konten umbuchen', 'eine umbuchung machen',
    'doch lieber geld zwischen meinen konten umbuchen', 'nein ich will lieber umbuchen',
    // Zurücklegen heißt sparen; "rüber" ist aufs andere eigene Konto.
    'leg {amount} zurück', 'leg {amount} euro zurück', 'leg {amount} aufs {to} zurück', 'ich will {amount} euro zurücklegen', 'ich möchte {amount} sparen',
    'schieb {amount} vom {from} rüber', 'schieb {amount} euro rüber aufs {to}', 'hol {amount} euro vom {from} rüber', 'buch {amount} rüber',
  ],
  PayCard: [
    // Die Option mit einem Dank danach, oder mit "halt" ("den Mindestbetrag halt").
    '{option} danke', '{option} danke schön', '{option} halt', 'na {option} halt', 'dann {option} halt', 'ja {option} halt',
    'ich will meine kreditkarte zahlen', 'begleiche meine kreditkartenrechnung', 'zahl die kreditkarte ab', 'kreditkartenrechnung bezahlen',
    'zahle den vollen betrag der kreditkarte', 'zahle die {option} der kreditkarte', 'ich möchte {option} zahlen',
    'zahl die kreditkarte komplett', 'zahl {amount} euro auf die kreditkarte ein', 'gleich die kreditkarte aus', 'tilge meine kreditkarte',
    'lieber meine kreditkarte bezahlen', 'doch lieber die kreditkarte zahlen', 'nein zahl stattdessen die kreditkarte',
    'zahl {amount} euro darauf ein', 'einfach die {option}', 'was auch immer die {option} ist',
    'bezahl meine kreditkarte', 'bezahl lieber meine kreditkarte', 'bezahl doch die kreditkarte', 'zahl lieber meine kreditkarte',
    'ich muss meine kreditkarte bezahlen', 'ich muss die kreditkarte noch zahlen',
    // Die Karte "leer machen" heißt sie ausgleichen, nie sie sperren.
    'mach die kreditkarte leer', 'mach meine kreditkarte auf null', 'bring die kreditkarte auf null', 'die kreditkarte ausgleichen',
    // Umentschieden beim Vorlesen: "bei näherer Überlegung den Rechnungsbetrag".
    'bei näherer überlegung {option}', 'bei näherer überlegung doch {option}', 'wenn ich es mir recht überlege {option}', 'nach reiflicher überlegung {option}',
    'eigentlich doch {option}', 'ach nee doch {option}', 'doch lieber {option}',
  ],
  ListPayees: [
    'welche empfänger habe ich gespeichert', 'zeig meine empfänger', 'an wen kann ich überweisen', 'wer ist in meiner empfängerliste',
    'welche empfänger kenne ich', 'lies meine empfänger vor', 'an wen kann ich geld schicken', 'welche zahlungsempfänger gibt es',
    'nenn mir meine empfänger', 'wem kann ich geld senden',
  ],
  TransferLimits: [
    'wie viel geld kann ich per sprache überweisen', 'wie viel bleibt mir heute noch zum überweisen', 'was ist das maximum für überweisungen',
    'wie viele überweisungen kann ich machen', 'wie viel kann ich noch senden', 'gibt es ein tageslimit', 'was ist das meiste das ich überweisen kann',
    'wie viel darf ich ihr maximal schicken', 'wie viel darf ich ihm maximal schicken', 'was ist mein limit für überweisungen',
    'wie viel kann ich pro tag überweisen', 'wie viel geld darf ich auf einmal schicken', 'wie viel kann ich heute noch schicken',
    'bis zu welchem betrag kann ich überweisen', 'wie hoch darf eine überweisung sein',
    // Höflich oder indirekt gefragt: "kannst du mir sagen …", "ich möchte wissen …".
    'kannst du mir sagen wie viel ich per sprache überweisen darf', 'ich möchte wissen wie hoch mein überweisungslimit ist',
  ],
  More: [
    // Nach einer Summe: die Zahlungen dahinter.
    'welche waren das', 'lies sie vor', 'lies sie mir vor', 'welche sind das', 'zähl sie auf', 'was waren das für zahlungen', 'welche zahlungen waren das',
    'weiter vorlesen', 'und sonst', 'noch mehr', 'lies mehr vor', 'und weiter', 'gibt es noch mehr', 'die nächsten bitte', 'mehr davon'],
  CancelTransfer: [
    // Ein Nein zur Frage und das Stornieren einer gesendeten Überweisung in einem Atemzug: beides zählt.
    '{noFirst} storniere auch die an {payee}', '{noFirst} storniere die an {payee} auch', '{noFirst} die an {payee} auch stornieren',
    '{noFirst} storniere auch die überweisung an {payee}', '{noFirst} storniere die überweisung an {payee} auch', '{noFirst} die überweisung an {payee} auch stornieren',
    'überweisung abbrechen', 'schick das geld doch nicht', 'zahlung zurückziehen', 'hol die überweisung zurück', 'storniere das',
    'die letzte zahlung stornieren', 'nimm die überweisung zurück', 'mach die letzte überweisung rückgängig', 'stornier die überweisung',
    // Reue gleich nach der Überweisung: ein Fehler, die falsche Person.
    'das wollte ich nicht überweisen', 'das war ein fehler', 'das ging an die falsche person', 'das war der falsche empfänger', 'mist das war der falsche empfänger', 'das ging an den falschen empfänger',
    'oh nein das war die falsche {notPayee}', 'das war die falsche {notPayee}', '{asked} {notPayee}', '{asked} empfänger', 'ich habe an den falschen empfänger überwiesen', 'das war versehentlich',
    'das war falsch', 'oh nein das war falsch', 'ich will das geld zurück', 'das war so nicht gewollt',
  ],
  // Die eben gemachte Überweisung, erfragt.
  TransferStatus: ['was hab ich grad überwiesen', 'was habe ich gerade überwiesen', 'was hab ich eben überwiesen', 'wie viel habe ich gerade überwiesen', 'was hab ich grade geschickt', 'an wen hab ich gerade geld geschickt'],
  // Ein Wert wiederholt als das Gesagte: "nein, ich hab Girokonto gesagt".
  ProvideAccount: ['nein ich hab {account} gesagt', 'ich hab {account} gesagt', 'ich habe vom {account} gesagt', 'nein ich hab doch {account} gesagt'],
  // Ein Wert wiederholt als das Gesagte: "nein, ich hab doch Jonas gesagt".
  ProvidePayee: ['nein ich hab {payee} gesagt', 'ich hab doch {payee} gesagt', 'ich habe {payee} gesagt', 'nein ich hab doch {payee} gesagt'],
  // Ein Betrag wiederholt als das Gesagte: "nein, ich hab sechzig gesagt".
  ProvideAmount: [
    'nein ich hab {amount} gesagt', 'ich hab {amount} gesagt', 'ich habe {amount} gesagt', 'nein {amount} hab ich gesagt', 'nein ich hab doch {amount} gesagt',
    // Nach "das ist über deinem Limit": der höchste Betrag, der jetzt erlaubt ist.
    '{mostAllowed}', 'dann {mostAllowed}', 'dann eben {mostAllowed}', 'dann halt {mostAllowed}', 'schick {mostAllowed}', 'überweise {mostAllowed}', 'dann überweise {mostAllowed}',
    'mach {mostAllowed}', 'ok dann {mostAllowed}', '{mostAllowed} bitte', 'gut dann {mostAllowed}', 'nimm {mostAllowed}',
  ],
  // "Halt" als Füllwort, nicht als Stopp: "ja, mach halt".
  Yes: ['ja mach halt', 'dann überweis es halt', 'mach halt', 'ja dann halt', 'dann mach halt'],
  // "Das reicht" auf "mehr hören?": ein Nein.
  No: ['das genügt', 'nein das reicht'],
  // Die letzte Frage ohne eine Kategorie ("und ohne Miete?"), oder zum Konto mit diesen Endziffern.
  FollowUp: ['und ohne {notCategory}', 'ohne {notCategory}', 'was ist ohne {notCategory}', 'und ohne die {notCategory}', 'und außer {notCategory}', 'und auf dem mit der endung {last4}', 'was ist mit dem konto mit der endung {last4}'],
};
