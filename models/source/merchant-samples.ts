/**
 * Merchants customers commonly name, per locale: sample values that teach the platforms what a
 * merchant sounds like in a spending question. Any merchant name is heard; these only train the
 * model. They are the model's own, not a bank's: a bank's shops never leak into what ships.
 */
import type { Locale } from '../../fulfillment/kit/locale';

/** Sample merchant names per locale. */
export const MERCHANT_SAMPLES: Readonly<Record<Locale, readonly string[]>> = {
  'en-US': [
    'Whole Foods', "Trader Joe's", 'Safeway', 'Kroger', 'Walmart', 'Costco', 'Starbucks', "Dunkin'", 'Blue Bottle Coffee', 'Chipotle',
    'Olive Garden', 'Shake Shack', "McDonald's", 'Uber', 'Lyft', 'Shell', 'Chevron', 'Amazon', 'Target', 'Best Buy', 'Home Depot',
    'CVS', 'Walgreens', 'Netflix', 'Spotify',
  ],
  'en-GB': [
    'Tesco', "Sainsbury's", 'Waitrose', 'Asda', 'Morrisons', 'Aldi', 'Lidl', 'Marks and Spencer', 'Pret A Manger', 'Pret', 'Costa Coffee', 'Costa',
    'Caffè Nero', 'Greggs', "Nando's", 'Wagamama', 'TfL', 'Trainline', 'Uber', 'Amazon', 'Argos', 'Boots', 'John Lewis', 'Deliveroo',
    'Netflix', 'Spotify',
  ],
  'de-DE': [
    'Rewe', 'Edeka', 'Aldi', 'Lidl', 'Kaufland', 'Netto', 'Penny', 'dm', 'Rossmann', 'Tchibo', 'Starbucks', 'Vapiano', 'Block House',
    'Deutsche Bahn', 'Deutschen Bahn', 'Aral', 'Shell', 'Amazon', 'MediaMarkt', 'Saturn', 'Zalando', 'Ikea', 'Lieferando', 'Netflix', 'Spotify',
  ],
};
