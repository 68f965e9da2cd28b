import type { NudgeCopy } from '@/lib/policy/copy';

/** Page text shown as text: Preact escapes it; nothing here is ever parsed as HTML. */
export function Quote({ quote }: { quote: NudgeCopy['quote'] }) {
  if (!quote) return null;
  return (
    <figure class="sn-quote">
      <figcaption>{quote.label}</figcaption>
      <blockquote>{quote.text}</blockquote>
    </figure>
  );
}
