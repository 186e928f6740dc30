/**
 * German number words -> numbers: "fünfzig" 50, "einundzwanzig" 21, "einhundertfünf" 105,
 * "zweitausendfünfhundert" 2500, "zwölfhundert" 1200. Written here because Recognizers-Text's JavaScript release reads
 * no German number words (it finds nothing in "fünfzig Euro"), and no package on npm does.
 */

const BELOW_TWENTY: Readonly<Record<string, number>> = {
  null: 0, eins: 1, ein: 1, eine: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
  zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, fuffzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
};

const TENS: Readonly<Record<string, number>> = {
  // "Fuffzig" is how fünfzig is often said ("zwanzig Euro fuffzig").
  zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, fuffzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
};

function belowHundred(word: string): number | undefined {
  if (word in BELOW_TWENTY) return BELOW_TWENTY[word];
  if (word in TENS) return TENS[word];
  const and = word.indexOf('und');
  if (and <= 0) return undefined;
  const unit = BELOW_TWENTY[word.slice(0, and)];
  const tens = TENS[word.slice(and + 3)];
  return unit !== undefined && unit > 0 && unit < 10 && tens !== undefined ? tens + unit : undefined;
}

/** Hundreds up to 999; with `hundredsOverNine`, also "zwölfhundert" (1200), as Germans say amounts up to 9 999. */
function belowThousand(word: string, hundredsOverNine = false): number | undefined {
  const at = word.indexOf('hundert');
  if (at < 0) return belowHundred(word);
  const hundreds = at === 0 ? 1 : belowHundred(word.slice(0, at));
  const rest = word.slice(at + 'hundert'.length);
  const tail = rest ? belowHundred(rest.replace(/^und(?=\p{L})/u, '')) : 0;
  const most = hundredsOverNine ? 99 : 9;
  return hundreds !== undefined && hundreds > 0 && hundreds <= most && tail !== undefined ? hundreds * 100 + tail : undefined;
}

/** The number a German number word names (up to 999 999), or undefined. Articles ("ein", "eine") alone are not numbers. */
export function germanNumberWord(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w === 'ein' || w === 'eine') return undefined;
  const at = w.indexOf('tausend');
  if (at < 0) return belowThousand(w, true);
  const thousands = at === 0 ? 1 : belowThousand(w.slice(0, at));
  const rest = w.slice(at + 'tausend'.length);
  const tail = rest ? belowThousand(rest.replace(/^und/, '')) : 0;
  return thousands !== undefined && thousands > 0 && tail !== undefined ? thousands * 1000 + tail : undefined;
}

/** "Einen halben Hunni", "anderthalb Riesen": the fractions said before a word for an amount. */
const FRACTIONS: Readonly<Record<string, string>> = { halb: '0.5', halbe: '0.5', halben: '0.5', halber: '0.5', anderthalb: '1.5', eineinhalb: '1.5' };

/**
 * "Fünfeinhalb" 5.5, "eineinhalbtausend" 1500, "anderthalbhundert" 150, "zweieinhalb" 2.5: a
 * number and a half, of hundreds or thousands where they follow. Undefined for any other word.
 */
function andAHalf(word: string): string | undefined {
  const said = /^(anderthalb|\p{L}+?einhalb)(hundert|tausend)?$/u.exec(word);
  if (!said) return undefined;
  const stem = (said[1] ?? '').replace(/einhalb$/u, '');
  const whole = said[1] === 'anderthalb' || stem === 'ein' ? 1 : germanNumberWord(stem);
  if (whole === undefined || whole > 99) return undefined;
  const times = said[2] === 'tausend' ? 1000 : said[2] === 'hundert' ? 100 : 1;
  return times === 1 ? `${whole}.5` : String(((2 * whole + 1) * times) / 2);
}

/** Words that make "eineinhalb tausend", said apart, one number: the fraction's hundreds or thousands. */
export const HUNDREDS_OR_THOUSANDS = /^(?:hundert|tausend)$/i;

/** The decimal a German figure or number word names: "50", "12,50", "1.000", "fünfzig", "halben"; undefined otherwise. */
export function germanNumber(token: string): string | undefined {
  const fraction = FRACTIONS[token.toLowerCase()] ?? andAHalf(token.toLowerCase());
  if (fraction) return fraction;
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(token)) return token.replace(/\./g, '').replace(',', '.');
  if (/^\d+([.,]\d{1,2})?$/.test(token)) return token.replace(',', '.');
  const n = germanNumberWord(token);
  return n === undefined ? undefined : String(n);
}
