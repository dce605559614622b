// Answers to `language` and `location` input blocks (docs/file-format.md#input-block). Languages: names in English,
// Dutch and French, or an ISO 639-1 code, stored as the code. Locations: a built-in, offline gazetteer standing in
// for Chatlayer's geocoding (whose stored shape is not documented), so simulations and tests are repeatable.
import type { Json } from '../model';

const LANGUAGES: Record<string, string[]> = {
  en: ['english', 'engels', 'anglais'],
  nl: ['dutch', 'nederlands', 'néerlandais', 'neerlandais', 'vlaams', 'flemish', 'flamand'],
  fr: ['french', 'frans', 'français', 'francais'],
  de: ['german', 'duits', 'allemand', 'deutsch'],
  es: ['spanish', 'spaans', 'espagnol', 'español'],
  it: ['italian', 'italiaans', 'italien', 'italiano'],
  pt: ['portuguese', 'portugees', 'portugais', 'português'],
  pl: ['polish', 'pools', 'polonais', 'polski'],
  tr: ['turkish', 'turks', 'turc', 'türkçe'],
  ar: ['arabic', 'arabisch', 'arabe'],
  zh: ['chinese', 'chinees', 'chinois'],
  ja: ['japanese', 'japans', 'japonais'],
};
const BY_WORD = new Map<string, string>();
for (const [code, names] of Object.entries(LANGUAGES)) {
  BY_WORD.set(code, code);
  for (const n of names) BY_WORD.set(n, code);
}

/** The ISO 639-1 code of the first language named in the answer ("Nederlands graag" → nl), or null. */
export function languageCode(answer: string): string | null {
  for (const word of answer.toLowerCase().split(/[^\p{L}]+/u)) {
    const code = BY_WORD.get(word);
    if (code && (word.length > 2 || answer.trim().length === 2)) return code;
  }
  return null;
}

interface Place {
  names: string[];
  city: string;
  country: string;
  countryCode: string;
  latitude: number;
  longitude: number;
}
const PLACES: Place[] = [
  {
    names: ['brussels', 'brussel', 'bruxelles'],
    city: 'Brussels',
    country: 'Belgium',
    countryCode: 'BE',
    latitude: 50.8503,
    longitude: 4.3517,
  },
  {
    names: ['antwerp', 'antwerpen', 'anvers'],
    city: 'Antwerp',
    country: 'Belgium',
    countryCode: 'BE',
    latitude: 51.2194,
    longitude: 4.4025,
  },
  {
    names: ['ghent', 'gent', 'gand'],
    city: 'Ghent',
    country: 'Belgium',
    countryCode: 'BE',
    latitude: 51.0543,
    longitude: 3.7174,
  },
  {
    names: ['leuven', 'louvain'],
    city: 'Leuven',
    country: 'Belgium',
    countryCode: 'BE',
    latitude: 50.8798,
    longitude: 4.7005,
  },
  {
    names: ['liège', 'liege', 'luik'],
    city: 'Liège',
    country: 'Belgium',
    countryCode: 'BE',
    latitude: 50.6326,
    longitude: 5.5797,
  },
  {
    names: ['amsterdam'],
    city: 'Amsterdam',
    country: 'Netherlands',
    countryCode: 'NL',
    latitude: 52.3676,
    longitude: 4.9041,
  },
  {
    names: ['rotterdam'],
    city: 'Rotterdam',
    country: 'Netherlands',
    countryCode: 'NL',
    latitude: 51.9244,
    longitude: 4.4777,
  },
  {
    names: ['paris', 'parijs'],
    city: 'Paris',
    country: 'France',
    countryCode: 'FR',
    latitude: 48.8566,
    longitude: 2.3522,
  },
  {
    names: ['lyon'],
    city: 'Lyon',
    country: 'France',
    countryCode: 'FR',
    latitude: 45.764,
    longitude: 4.8357,
  },
  {
    names: ['london', 'londen', 'londres'],
    city: 'London',
    country: 'United Kingdom',
    countryCode: 'GB',
    latitude: 51.5072,
    longitude: -0.1276,
  },
  {
    names: ['berlin', 'berlijn'],
    city: 'Berlin',
    country: 'Germany',
    countryCode: 'DE',
    latitude: 52.52,
    longitude: 13.405,
  },
  {
    names: ['new york'],
    city: 'New York',
    country: 'United States',
    countryCode: 'US',
    latitude: 40.7128,
    longitude: -74.006,
  },
];

/** The mocked geocoding answer for a place named in the answer, or null when the gazetteer does not know it. */
export function mockGeocode(answer: string): Json | null {
  const text = ` ${answer.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const place = PLACES.find((p) => p.names.some((n) => text.includes(` ${n} `)));
  if (!place) return null;
  return {
    address: answer.trim(),
    formattedAddress: `${place.city}, ${place.country}`,
    city: place.city,
    country: place.country,
    countryCode: place.countryCode,
    latitude: place.latitude,
    longitude: place.longitude,
    mocked: true,
  };
}

export const MOCK_GEOCODED_PLACES = PLACES.map((p) => p.city);
