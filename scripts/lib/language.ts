// A rough guess of a line's language, for per-language figures on batches written without a
// `lang` field: the language whose common function words and letters the line uses most. Lines
// with none of them count as English, the corpora's majority.
import { words } from '../../lib/detect/normalize';

const FUNCTION_WORDS: Record<string, string> = {
  en: "the you i i'm is it that to and of my your this what don't can't it's with just",
  it: 'che non sono per della questo perché sei io ho hai anche più cosa ti il gli sì ma è',
  es: 'el los las del esto eso porque eres yo tengo pero también qué está muy estoy quiero sí',
  pt: 'não é você eu tenho mas também isso isto muito estou quero tu és um uma do da',
  fr: "ne pas est je tu le la les des une ça mais aussi plus moi toi c'est j'ai",
  de: 'ich du nicht ist das die der und mit mir dich auch noch ein eine es',
};
// Letters only some of the six languages write.
const LETTERS: Record<string, string> = { pt: 'ãõê', es: 'ñ¿¡', de: 'ßäöü', fr: 'çâîôûœ', it: 'òùì' };

const WORDS = Object.entries(FUNCTION_WORDS).map(([lang, list]) => [lang, words(list)] as const);

export function guessLanguage(text: string): string {
  const lower = text.toLowerCase();
  const tokens = lower.match(/[\p{L}']+/gu) ?? [];
  let best = 'en';
  let most = 0;
  for (const [lang, set] of WORDS) {
    let n = tokens.filter((w) => set.has(w)).length;
    for (const ch of LETTERS[lang] ?? '') if (lower.includes(ch)) n += 2;
    if (n > most) (most = n), (best = lang);
  }
  return best;
}
